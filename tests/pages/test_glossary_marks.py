"""A glossary word is marked where a section first uses it, and nowhere else in that section."""

from __future__ import annotations

import markdown

from descent.pages import glossary_marks

GLOSSARY = "*[alpha]: The step size.\n*[sigmoid]: The squashing function.\n"


def render(text: str) -> str:
    return markdown.markdown(text + "\n\n" + GLOSSARY,
                             extensions=["abbr", "toc", "admonition", glossary_marks.makeExtension()])


def test_each_word_is_marked_once_per_section_at_its_first_use():
    html = render("# Title\n\nalpha and alpha, then sigmoid.\n\nalpha again, sigmoid again.\n\n"
                  "## Next\n\nHere alpha is new again; alpha.\n")
    assert html.count('<abbr title="The step size.">alpha</abbr>') == 2
    assert html.count("<abbr") == 3
    assert "<p><abbr title=\"The step size.\">alpha</abbr> and alpha, then <abbr" in html
    assert "<p>alpha again, sigmoid again.</p>" in html
    assert "<p>Here <abbr title=\"The step size.\">alpha</abbr> is new again; alpha.</p>" in html


def test_a_later_mark_becomes_text_in_place_inside_nested_blocks():
    html = render("## One\n\n!!! note \"A note\"\n    An alpha, *an alpha* and **alpha**.\n")
    assert html.count("<abbr") == 1
    assert "<em>an alpha</em> and <strong>alpha</strong>." in html


def test_a_mark_first_in_its_parent_keeps_the_text_before_it():
    html = render("## One\n\nalpha\n\n*alpha* b\n")
    assert "<p><em>alpha</em> b</p>" in html


def test_without_headings_the_page_is_one_section():
    html = render("alpha. alpha.\n\nsigmoid alpha sigmoid\n")
    assert html.count("<abbr") == 2
