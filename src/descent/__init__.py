"""descent: the networks, experiments and figures of Trask's gradient-descent post, reproduced."""
