"""`python -m descent.cli.port_check HOST PORT`: is the port free for `mkdocs serve`?

Run by `make serve` before MkDocs, which would build the whole site first and only then stop
with a long traceback ending in 'Address already in use'. Exit 0 if free; otherwise one line
naming a free port to use instead, exit 1 (exit 2 for a PORT that is not a port number).
Only the standard library, so it is quick to start.
"""

from __future__ import annotations

import socket
import sys

USAGE = "usage: python -m descent.cli.port_check HOST PORT"


def is_free(host: str, port: int) -> bool:
    """Whether a server could listen on host:port now. SO_REUSEADDR, as MkDocs' server sets it,
    so a port only lingering after a closed connection (TIME_WAIT) counts as free."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def next_free(host: str, port: int, tries: int = 20) -> int | None:
    """The first free port after `port`, to suggest; None if none of the next `tries` is."""
    for candidate in range(port + 1, min(port + 1 + tries, 65536)):
        if is_free(host, candidate):
            return candidate
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit() or not 0 < int(argv[1]) < 65536:
        print(f"{USAGE} (PORT a number from 1 to 65535, got {' '.join(argv) or 'nothing'})",
              file=sys.stderr)
        return 2
    host, port = argv[0], int(argv[1])
    if is_free(host, port):
        return 0
    other = next_free(host, port)
    hint = f"make serve PORT={other}" if other else "make serve PORT=<another port>"
    print(f"port {port} on {host} is already in use (is another server running?); "
          f"pick another: {hint}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
