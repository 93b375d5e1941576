import signal
import sys

# Ctrl-C must stop the command even when it was started with SIGINT ignored (as a shell does
# for a background job): take Python's own handler back.
signal.signal(signal.SIGINT, signal.default_int_handler)

try:
    from .cli.command import main
except KeyboardInterrupt:  # Ctrl-C while numpy loads: the same one line as during a run
    print("python -m descent: interrupted", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
