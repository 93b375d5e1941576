"""The glossary (includes/glossary.md): every word it lists is marked, with its definition, on a
page that uses it, and never where marking breaks something.

The file is appended to every page by pymdownx.snippets (auto_append in mkdocs.yml) and the abbr
extension wraps each listed word, wherever it stands in the prose, in <abbr title="definition">;
glossary_marks keeps only the first in each section (from one h1 or h2 heading to the next).
A word the pages stop using must leave the glossary (or the test names it); a word in code, in
a heading's permalink or in the theme's navigation must stay plain text.

abbr matches every whole-word, case-exact occurrence, so a common word would be marked wherever
it stands, in every sense. Left out on purpose: "step"/"steps" (some 140 times, also
"the step the rest of the post builds on", "step by step"; Part 2 defines it in its prose),
"pass" alone (the pages use it for a forward pass, a pass through the data and a code path:
"forward pass" and "passes" are listed instead), "seeds" (also a verb: "numpy seeds a pair of
numbers"). Notebook pages are rendered by mkdocs-jupyter, without these extensions: no words.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from site_html import ROOT

GLOSSARY = ROOT / "includes" / "glossary.md"
DEFINITION = re.compile(r"^\*\[(?P<word>[^\]]+)\]: (?P<definition>.+)$")
# Where a word must never be wrapped: code, the theme's navigation and header, a permalink.
PLAIN = {"code", "pre", "kbd", "samp", "script", "style", "title", "option", "textarea"}


def glossary() -> dict[str, str]:
    """Each listed word (exactly as the pages spell it) and its definition."""
    entries = {}
    for number, line in enumerate(GLOSSARY.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        match = DEFINITION.match(line)
        assert match, f"{GLOSSARY.name}:{number}: not a '*[word]: definition' line: {line!r}"
        assert match["word"] not in entries, f"{GLOSSARY.name}:{number}: {match['word']!r} twice"
        entries[match["word"]] = match["definition"]
    return entries


class Words(HTMLParser):
    """Every <abbr> of a page: its text, its title, and the elements it stands in."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict]] = []
        self.found: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        if tag == "abbr":
            self.found.append({"title": attrs.get("title"), "text": "",
                               "inside": [(t, a.get("class") or "") for t, a in self.open]})
        self.open.append((tag, attrs))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    def handle_data(self, data):
        if any(tag == "abbr" for tag, _ in self.open) and self.found:
            self.found[-1]["text"] += data


def words_of(page) -> list[dict]:
    parser = Words()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.found


def test_each_definition_is_one_sentence():
    for word, definition in glossary().items():
        assert definition[0].isupper() and definition.endswith("."), (word, definition)
        # one sentence: no full stop inside it followed by a new sentence
        assert not re.search(r"\.\s+[A-Z]", definition), f"{word!r}: more than one sentence"
        assert len(definition) <= 200, f"{word!r}: a definition of {len(definition)} characters"


def test_every_word_is_marked_with_its_definition_on_a_page_that_uses_it(built_site):
    entries = glossary()
    marked = defaultdict(set)  # word -> pages
    for page in built_site.pages():
        for word in words_of(page):
            name = page.relative_to(built_site.dir).as_posix()
            assert word["text"] in entries, f"{name}: <abbr> of {word['text']!r}, not in the glossary"
            assert word["title"] == entries[word["text"]], (
                f"{name}: {word['text']!r} marked with {word['title']!r}")
            marked[word["text"]].add(name)
    unused = sorted(set(entries) - set(marked))
    assert not unused, f"glossary words no page marks (gone from the prose?): {unused}"


def test_no_word_is_marked_in_code_navigation_or_a_permalink(built_site):
    checked = 0
    for page in built_site.pages():
        name = page.relative_to(built_site.dir).as_posix()
        for word in words_of(page):
            checked += 1
            tags = [tag for tag, _ in word["inside"]]
            assert not PLAIN & set(tags), f"{name}: {word['text']!r} marked inside {tags}"
            classes = " ".join(cls for _, cls in word["inside"])
            for part in ("headerlink", "md-nav", "md-header", "md-footer", "md-search", "highlight"):
                assert part not in classes, f"{name}: {word['text']!r} marked inside .{part}"
            assert "md-content" in classes, f"{name}: {word['text']!r} marked outside the content"
    assert checked > 300


