"""Every figure of the article, computed by the package: one module per figure, a registry, a build."""
