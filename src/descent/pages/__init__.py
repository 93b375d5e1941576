"""The site: the MkDocs hook (a thin caller), the numbers pages name (values/), the Markdown
stage's pictures and glossary marks, the few edits of notebook HTML no option reaches, and
the downloads it publishes.

Data flows one way: runs (descent.runs) -> figures (descent.figures, built by
descent.figure_build) -> site (this package).
"""