def test_a_word_is_marked_once_per_section(built_site):
    """The theme mounts a tooltip on every mark at load (issue 32): a section (from one h1 or h2
    to the next) marks a word once (where it first uses it: tests/pages/test_glossary_marks.py)."""
    sections = 0
    for page in built_site.pages():
        text = page.read_text(encoding="utf-8")
        article = text[text.find("<article"):text.find("</article>")]
        for section in re.split(r"<h[12][ >]", article):
            sections += 1
            words = re.findall(r"<abbr [^>]*>([^<]*)</abbr>", section)
            repeated = sorted({word for word in words if words.count(word) > 1})
            assert not repeated, f"{page.relative_to(built_site.dir)}: marked twice in a section: {repeated}"
    assert sections > 60


def test_no_glossary_line_shows_as_text(built_site):
    """The definitions are consumed by abbr: none reaches a page as text."""
    for page in built_site.pages():
        leaked = re.search(r"\*\[[^\]\n]+\]:", page.read_text(encoding="utf-8"))
        assert not leaked, f"{page.relative_to(built_site.dir)}: {leaked[0]!r}"


def test_a_heading_that_holds_a_word_keeps_its_anchor(built_site):
    """abbr runs before the table of contents: a heading's id and permalink come from its text,
    and the table of contents names it in plain text (pages link to these anchors)."""
    from markdown.extensions.toc import slugify

    headings = 0
    for page in built_site.pages():
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r'<h([2-6]) id="([^"]+)">(.*?)</h\1>', text, re.DOTALL):
            anchor, inner = match[2], match[3]
            if "<abbr" not in inner:
                continue
            headings += 1
            words = re.sub(r"<[^>]+>", "", inner.split('<a class="headerlink"')[0])
            assert anchor.startswith(slugify(html.unescape(words).strip(), "-")), (page, anchor, words)
            assert f'class="headerlink" href="#{anchor}"' in inner, (page, anchor)
            toc = re.search(rf'href="#{re.escape(anchor)}" class="md-nav__link">(.*?)</a>', text, re.DOTALL)
            assert toc and "<abbr" not in toc[1], (page, anchor)
    assert headings >= 5


@pytest.mark.claims
def test_the_numbers_in_the_definitions_are_the_site_s():
    """A definition that names a number names the one the site's code uses."""
    import numpy as np

    from descent import network, optimizers
    from descent.runs import dropout, studies, switch_studies

    entries = glossary()
    # β is a knob (Part 3's live ravine slides it from 0): the definition holds for any β, and
    # names the one the races use, optimizers' default
    assert "shrunk by a factor β per step (β = 0.9 in the follow-up's races)" in entries["momentum"]
    assert optimizers.MOMENTUM == 0.9 and inspect_default(optimizers.momentum, "beta") == 0.9
    assert "±0.01" in entries["delta trimming"] and switch_studies.CLIP == 0.01
    assert "ten times or more" in entries["cliff"] and studies.BREAKDOWN_FACTOR == 10
    # the cliff as defined here, on made-up errors: the first alpha at 10x the lowest before it
    assert studies.breakdown_alpha([1, 2, 3, 4], [0.5, 0.1, 1.5, 0.05]) == 3
    # dropout: the kept outputs are scaled by 1/(1 - p); the dropout page uses p = 0.2
    assert "1/(1 − p)" in entries["dropout"]
    assert inspect_default(dropout.redundancy, "p") == 0.2
    # the sigmoid as written, checked at three points against the formula
    assert "1/(1 + e^(−x))" in entries["sigmoid"]
    x = np.array([-2.0, 0.0, 3.0])
    assert np.allclose(network.sigmoid(x), 1 / (1 + np.exp(-x)))
    # an ulp of a double near 1 is "about one part in 10¹⁶" (2.2e-16; at 1.99, 1.1e-16 of it)
    assert "one part in 10¹⁶" in entries["ulp"]
    for value in (1.0, 1.99):
        assert 0.5e-16 < np.spacing(value) / value < 5e-16
    # synapse_0: 3 rows (inputs), one column per hidden unit; the data: four examples of three
    # inputs ("all four examples", "its three inputs")
    assert "3 rows, one column per hidden unit" in entries["synapse_0"]
    assert "three inputs" in entries["hidden unit"] and "all four" in entries["passes"]
    assert network.X.shape == (4, 3)
    synapse_0, synapse_1 = network.init_weights(network.X.shape[1], 4, seed=1)
    assert synapse_0.shape == (3, 4) and synapse_1.shape == (4, 1)


def inspect_default(function, name: str):
    import inspect

    return inspect.signature(function).parameters[name].default
