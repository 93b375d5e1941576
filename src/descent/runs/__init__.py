"""The experiments: each a function from parameters to plain data, stored on disk.

Figures, tables, logs, notebooks and tests read these; none of them computes a run itself.
To add an experiment, add a function here and decorate it with `store.stored`.
"""
