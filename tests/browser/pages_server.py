"""Serve a built site as GitHub Pages does: under a sub-path, text gzip-compressed.

    python tests/browser/pages_server.py site [--port 8010]   # http://127.0.0.1:8010/gradient-descent/
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import mimetypes
import threading
from pathlib import Path

SUBPATH = "gradient-descent"
# What GitHub Pages compresses: text, not images (PNG, GIF and WebP are compressed already).
COMPRESSED = ("text/", "application/javascript", "application/json", "application/xml",
              "image/svg+xml")
MAX_AGE = 600  # GitHub Pages' Cache-Control


@functools.lru_cache(maxsize=512)
def compressed(path: Path, mtime_ns: int) -> bytes:
    # mtime=0: the same file gives the same bytes (and the cache is keyed on the file's mtime).
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class Handler(http.server.BaseHTTPRequestHandler):
    site: Path

    def do_GET(self):  # noqa: N802 - the stdlib's name
        self.send(head_only=False)

    def do_HEAD(self):  # noqa: N802
        self.send(head_only=True)

    def file_for(self, url_path: str) -> Path | None:
        prefix = f"/{SUBPATH}/"
        path = url_path.split("?", 1)[0].split("#", 1)[0]
        if path == f"/{SUBPATH}":
            return None
        if not path.startswith(prefix):
            return None
        relative = path[len(prefix):]
        target = (self.site / relative).resolve()
        if self.site.resolve() not in (target, *target.parents):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def send(self, head_only: bool) -> None:
        if self.path == f"/{SUBPATH}":
            self.send_response(301)
            self.send_header("Location", f"/{SUBPATH}/")
            self.end_headers()
            return
        path = self.file_for(self.path)
        if path is None:
            not_found = self.site / "404.html"
            self.reply(404, not_found.read_bytes() if not_found.is_file() else b"not found",
                       "text/html", head_only)
            return
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.reply(200, path, kind, head_only)

    def reply(self, status: int, body: bytes | Path, kind: str, head_only: bool) -> None:
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        gzipped = accepts_gzip and kind.startswith(COMPRESSED)
        if isinstance(body, Path):
            body = compressed(body, body.stat().st_mtime_ns) if gzipped else body.read_bytes()
        elif gzipped:
            body = gzip.compress(body, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", f"max-age={MAX_AGE}")
        self.send_header("Vary", "Accept-Encoding")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


def start(site: Path, port: int = 0) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve site in a background thread; return the server and the site's base URL."""
    handler = type("SiteHandler", (Handler,), {"site": Path(site)})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/{SUBPATH}/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--port", type=int, default=8010)
    args = parser.parse_args()
    server, url = start(args.site, args.port)
    print(f"serving {args.site} at {url} (Ctrl-C stops)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
