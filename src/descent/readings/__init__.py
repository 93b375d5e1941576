"""Readings of the post's printout: its printed numbers as data, ours against
them digit by digit, and the console format it printed in. They read
the runs (descent.runs); nothing below them reads them."""
