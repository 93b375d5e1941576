"""What Train it yourself says about its lab is what the lab's settings and plane hold."""

from __future__ import annotations

import re

import numpy as np
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
    """With JavaScript the lab's panels show (the first from the first paint, the plane's once lab.js
    unhides it) and the <noscript> figures do not; without it, the reverse (tests/browser/test_lab.py
    holds both). So the lab's captions
    describe the lab's own drawings, and the <noscript> figures' captions the built figures."""
    from descent.figure_build.registry import FIGURES

    markdown = PAGE.read_text(encoding="utf-8")
    lab = markdown[markdown.index('<div class="lab-panel lab-panel--first" id="lab">'):]
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


def test_the_network_drawing_is_described_truly(prose):
    """Its caption: solid and dashed lines, the cells' order and ink, the twins' letter and measure;
    a twin of opposite sign (seed 6 of the dropout study) has its cells in reverse order."""
    from descent.runs import dropout

    assert "Each line is a weight: the wider, the larger in size; solid if positive, dashed if negative" in prose
    source = (ROOT / "docs" / "javascripts" / "lab-network.js").read_text(encoding="utf-8")
    assert 'const key = (weight < 0 ? "-" : "+") + width;' in source  # a sign's own paths ...
    assert 'const dash = negative ? ` stroke-dasharray=' in source  # ... dashed exactly when negative
    assert "Math.log2(1 + Math.abs(weight))" in source  # width grows with size
    assert ("its outputs when inputs 1 and 2 are 0,0, 0,1, 1,0 and 1,1 (the bias input is always 1), "
            "inked from none (0) to full (1)") in prose
    assert 'const EXAMPLES = ["0,0", "0,1", "1,0", "1,1"];' in source
    assert "const NEAR = 0.99;" in source and dropout.NEAR == 0.99
    assert ("Two units with nearly the same cells do one job twice: the drawing marks such near "
            "twins with one letter, as the <a href=\"../follow-up/dropout/\">dropout page</a> measures "
            "them (the |cosine| of their incoming weights above 0.99); a twin of opposite sign has its cells the other way round.") in prose
    alike = dropout.twins()  # the dropout page's example: cells in the same order
    assert alike.cosine > dropout.NEAR
    assert list(np.argsort(alike.layer_1[:, alike.pair[0]])) == list(np.argsort(alike.layer_1[:, alike.pair[1]]))
    mirrored = dropout.twins(hidden=4, seed=6)  # a network of the study with such a pair
    assert mirrored.cosine < -dropout.NEAR
    first, second = mirrored.pair
    light = mirrored.layer_1 - 0.5
    assert np.all(light[:, first] * light[:, second] < 0)  # on opposite sides of one half,
    assert list(np.argsort(mirrored.layer_1[:, first])) == list(np.argsort(-mirrored.layer_1[:, second]))
