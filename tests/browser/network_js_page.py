"""docs/javascripts/network.js imported into a page of its own as window.net, served from its
folder by a tiny local server (no site build needed): what the engine's tests drive."""

import contextlib
import functools
import http.server
import threading

from site_pages import REPO

ENGINE = REPO / "docs" / "javascripts"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


@contextlib.contextmanager
def network_js(browser):
    """A page that has imported network.js as window.net; no page error may happen on it."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(ENGINE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
    page.evaluate("async () => { window.net = await import('./network.js'); }")
    try:
        yield page
    finally:
        page.close()
        server.shutdown()
        server.server_close()
    assert errors == []
