"""Numbers in prose come from the runs: pages name values, the build fills them in, none is typed.

The second half reads every page's source and fails when it holds, as a literal, a number some
value produced: that number must be named (`{{ module.name }}`), so that it is computed on
the machine that builds the site instead of copied from the one that wrote the page.
"""

from __future__ import annotations

import re

import pytest

from descent.pages import values
from descent.pages.values import formats
from descent.network import ALPHAS
from site_html import ROOT

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGES = sorted((ROOT / "docs").glob("**/*.md"))
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.py"))
# The post's fixed parameters and the experiments' settings may stay literal: they are inputs,
# not results (its alphas, hidden sizes, steps, seeds and starts, the stuck outputs' k/8).
FIXED = ({formats.alpha(a) for a in ALPHAS} | {"4", "32", "60 000", "50 000", "10 000", "20",
         "40", "41", "100", "308", "0.5", "0.125", "0.375", "0.25", "0.01", "0.2", "0.9",
         # the post's log holds 6 x 7 = 42 errors; the lab's sliders move in steps of 0.05; the
         # alpha slider's notches are √2 ≈ 1.41 apart
         "42", "0.05", "1.41"})
# "N of M" is how counts of starts, seeds and matches are said: never typed, always named.
TYPED_COUNT = re.compile(r"(?<![\w.{])\d+ of (?:the )?\d+(?![\w.])")
# Line numbers of a listing are not results: a fence's options, "lines 22–23".
LINE_NUMBERS = re.compile(r"^\s*```.*$|\blines? \d+(?:[–-]\d+)?", re.MULTILINE)


def test_fill_writes_each_named_value():
    text = "Ours match {{ checked.exact }} of {{checked.total}}."
    assert values.fill(text) == (f"Ours match {values.lookup('checked.exact')} of "
                                 f"{values.lookup('checked.total')}.")
    assert values.named_in(text) == ["checked.exact", "checked.total"]


@pytest.mark.parametrize("text, message", [
    ("{{ checked.nope }}", "index.md: no value named 'checked.nope'"),
    ("{{ nowhere.exact }}", "index.md: no module of values named 'nowhere'"),
    ("{{ checked.exact + 1 }}", "index.md: '{{ checked.exact + 1 }}' is not a value name"),
    ("{{ checked.results }}", "index.md: no value named 'checked.results'"),  # a helper, not a value
])
def test_an_unknown_name_is_one_clear_error(text, message):
    with pytest.raises(values.UnknownValue) as raised:
        values.fill(text, where="index.md")
    assert str(raised.value).startswith(message)


def test_a_helper_module_names_no_values():
    for helper in values.HELPERS:
        with pytest.raises(values.UnknownValue) as raised:
            values.fill(f"{{{{ {helper}.count }}}}", where="index.md")
        assert str(raised.value) == f"index.md: no module of values named {helper!r} (in '{helper}.count')"


def test_each_module_computes_its_numbers_once_per_page(monkeypatch):
    from descent.pages.values import step_costs

    calls = []
    monkeypatch.setattr(step_costs, "numbers", lambda: calls.append(1) or {"calls": "9"})
    assert values.fill("{{ step_costs.calls }} and {{step_costs.calls}}") == "9 and 9"
    assert calls == [1]


def test_a_negative_number_gets_a_true_minus():
    assert formats.minus(formats.significant(-1.23)) == "\u22121.2"
    assert formats.step_factor(-1.6) == "\u22121.6" and formats.step_factor(0.963) == "0.963"
    assert formats.step_factor(-0.0) == "0" and formats.full(1 / 64) == "0.015625"


def test_every_name_a_page_uses_exists():
    known = set(values.names())
    for page in PAGES:
        missing = set(values.named_in(page.read_text(encoding="utf-8"))) - known
        assert not missing, f"{page.relative_to(ROOT)} names values no module defines: {sorted(missing)}"


@pytest.fixture(scope="module")
def produced() -> dict[str, str]:
    """Every value's text, as this machine computes it."""
    return values.every()


def typed(source: str, text: str) -> bool:
    """Whether `text` stands in the source as a number of its own (not inside a longer one)."""
    return re.search(rf"(?<![\w.]){re.escape(text)}(?![\w]|\.\d)", source) is not None


def checkable(text: str) -> bool:
    # A digit below 10 is also a part, a problem or a line number; counts are held by TYPED_COUNT.
    return text not in FIXED and not re.fullmatch(r"\d", text)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT / "docs").as_posix())
def test_no_page_types_a_number_a_run_produced(page, produced):
    source = LINE_NUMBERS.sub(" ", values.PLACEHOLDER.sub(" ", page.read_text(encoding="utf-8")))
    found = sorted({f"{text!r} ({name})" for name, text in produced.items()
                    if checkable(text) and typed(source, text)})
    assert not found, f"{page.relative_to(ROOT)} types numbers that runs produced; name them instead: {found}"
    counts = TYPED_COUNT.findall(source)
    assert not counts, f"{page.relative_to(ROOT)} types counts; name them instead: {counts}"


def typed_values(source: str, produced: dict[str, str]) -> list[str]:
    return sorted({f"{text!r} ({name})" for name, text in produced.items()
                   if checkable(text) and typed(source, text)})


def test_no_caption_types_a_number_a_run_produced(produced):
    """A figure's caption is its module's first docstring line (the registry): prose too."""
    from descent.figure_build.registry import FIGURES

    found = {figure.slug: typed_values(figure.caption, produced) for figure in FIGURES.values()}
    found = {slug: hits for slug, hits in found.items() if hits}
    assert not found, f"captions type numbers that runs produced; name them in the page instead: {found}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_no_notebook_text_types_a_number_a_run_produced(notebook, produced):
    """A notebook's text and comments are prose; its numbers are what its cells print."""
    text = "\n".join(line for line in notebook.read_text(encoding="utf-8").splitlines()
                     if line.lstrip().startswith("#"))
    found = typed_values(text, produced)
    assert not found, f"{notebook.name} types numbers that runs produced; print them instead: {found}"
    assert not TYPED_COUNT.findall(text), f"{notebook.name} types counts"


def test_the_literal_check_can_fail():
    assert typed("the cliff is at alpha 39.8, then", "39.8")
    assert not typed("the cliff is at alpha 139.8", "39.8") and not typed("39.85", "39.8")
    assert TYPED_COUNT.findall("all 20 of the 20 starts, 1 of 6") == ["20 of the 20", "1 of 6"]
    assert not TYPED_COUNT.findall("{{ a.b }} of 20")
    listing = LINE_NUMBERS.sub(" ", '```python hl_lines="22 23"\nlines 22–23 and line 22')
    assert not typed(listing, "22") and typed(LINE_NUMBERS.sub(" ", "in 22 passes"), "22")
    assert typed_values("# RMSprop ends at 3.1e-06", {"race.rmsprop_final": "3.1e-06"}) == \
        ["'3.1e-06' (race.rmsprop_final)"]
