import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while numpy loads: the same one line as during a run
    print("python -m descent: interrupted", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
