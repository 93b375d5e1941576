"""The alpha slider: the page fragment that shows one frame of descent on the bucket as a still
picture and, with its script, lets a reader slide alpha through the frames; its data names every
frame of the registry with its alpha, step factor and what the ball does, and the build wrote it."""

from __future__ import annotations

import html
import json
import re

import pytest

from descent.figures import alpha_slider
from descent.runs import descents as frame
from descent.figure_build.registry import FIGURES

SIGNS = {"+": 1, "\u2212": -1}


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


def test_frame_files_are_numbered_from_01():
    assert alpha_slider.frame_name(0) == "alpha-slider-01.png"
    assert alpha_slider.frame_name(14) == "alpha-slider-15.png"
    assert alpha_slider.frame_name(99) == "alpha-slider-100.png"


def test_each_frame_names_its_alpha_and_its_step_factor_one_minus_twice_alpha():
    entries = alpha_slider.frames()
    assert len(entries) == len(frame.ALPHAS)
    # Alpha doubles every second notch from 2^-6 = 0.015625 to 2.
    assert [entry["alpha"] for entry in entries][::2] == [
        "0.0156", "0.0312", "0.0625", "0.125", "0.25", "0.5", "1", "2"]
    for entry, alpha in zip(entries, frame.ALPHAS):
        factor = entry["factor"]
        value = 0.0 if factor == "0" else SIGNS[factor[0]] * float(factor[1:])
        assert value == pytest.approx(1 - 2 * alpha, rel=5e-3)  # three significant digits
    assert [entries[index]["factor"] for index in (8, 10, 12, 14)] == [
        "+0.5", "0", "\u22121", "\u22123"]


def test_each_frame_says_what_the_ball_does_at_its_step_factor():
    regimes = [entry["regime"] for entry in alpha_slider.frames()]
    # r = 1 - 2 alpha: at least 0.9 up to alpha 0.05, the first four notches.
    assert all(regime.startswith("crawls") for regime in regimes[:4])
    assert all(regime.startswith("slides") for regime in regimes[4:10])
    assert regimes[10].startswith("lands exactly")  # alpha 0.5, r = 0
    assert regimes[11].startswith("overshoots and zig-zags")  # alpha 0.707, r = -0.414
    assert regimes[12].startswith("bounces")  # alpha 1, r = -1
    assert all("diverges" in regime for regime in regimes[13:])  # r = -1.83 and -3


def test_the_alt_text_names_the_steps_the_alpha_the_regime_and_the_factor():
    text = alpha_slider.alt_text(2.0)
    assert "the 12 steps of gradient descent at alpha 2:" in text
    assert "the ball overshoots higher on every step and leaves the bucket: it diverges." in text
    assert text.endswith("each step multiplies it by \u22123.")
    assert alpha_slider.frames()[-1]["alt"] == text


def test_the_readout_escapes_what_it_is_given():
    entry = {"alpha": "<1>", "factor": "a&b", "regime": "goes \"up\""}
    assert alpha_slider.readout(entry) == (
        "alpha <strong>&lt;1&gt;</strong> · step factor <strong>a&amp;b</strong>: "
        "the ball goes &quot;up&quot;.")


def test_the_ticks_mark_alpha_one_half_and_one_at_their_notches():
    # 0.5 · 2^(k/2) for k from -10: 0.5 is the 11th notch (index 10), 1 the 13th (index 12).
    edges = alpha_slider._edges()
    assert re.findall(r'<option value="(\d+)" label="([^"]*)">', edges) == [
        ("10", "0.5"), ("12", "1")]
    assert '<datalist id="alpha-slider-edges">' in edges


def test_the_fragment_takes_another_default_and_escapes_its_caption():
    text = alpha_slider.fragment(default=0, caption="Steps & <alpha>")
    first = alpha_slider.frames()[0]
    assert 'value="0"' in text and 'aria-valuetext="alpha 0.0156"' in text
    assert alpha_slider.readout(first) in text
    assert f"![{first['alt']}](figures/alpha-slider-01.png)" in text
    assert "<figcaption>Steps &amp; &lt;alpha&gt;</figcaption>" in text
    assert text.endswith("</div>\n")


def test_the_default_caption_is_the_modules_first_line_and_text_is_the_fragment():
    text = alpha_slider.text()
    assert text == alpha_slider.fragment()
    caption = re.search(r"<figcaption>(.*)</figcaption>", text)[1]
    assert caption == html.escape(alpha_slider.__doc__.strip().splitlines()[0])
    assert caption.startswith("Twelve steps of gradient descent")
