"""The alpha slider's frames tell the step-factor story, and its page data names those frames."""

import html
import json
import re

import numpy as np
import pytest

from descent import landscapes
from descent.figures import alpha_slider
from descent.figures.alpha_slider_frame import REACH
from descent.runs import descents as frame
from descent.figure_build.registry import FIGURES


def test_alphas_are_log_spaced_from_crawling_to_diverging():
    alphas = np.array(frame.ALPHAS)
    assert len(alphas) == 15
    np.testing.assert_allclose(alphas[1:] / alphas[:-1], np.sqrt(2))
    assert 0.5 in frame.ALPHAS and 1.0 in frame.ALPHAS  # one step to the bottom; bouncing
    factors = [landscapes.step_factor(frame.CURVATURE, a) for a in alphas]
    assert factors[0] > 0.95 and factors[-1] < -1 and factors[-2] < -1


@pytest.mark.parametrize("alpha", frame.ALPHAS)
def test_each_frame_moves_the_ball_by_its_step_factor(alpha):
    xs = frame.iterates(alpha)
    r = landscapes.step_factor(frame.CURVATURE, alpha)
    np.testing.assert_allclose(xs[1:], r * xs[:-1], rtol=1e-12, atol=1e-300)
    words = frame.regime(alpha)
    if r > 0:
        assert np.all(xs < 0)  # never crosses the bottom
        assert "crawls" in words if r >= 0.9 else "never crossing" in words
    elif r == 0:
        assert np.all(xs[1:] == 0) and "single step" in words
    elif r > -1:
        assert np.all(np.abs(xs[1:]) < np.abs(xs[:-1])) and "zig-zags" in words
    elif r == -1:
        assert np.all(np.abs(xs) == abs(frame.START)) and "forever" in words
    else:
        assert abs(xs[-1]) > REACH and "diverges" in words


def test_labels_are_the_numbers_rounded():
    assert [frame.alpha_label(a) for a in (frame.ALPHAS[0], 0.25, 1.0)] == ["0.0156", "0.25", "1"]
    assert frame.factor_label(0.25) == "+0.5"
    assert frame.factor_label(0.5) == "0"
    assert frame.factor_label(2.0) == "\u22123"


def test_the_page_data_names_every_frame_of_the_registry():
    names = [f.path_name for f in FIGURES.values()
             if f.module_name == "figures.alpha_slider_frame" and not f.look]
    assert [entry["src"] for entry in alpha_slider.frames()] == names
    text = alpha_slider.fragment()
    data = json.loads(html.unescape(re.search(r'data-frames="([^"]*)"', text)[1]))
    assert data == alpha_slider.frames()
    default = data[frame.DEFAULT]
    assert f"![{default['alt']}](figures/{default['src']})" in text
    assert f'value="{frame.DEFAULT}"' in text and f'max="{len(names) - 1}"' in text
    assert re.search(r'class="alpha-slider__control" hidden>', text)  # shown by the script only


def test_the_fragment_is_what_the_build_wrote(built):
    out_dir = built[0]
    assert (out_dir / "alpha-slider.html").read_text(encoding="utf-8") == alpha_slider.fragment()
    sizes = {(out_dir / f.path_name).stat().st_size for f in FIGURES.values()
             if f.module_name == "figures.alpha_slider_frame" and not f.look}
    assert len(sizes) == 15  # fifteen different pictures, not one copied
