"""What Part 2 says about the ball in the bucket is what the descents do.

Each test quotes docs/part-2-gradient-descent.md (flattened by whitespace) and checks the words
against runs.descents, the iterates the bucket figures and the alpha slider draw. The expected
values come from hand calculation on f(x) = x² (slope 2x, one step multiplies x by 1 − 2·alpha).
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from descent import landscapes
from descent.pages.values import ball
from descent.runs import descents
from site_html import ROOT
from site_values import value

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGE = ROOT / "docs" / "part-2-gradient-descent.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


def test_the_bucket_figures_state_their_alpha_and_show_what_their_alt_says(prose):
    assert ("Four panels of the same U-shaped curve, descended at alpha {{ ball.bucket_alpha }}; "
            "in each the red ball sits at the next gradient-descent iterate: it starts high on the "
            "left wall, and every step crosses the bottom and lands a quarter as far from it, so "
            "from the third panel on the ball is almost at the bottom") in prose
    assert "at the same alpha {{ ball.bucket_alpha }}" in prose
    assert "the tangents flatten as the ball nears the bottom" in prose
    x = descents.bucket_iterates()
    assert value("ball.bucket_alpha") == "0.625" == f"{descents.BUCKET_ALPHA:g}"
    assert len(x) == 4
    assert x[0] < 0 and x[0] ** 2 > 0.5 * landscapes.bucket.f(landscapes.bucket.low), "high on the left"
    assert np.all(np.sign(x[1:]) == -np.sign(x[:-1])), "crosses the bottom"
    assert np.allclose(x[1:] / x[:-1], -0.25), "a quarter as far"  # by hand: 1 − 2 · 0.625
    assert np.all(x[2:] ** 2 < 0.01 * x[0] ** 2), "almost at the bottom: under 1% of the start's height"
    assert np.all(np.diff(np.abs(2 * x)) < 0), "the tangents flatten"


def test_alpha_is_defined_before_the_figures_name_it(prose):
    first_figure = prose.index("](figures/bucket.png)")
    definition = prose.index("each slope is multiplied by alpha before the ball steps")
    assert definition < prose.rindex("![", 0, first_figure)
    assert "The post's plain rule, below, is alpha 1" in prose
    assert "the rule sets x to x − 2x = −x" in prose  # the plain rule: x − 1 · slope


def test_the_sign_only_rule_hops_across_the_bottom(prose):
    assert ("with steps of one fixed length the ball ends up hopping back and forth across the "
            "bottom") in prose
    for step in (0.1, 0.3, 0.7):  # a second method: the sign rule by hand
        x, seen = -1.7, []
        for _ in range(200):
            x -= step * np.sign(2 * x)
            seen.append(x)
        tail = np.array(seen[-10:])
        assert np.all(np.abs(tail) <= step) and np.all(tail != 0), step
        assert np.all(np.sign(tail[1:]) == -np.sign(tail[:-1])), step


def test_x_minus_slope_bounces_on_this_bucket(prose):
    assert ("Its wall is f(x) = x², with slope 2x, so the rule sets x to x − 2x = −x: the ball "
            "jumps to the same height on the opposite wall, then back, and bounces between the "
            "two forever") in prose
    path = descents.iterates(1.0, start=-1.2, steps=50)
    assert np.all(np.abs(path) == 1.2) and np.all(path[1::2] == 1.2)
    assert "every step to be twice the distance to the bottom" in prose
    assert ("(On a shallower bucket, f(x) = x²/4, the same rule halves the distance at every "
            "step, and the post's description holds.)") in prose
    shallow = landscapes.descend(lambda x: x / 2, -1.2, 1.0, 5)
    assert np.allclose(shallow[1:] / shallow[:-1], 0.5)
    assert "The *Explore alpha* slider shows the bouncing at [alpha 1](explore-alpha.md?alpha=1#drag-alpha)" in prose
    assert 1.0 in descents.ALPHAS and "bounces" in descents.regime(1.0)


def test_the_figures_step_factor(prose):
    assert ("On this curve one step multiplies x by 1 − 2·alpha, here {{ ball.bucket_factor }}, "
            "which is why the ball above swings across the bottom: the factor lies between −1 "
            "and 0, so every step overshoots, by less each time") in prose
    x = descents.bucket_iterates()
    assert np.allclose(x[1:] / x[:-1], 1 - 2 * 0.625)
    assert value("ball.bucket_factor") == "\u22120.25"


def test_try_it_links_open_slider_notches(prose):
    links = re.findall(r"\]\(explore-alpha\.md\?alpha=([^#)]+)#drag-alpha\)", prose)
    assert len(links) >= 3
    labels = [descents.alpha_label(a) for a in descents.ALPHAS]
    for link in links:
        named = value("ball.mid_alpha") if link == "{{ ball.mid_alpha }}" else link
        assert named in labels, link


def test_try_it_answers(prose):
    assert ("where is the ball after one step from x = {{ ball.slider_start }}? After two?"
            in prose)
    path = descents.iterates(1.0)
    assert value("ball.slider_start") == "\u22121.2" and path[0] == -1.2
    assert value("ball.slider_start_opposite") == "1.2" and path[1] == 1.2 and path[2] == -1.2
    assert ("It bounces between the two for all 12 steps, and forever"
            in prose) and len(path) == descents.STEPS + 1
    assert ("On the bottom, whatever the start: the step factor is 1 − 2 · 0.5 = 0, so "
            "x − 0.5 · 2x = 0") in prose
    assert descents.iterates(0.5)[1] == 0
    assert "on a bucket twice as steep it would take alpha 0.25" in prose
    assert landscapes.descend(lambda x: 4 * x, -1.2, 0.25, 1)[1] == 0
    assert ("The step factor is 1 − 2/√2 = {{ ball.mid_factor }}: negative, so every step crosses the "
            "bottom to the other wall; smaller than 1 in size, so every landing is lower") in prose
    assert "at alpha {{ ball.mid_alpha }} (1/√2, rounded)" in prose
    assert "The step factor is 1 − 2/√2 = {{ ball.mid_factor }}" in prose
    mid = ball.mid()
    assert 0.5 < mid < 1 and value("ball.mid_alpha") == "0.707" and mid == pytest.approx(2 ** -0.5, abs=1e-15)
    assert value("ball.mid_factor") == "\u22120.414" and f"{1 - 2 / 2 ** 0.5:.3g}" == "-0.414"
    path = descents.iterates(mid)
    assert np.all(np.sign(path[1:]) == -np.sign(path[:-1])) and np.all(np.diff(path ** 2) < 0)
    left = abs(path[-1] / path[0])
    assert left == pytest.approx((2 * mid - 1) ** descents.STEPS)  # by hand: |1 − 2·alpha|^12
    assert value("ball.mid_left") == f"{left * 100:.2g}%"
