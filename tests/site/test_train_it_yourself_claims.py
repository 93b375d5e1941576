"""What Train it yourself says about its lab is what the lab's settings and plane hold."""

from __future__ import annotations

import re

import pytest

from descent.runs import error_surface
from site_html import ROOT

pytestmark = pytest.mark.claims  # prose held to the code it describes

PAGE = ROOT / "docs" / "train-it-yourself.md"
SETTINGS = ROOT / "docs" / "javascripts" / "lab-settings.js"
PLANE = ROOT / "docs" / "javascripts" / "lab-plane.js"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


def field(name: str) -> dict[str, str]:
    """One entry of lab-settings.js's FIELDS, as {key: literal}."""
    source = SETTINGS.read_text(encoding="utf-8")
    body = re.search(rf'^\s*"?{re.escape(name)}"?: \{{([^}}]*)\}}', source, re.MULTILINE).group(1)
    return {key: literal.strip() for key, literal in re.findall(r"(\w+): ([^,]+)", body)}


def test_the_ranges_and_defaults_are_as_described(prose):
    assert "Pick any alpha from 0.001 to 1000" in prose
    alpha = field("alpha")
    assert (alpha["min"], alpha["max"]) == ("0.001", "1000")
    assert ("the default settings (4 hidden units, seed 1, 60 000 steps of gradient descent) for "
            "each of the post's seven alphas") in prose
    assert field("hidden")["initial"] == "4" and field("seed")["initial"] == "1"
    assert field("steps")["initial"] == "60000" and field("rule")["initial"] == '"gradient descent"'


def test_the_plane_is_part_4s(prose):
    assert "two-weight network over both weights from −10 to 10" in prose
    source = PLANE.read_text(encoding="utf-8")
    assert "const LOW = -10, HIGH = 10" in source
    assert (error_surface.LOW, error_surface.HIGH) == (-10.0, 10.0)
    assert "PLANE_STEPS = 10000" in source  # as long as Part 4 trains it


def test_each_caption_describes_what_shows_beside_it(prose):
    """With JavaScript the lab's panels show (lab.js unhides them) and the <noscript> figures do
    not; without it, the reverse (tests/browser/test_lab.py holds both). So the lab's captions
    describe the lab's own drawings, and the <noscript> figures' captions the built figures."""
    from descent.pages.registry import FIGURES

    markdown = PAGE.read_text(encoding="utf-8")
    lab = markdown[markdown.index('<div class="lab-panel" id="lab" hidden>'):]
    assert "The mean error against the step, both on logarithmic scales" in lab
    plots = (ROOT / "docs" / "javascripts" / "lab-plots.js").read_text(encoding="utf-8")
    assert '"step (log scale)"' in plots and '"mean error (log scale)"' in plots
    plane = markdown[markdown.index('<div class="lab-panel" id="lab-plane-panel" hidden>'):]
    assert "seen from above" in plane
    assert "heatMapURL()" in PLANE.read_text(encoding="utf-8")  # a flat map, not a 3-D view
    shown = re.findall(r"<noscript markdown>(.*?)</noscript>", markdown, re.DOTALL)
    assert len(shown) == 2 and "log" not in " ".join(shown) and "from above" not in " ".join(shown)
    assert "seen from one angle" in shown[1]
    for slug in ("alpha-sweep", "error-plane-still"):  # their captions name no source file
        assert "src/" not in FIGURES[slug].caption and ".py" not in FIGURES[slug].caption
