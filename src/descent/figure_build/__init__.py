"""The figure build: every output in its looks (registry), built when
stale (rebuild), on every core (pool), with what each was built
from (manifest)."""
