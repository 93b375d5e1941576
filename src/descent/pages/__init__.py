"""The build: the figure registry, the stale-only parallel build, and the MkDocs hook.

Data flows one way: runs (descent.runs) -> figures (descent.figures) -> site (this package).
"""
