"""Helpers for the browser tests: build the site, open pages, record what the browser saw."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from site_pages import REPO

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from checkout import copy_checkout, in_copy  # noqa: E402,F401 - the browser tests build in copies
from site_build import build_site  # noqa: E402,F401 - the tests/browser name for it

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


@dataclass
class Visit:
    """What a reader's browser saw on one page."""

    url: str
    status: int | None = None
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)      # HTTP >= 400 and failed requests
    console_errors: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)            # from FACTS_JS, after images settled


# Everything the per-page checks need, read in one pass once every image has loaded or failed.
FACTS_JS = """async () => {
  const images = [...document.images];
  for (const img of images) { img.loading = "eager"; }
  await Promise.all(images.map(img => img.decode().catch(() => null)));
  const main = document.querySelector("article.md-content__inner") || document.body;
  const text = el => (el.textContent || "").trim();
  return {
    lang: document.documentElement.getAttribute("lang"),
    title: document.title,
    h1: [...document.querySelectorAll("h1")].map(text),
    headings: [...main.querySelectorAll("h1, h2, h3, h4, h5, h6")]
      .map(h => ({level: Number(h.tagName[1]), text: text(h)})),
    images: images.map(img => ({src: img.currentSrc || img.src, alt: img.getAttribute("alt"),
      width: img.naturalWidth, complete: img.complete})),
    outputs: [...main.querySelectorAll(".jp-OutputArea-output")]
      .map(o => ({text: text(o).length, images: o.querySelectorAll("img, svg").length})),
    downloads: [...main.querySelectorAll("a[download]")].map(a => a.href),
    nav_links: [...document.querySelectorAll(".md-sidebar--primary a.md-nav__link[href]")]
      .map(a => a.href.split("#")[0]),
    foreign_src: [...document.querySelectorAll("[src], link[href]")]
      .map(e => e.src || e.href).filter(u => /^https?:/.test(u) && !u.startsWith(location.origin)),
  };
}"""


def _offline_only(base_url: str):
    """Route handler: requests to our server go through, all others are aborted (and recorded)."""
    origin = "/".join(base_url.split("/", 3)[:3]) + "/"

    def route(route):
        if route.request.url.startswith(origin):
            route.continue_()
        else:
            route.abort()
    return route


def new_context(browser, base_url: str, **options):
    """A desktop-sized context, light scheme unless told; requests leaving 127.0.0.1 are aborted."""
    options = {"viewport": {"width": 1280, "height": 900}, "color_scheme": "light",
               "service_workers": "block", **options}
    context = browser.new_context(**options)
    context.set_default_timeout(15_000)
    context.route("**/*", _offline_only(base_url))
    return context


def open_page(context, url: str):
    """Open url in a new page of context, recording every request and console error."""
    page = context.new_page()
    visit = Visit(url=url)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("requestfailed", lambda request: visit.failed.append(f"{request.url}: {request.failure}"))
    page.on("response", lambda response: response.status >= 400
            and visit.failed.append(f"{response.url}: HTTP {response.status}"))
    page.on("console", lambda message: message.type == "error"
            and visit.console_errors.append(f"{message.text} ({message.location.get('url')})"))
    page.on("pageerror", lambda error: visit.console_errors.append(f"uncaught: {error}"))
    response = page.goto(url, wait_until="load")
    visit.status = response.status if response else None
    # Our scripts touch the page up in a timer set at DOMContentLoaded (readable.js); a timer set
    # now runs after it, so the page is read as a reader finds it. (Where scripts do not run,
    # <html> keeps the theme's "no-js" and no timer would ever fire.)
    if page.evaluate("() => !document.documentElement.classList.contains('no-js')"):
        page.evaluate("() => new Promise(done => setTimeout(done))")
    return page, visit


# The theme mounts a code block (its copy button) when it scrolls into view (content.lazy in
# mkdocs.yml): a check of everything on a page scrolls each block into view first.
# A block in a closed <details> is not shown, so it is neither mounted nor checked.
MOUNT_CODE_JS = """async () => {
  const blocks = [...document.querySelectorAll(".md-content pre > code")]
    .filter(block => block.checkVisibility());
  for (const block of blocks) {
    block.scrollIntoView({block: "center"});
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  }
  window.scrollTo(0, 0);
  return blocks.length;
}"""


def settle(page) -> None:
    """Wait until the page has loaded (every script run, every eager image in) and drawn two
    frames: its DOM and layout at rest. Not "networkidle", which waits half a second after the
    last request on every page; the checks that count requests still wait for that."""
    page.wait_for_load_state("load")
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def mount_code_blocks(page) -> int:
    """Scroll every code block into view so the theme mounts it; the number of blocks."""
    blocks = page.evaluate(MOUNT_CODE_JS)
    page.wait_for_function(
        """n => [...document.querySelectorAll('.md-content .md-code__nav')]
          .filter(nav => nav.checkVisibility()).length >= n""", arg=blocks,
        timeout=10_000)
    return blocks
