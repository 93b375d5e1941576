"""Shared fixtures: serve the session's one site build under a GitHub-Pages-style sub-path,
drive chromium.

The build (tests/conftest.py) also serves tests/site and the checks here that need a built site
but no browser (determinism of the site, build failures), so that `make test` builds it once.

Debian's chromium (``apt-get install -y chromium``) is driven by the playwright Python package;
``playwright install`` is never needed. Without chromium the browser tests skip, or fail when
the environment variable ``CI`` is set (``.ci/run`` sets it).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

import pages_server
from browsing import CHROMIUM_FLAGS, FACTS_JS, Visit, new_context, open_page
from site_build import SUBPATH


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    """The session's strict build of this checkout (tests/conftest.py), at <root>/<SUBPATH>/."""
    return site_build


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    path = shutil.which(os.environ.get("CHROMIUM") or "chromium")  # CHROMIUM: another name or path
    if path is None:
        message = "chromium not found: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (CI is set, so browser tests are required)")
        pytest.skip(f"{message} (browser tests skipped; CI requires them)")
    return path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture(scope="session")
def served_site(built_site, site_port, site_env) -> str:
    """SITE_URL, serving the built site; nothing is served above it."""
    handler = functools.partial(_QuietHandler, directory=str(built_site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", site_port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site_env["SITE_URL"]
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def base_url(chromium_executable, served_site) -> str:
    """The served site's address, for the tests that drive chromium."""
    return served_site


@pytest.fixture(scope="session")
def gzip_base_url(chromium_executable, built_site) -> str:
    """The same site served as GitHub Pages serves it: text gzip-compressed, under SUBPATH."""
    server, url = pages_server.start(built_site)
    assert url.endswith(f"/{SUBPATH}/")
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser(chromium_executable):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture()
def context(browser, base_url):
    context = new_context(browser, base_url)
    yield context
    context.close()


@pytest.fixture(scope="session")
def visit(browser, base_url):
    """visit(path) -> Visit: each nav page is opened once per session and its facts cached."""
    context = new_context(browser, base_url)
    seen: dict[str, Visit] = {}

    def visit(path: str) -> Visit:
        if path not in seen:
            page, record = open_page(context, base_url + path)
            record.facts = page.evaluate(FACTS_JS)
            page.wait_for_load_state("networkidle")
            page.close()
            seen[path] = record
        return seen[path]

    yield visit
    context.close()
