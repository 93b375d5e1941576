"""A page read from the built site asks no other host for anything: no fonts, scripts, CDNs."""

from __future__ import annotations

from site_html import REMOTE_CSS, is_remote, references


def test_no_page_loads_anything_from_another_host(built_site):
    pages = built_site.pages()
    assert any("notebooks" in page.parts for page in pages)
    for page in pages:
        found = references(page)
        remote = [ref for ref in found.fetched if is_remote(ref[2])]
        assert not remote, f"{page.relative_to(built_site.dir)} loads {remote}"
        styles = [style for style in found.styles if REMOTE_CSS.search(style)]
        assert not styles, f"{page.relative_to(built_site.dir)}: remote url() in inline CSS"


def test_no_stylesheet_imports_remote_fonts_or_images(built_site):
    for sheet in built_site.dir.rglob("*.css"):
        assert not REMOTE_CSS.search(sheet.read_text(encoding="utf-8")), sheet


def test_notebook_pages_carry_no_cdn_scripts(built_site):
    for page in (built_site.dir / "notebooks").rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        assert "cdnjs" not in text and 'src=""' not in text, page
