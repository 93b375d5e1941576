"""How the package keeps files: written whole or not at all, one process at a
time, and keyed by the source that made them."""
