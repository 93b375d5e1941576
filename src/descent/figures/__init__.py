"""Every figure of the article, drawn from the stored runs: one module per figure, named after
its slug, and the drawing helpers they share. The registry and the build are in descent.figure_build."""
