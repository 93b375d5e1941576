"""Every ball figure names the alpha of the descent it draws, and it is the alpha that descent
was computed with: the words come from the same argument as the iterates, never typed again."""

from __future__ import annotations

import io

import matplotlib.text
import pytest

from descent.figures import (alpha_slider_frame, basins, bucket, bucket_slopes, divergence,
                             local_minimum, local_minimum_weights, small_alpha_slow,
                             small_alpha_stuck, ravine, style)
from descent.runs import basins as basin_runs
from descent.runs import descents, paths

NAMED = {  # module: the alpha its descent runs at
    bucket: descents.BUCKET_ALPHA, bucket_slopes: descents.BUCKET_ALPHA,
    divergence: paths.DIVERGING_ALPHA, local_minimum: descents.RESTING_ALPHA,
    local_minimum_weights: descents.RESTING_ALPHA, basins: basin_runs.ALPHA,
    small_alpha_slow: paths.SLOW_ALPHA, small_alpha_stuck: paths.STUCK_ALPHA,
    ravine: paths.RAVINE_ALPHA,
}


def _texts(module, monkeypatch, look=style.LIGHT, **params) -> str:
    kept = []
    monkeypatch.setattr(style, "save_png", lambda fig, path: kept.append(fig))
    with style.drawing(look):
        module.render(io.BytesIO(), **params)
    fig = kept[0]
    words = " ".join(text.get_text() for text in fig.findobj(matplotlib.text.Text)
                     if text.get_visible())
    style.pyplot().close(fig)
    return " ".join(words.split())


@pytest.mark.parametrize("look", [style.LIGHT, style.PHONE], ids=["light", "phone"])
@pytest.mark.parametrize("module", NAMED, ids=lambda module: module.__name__.rsplit(".", 1)[1])
def test_each_ball_figure_names_its_alpha(module, look, monkeypatch):
    words = _texts(module, monkeypatch, look, **({"balls": 100} if module is basins else {}))
    alpha = f"{NAMED[module]:g}"
    assert f"alpha {alpha}" in words or f"alpha ({alpha})" in words, words


@pytest.mark.parametrize("module, runs_at", [
    (bucket, "bucket_iterates"), (bucket_slopes, "bucket_iterates")])
def test_the_bucket_names_the_alpha_its_iterates_used(module, runs_at, monkeypatch):
    used = []
    original = getattr(module, runs_at)
    monkeypatch.setattr(module, runs_at, lambda **kwargs: used.append(kwargs["alpha"])
                        or original(**kwargs))
    words = _texts(module, monkeypatch, alpha=0.3)
    assert used == [0.3]
    # By hand: on f = x², a step multiplies x by 1 - 2 * 0.3 = 0.4.
    assert "alpha 0.3: each step multiplies the distance to the bottom by 0.4" in words


def test_divergence_and_the_resting_ball_name_the_alpha_they_were_given(monkeypatch):
    assert "alpha 1.2: each step multiplies the distance to the bottom by \u22121.4" in _texts(
        divergence, monkeypatch, alpha=1.2)
    assert "alpha 0.01, 300 steps" in _texts(local_minimum, monkeypatch, alpha=0.01, steps=300)


def test_the_slider_frames_name_their_alpha(monkeypatch):
    for frame in (0, len(descents.ALPHAS) - 1):
        words = _texts(alpha_slider_frame, monkeypatch, frame=frame)
        assert f"alpha {descents.alpha_label(descents.ALPHAS[frame])}" in words
