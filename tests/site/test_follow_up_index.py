"""The follow-up's landing page says, one line per page, what each of its pages found: every page
of the section has its line, and a line names only values its own page names and says in words
only what that page says (its claim tests hold the page), so the summary cannot drift from it."""

from __future__ import annotations

import re

import pytest

from descent.pages import values
from site_html import ROOT

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

SECTION = ROOT / "docs" / "follow-up"
LINE = re.compile(r"^- \[\*\*(?P<title>[^*]+)\*\*\]\((?P<page>[a-z-]+\.md)\): (?P<said>.*?)(?=^- |\Z)",
                  re.MULTILINE | re.DOTALL)
# What each line says in words (left), and where its page says it (right), case aside.
SAID = {
    "race.md": [("RMSprop is the fastest step rule and ends lowest",
                 "RMSprop is the fastest step rule and ends lowest"),
                ("only plain descent gets there from every start",
                 "Only plain descent gets there from every start"),
                ("BFGS and L-BFGS take the fewest passes", "BFGS and L-BFGS take the fewest passes"),
                ("over the 20 starts", "Over the 20 starts it gets below an error of 0.01"),
                ("stop on a plateau", "on the plateaus of stuck outputs that [Explore alpha]"),
                ("which annealing gets off", "Annealing gets off the plateaus")],
    "ravine.md": [("plain descent cannot fix Part 3's ravine", "Plain descent cannot fix it"),
                  ("the per-weight rules fix it outright", "The per-weight rules fix it outright"),
                  ("only when the ravine runs along the weights",
                   "only when the ravine runs along the weights")],
    "alpha-range.md": [("every rule has a cliff, Adam included", "Every rule has a cliff, Adam included"),
                       ("the alphas that end below 0.01 span", "The alphas that end below 0.01 span")],
    "dropout.md": [("the data does not support the claim as stated",
                    "the data does **not** support the claim as stated"),
                   ("without dropout the typical pair of units does not drift together",
                    "Without dropout the typical pair does not drift together"),
                   ("though at 32 hidden units the closest pairs do",
                    "the closest pairs do"),
                   ("dropout does not stop near-duplicates from forming",
                    "dropout does not stop near-duplicates from forming"),
                   ("at 32 hidden units it lowers the median final error from",
                    "With 32 units dropout lowers the median from")],
    "future-work.md": [("clipping moves the cliff up", "Clipping moves the cliff up"),
                       ("batch normalization moves it down", "Batch normalization moves the cliff down"),
                       ("an output bias does not lower the error", "lower the final error? Twenty starts, alpha 1: --8<-- \"output-bias-table.txt\" No."),
                       ("a mini-batch saves nothing", "a mini-batch saves nothing"),
                       ("L2 regularization keeps the weights small at a price in error",
                        "It keeps them small, at a price"),
                       ("too small for a GPU to spread", "each of these operations is too small to spread")],
}


def flat(text: str) -> str:
    return " ".join(text.split()).lower()


@pytest.fixture(scope="module")
def lines() -> dict[str, str]:
    found = {m["page"]: m["said"] for m in LINE.finditer((SECTION / "index.md").read_text(encoding="utf-8"))}
    return found


def test_every_page_of_the_section_has_its_line(lines):
    pages = {page.name for page in SECTION.glob("*.md")} - {"index.md"}
    assert set(lines) == pages == set(SAID)


@pytest.mark.parametrize("page", sorted(SAID))
def test_a_line_names_only_values_its_page_names(lines, page):
    source = (SECTION / page).read_text(encoding="utf-8")
    named = set(values.named_in(lines[page]))
    assert named, f"{page}: its line names no number"
    assert named <= set(values.named_in(source)), f"{page}: {named - set(values.named_in(source))}"


@pytest.mark.parametrize("page", sorted(SAID))
def test_a_line_says_what_its_page_says(lines, page):
    source = flat((SECTION / page).read_text(encoding="utf-8"))
    line = flat(lines[page])
    for summary, said in SAID[page]:
        assert flat(summary) in line, f"the line for {page} no longer says {summary!r}: update SAID"
        assert flat(said) in source, f"{page} no longer says {said!r}, which its line sums up"


def test_the_check_can_fail(lines):
    assert "lowers the median final error" in flat(lines["dropout.md"])
    assert "does not stop near-duplicates" in flat(lines["dropout.md"])
    assert set(values.named_in(lines["race.md"])) - {"race.rmsprop_passes_all"}


def test_the_opening_says_which_entries_are_not_tried():
    """The section tries most of the post's lists, not all: the opening says which are left."""
    opening = flat((SECTION / "index.md").read_text(encoding="utf-8").split("What each page found")[0])
    assert "these pages try most of them" in opening and "try them all" not in opening
    for left in ("stochastic gradient descent is tried only as smaller batches of the four examples "
                 "and aw-sgd not at all",
                 "a gpu is weighed by counting operations rather than timed",
                 "\"other awesomeness you implement\" is left to you"):
        assert left in opening
    # and the pages say so: SGD and AW-SGD are plain descent on four examples, the GPU is counted
    race = flat((SECTION / "race.md").read_text(encoding="utf-8"))
    assert "with all four examples in every step, as in this race, both would be plain descent" in race
    future = flat((SECTION / "future-work.md").read_text(encoding="utf-8"))
    assert "answers it without a stopwatch" in future and "we have timed no gpu" in future
