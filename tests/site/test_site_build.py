"""The strict build: every page, every image, every figure caption, every log and notebook."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path, PurePosixPath

from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation

from descent.figure_build.registry import FIGURES
from site_html import ROOT, references

ORIGINAL = "https://iamtrask.github.io/2015/07/27/python-network-part2/"


def nav_pages(config) -> list[str]:
    """The source path of every page in the nav (notebooks included)."""
    return [page.file.src_uri for page in get_navigation(get_files(config), config).pages]


def output_of(site, src_uri: str) -> Path:
    """Where a page is written with directory URLs: a/b.md or a/b.py -> a/b/index.html."""
    stem = PurePosixPath(src_uri).with_suffix("")
    return site.dir / ("index.html" if stem.name == "index" else f"{stem}/index.html")


def test_every_nav_page_is_built(built_site):
    pages = nav_pages(built_site.config)
    # summary, six parts, Explore alpha, Train it yourself, the follow-up's landing page and five
    # studies, Checked against the post, four notebooks
    assert len(pages) == 20
    assert sum(page.endswith(".py") for page in pages) == 4
    for page in pages:
        output = output_of(built_site, page)
        assert output.is_file(), f"{page} was not built"
        assert "<h1" in output.read_text(encoding="utf-8"), f"{page} has no title"


def test_every_image_exists_in_the_site_and_has_alt_text(built_site):
    checked = 0
    for page in built_site.pages():
        for image in references(page).images:
            src = image.get("src", "")
            assert image.get("alt"), f"{page}: image {src!r} has no alt text"
            if src.startswith("data:"):
                continue  # notebook output, embedded in the page
            target = posixpath.normpath(posixpath.join(page.parent.relative_to(built_site.dir).as_posix(), src))
            assert (built_site.dir / target).is_file(), f"{page}: image {src!r} missing"
            checked += 1
    assert checked >= len([f for f in FIGURES.values() if not f.look and f.path_name.endswith(
        (".png", ".gif")) and f.module_name != "figures.alpha_slider_frame"])


def _figure_block(text: str, slug: str):
    """(the HTML between <figure id="figure-slug"> and its caption, the caption's HTML)."""
    return re.search(rf'<figure id="figure-{slug}">(.*?)<figcaption>(.*?)</figcaption>', text,
                     re.DOTALL)


def test_every_registry_figure_is_on_a_page_in_each_look_with_its_caption(built_site):
    text = "\n".join(page.read_text(encoding="utf-8") for page in built_site.pages())
    for figure in FIGURES.values():
        if figure.look or figure.module_name == "figures.alpha_slider_frame" \
                or not figure.path_name.endswith((".png", ".gif")):
            continue
        looks = [other.path_name for other in FIGURES.values() if other.base == figure.slug]
        animated = FIGURES.get(figure.slug.removesuffix("-still"))
        if figure.slug.endswith("-still") and animated and animated.path_name.endswith(".gif"):
            # An animation's still is its first view, shown inside the animated figure.
            found = _figure_block(text, animated.slug)
            assert found, f"figure {animated.slug} is on no page"
            for path_name in looks:
                assert re.search(rf'(src|srcset)="(\.\./)*figures/{re.escape(path_name)}"',
                                 found[1]), (animated.slug, path_name)
            continue
        found = _figure_block(text, figure.slug)
        assert found, f"figure {figure.slug} is on no page"
        # Light and dark <img>, phone <source>s; an animation starts as its still picture and
        # its GIF is what the figure's link opens full size.
        shown = "href" if figure.path_name.endswith(".gif") else "src|srcset"
        for path_name in looks:
            assert re.search(rf'({shown})="(\.\./)*figures/{re.escape(path_name)}"', found[1]), \
                (figure.slug, path_name)
        caption = re.sub(r" <a href=[^>]*>The post's picture</a>\.$", "", found[2])
        assert html.unescape(caption) == figure.caption
        if figure.post_picture:  # a link to the picture it recomputes; nothing loaded from there
            assert f'href="https://iamtrask.github.io/img/{figure.post_picture}"' in found[2]
        else:
            assert "iamtrask" not in found[2]


def test_the_alpha_slider_is_on_the_explore_page_with_its_caption(built_site):
    page = (built_site.dir / "explore-alpha" / "index.html").read_text(encoding="utf-8")
    slider = FIGURES["alpha-slider"]
    block = _figure_block(page, "alpha-slider")
    found = re.search(r'<img [^>]*src="\.\./figures/(alpha-slider-\d\d\.png)"', block[1])
    assert found and html.unescape(block[2]) == slider.caption
    assert found[1] in {f.path_name for f in FIGURES.values() if f.module_name == "figures.alpha_slider_frame"}
    assert 'type="range"' in page and "javascripts/alpha-slider.js" in page
    for figure in FIGURES.values():
        if figure.module_name == "figures.alpha_slider_frame":
            assert (built_site.dir / "figures" / figure.path_name).is_file(), figure.path_name


def test_parts_3_and_5_link_to_the_explore_page(built_site):
    for part in ("part-3-sometimes-it-breaks", "part-5-improving-our-network"):
        page = (built_site.dir / part / "index.html").read_text(encoding="utf-8")
        assert re.search(r'href="\.\./explore-alpha/(#[a-z-]+)?"', page), part


def test_console_logs_are_included_from_figures_not_pasted(built_site):
    page = (built_site.dir / "part-5-improving-our-network" / "index.html").read_text(encoding="utf-8")
    plain = html.unescape(re.sub(r"<[^>]+>", "", page))
    for figure in FIGURES.values():
        if figure.module_name.endswith("_log"):
            log = (ROOT / "figures" / figure.path_name).read_text(encoding="utf-8")
            for line in log.strip().splitlines():
                assert line.strip() in plain, f"{figure.path_name}: {line!r} not on the page"
    for source in (ROOT / "docs").rglob("*.md"):
        assert "Error after 10000 iterations" not in source.read_text(encoding="utf-8"), source


def test_article_numbers_reproduced(built_site):
    log = (ROOT / "figures" / "sweep-log.txt").read_text(encoding="utf-8")
    assert "Training With Alpha:0.001\nError after 0 iterations:0.496410031903\n" in log
    assert "Error after 50000 iterations:0.00131274062834" in log


def test_notebook_pages_are_executed_and_downloadable(built_site):
    for name in ("alpha-sweep", "closer-look", "hidden-size", "error-plane"):
        page = built_site.dir / "notebooks" / name / "index.html"
        text = page.read_text(encoding="utf-8")
        assert "jp-OutputArea-output" in text, f"{name}: no executed output"
        plots = re.findall(r'<img [^>]*src="(\.\./\.\./assets/images/notebook/[0-9a-f]+\.png)"', text)
        assert plots and all((page.parent / plot).is_file() for plot in plots), f"{name}: no plot"
        link = re.search(r'<a class="md-button" href="([^"]+)" download', text)
        assert link and link[1] == f"{name}.py", f"{name}: no download link"
        copied = (page.parent / link[1]).read_text(encoding="utf-8").splitlines()
        source = ROOT / "docs" / "notebooks" / f"{name}.py"
        # The docs source, line for line and in order, with the install cell the build adds.
        lines = iter(copied)
        assert all(line in lines for line in source.read_text(encoding="utf-8").splitlines())
        assert any('find_spec("descent")' in line for line in copied)
        assert "import descent" in source.read_text() or "from descent" in source.read_text()


def test_original_is_credited_on_every_page(built_site):
    for page in nav_pages(built_site.config):
        text = output_of(built_site, page).read_text(encoding="utf-8")
        assert ORIGINAL in text and "Andrew Trask" in text, page


def test_every_precise_number_in_the_prose_comes_from_a_generated_log(built_site):
    # Prose may quote the logs, but a quoted number must be one the build actually computed.
    logs = "".join((ROOT / "figures" / f.path_name).read_text(encoding="utf-8")
                   for f in FIGURES.values() if f.path_name.endswith(".txt"))
    computed = set(re.findall(r"\d+\.\d{6,}", logs))
    for source in (ROOT / "docs").rglob("*.md"):
        for number in re.findall(r"\d+\.\d{6,}", source.read_text(encoding="utf-8")):
            assert number in computed, f"{source.name}: {number} is in no generated log"


def test_every_html_file_names_its_search_dialog_the_404_page_too(built_site):
    """The theme renders 404.html outside the pages: its header comes from the same partials
    (overrides/partials), so it names its search dialog and asks GitHub's API for nothing either."""
    from descent.pages.html_rewrite import tokens

    texts = {page: page.read_text(encoding="utf-8") for page in built_site.pages()}
    documents = [page for page, text in texts.items() if text.lstrip()[:15].lower() == "<!doctype html>"]
    assert built_site.dir / "404.html" in documents and len(documents) > 20
    for page in documents:  # not the figures' HTML fragments
        found = tokens(texts[page])
        starts = [token for token in found if token.kind == "start"]
        dialogs = [token for token in starts if token.is_start("div") and "md-search" in token.classes()
                   and token.get("role") == "dialog"]
        assert [token.get("aria-label") for token in dialogs] == ["Search"], page
        assert not [token for token in starts if token.get("data-md-component") == "source"], page
