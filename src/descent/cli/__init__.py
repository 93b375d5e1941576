"""The command line, `python -m descent`: the command (command.py) and what keeps it
robust: its arguments, a run's cost against the machine (budget), progress,
where figures are written (folders), and `make serve`'s port check."""
