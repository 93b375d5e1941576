"""seed_variance draws the alpha sweep from 20 random starts: per alpha the median error of the
seeds, with the middle half and the full range of them shaded."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.colors import to_hex

from descent.figures import seed_variance, style
from descent.network import ALPHAS
from descent.runs import studies
from drawn_texts import drawn

SEEDS = 20


@pytest.fixture(scope="module")
def figures():
    return {look.suffix: drawn(seed_variance, look, io.BytesIO())
            for look in (style.LIGHT, style.PHONE)}


@pytest.fixture(scope="module")
def ax(figures):
    return figures[style.LIGHT.suffix].axes[0]


@pytest.fixture(scope="module")
def by_hand():
    """Per alpha, per sample, the 20 seeds' errors sorted, read from the stored runs: the logged
    errors every 500 steps, then the final error after the last update at 60 000."""
    found = studies.seed_variance(SEEDS, 4)
    steps = np.append(found.steps, 60_000)
    errors = np.concatenate([found.errors, found.final[:, :, None]], axis=2)
    return steps, np.sort(errors, axis=0)  # (seeds, alphas, samples)


def quantiles(ordered: np.ndarray) -> dict[str, np.ndarray]:
    """Numpy's linear percentiles of 20 sorted values, worked by hand: the q-th lies at position
    q * 19, between the two values around it."""
    return {"min": ordered[0], "q1": ordered[4] + 0.75 * (ordered[5] - ordered[4]),
            "median": (ordered[9] + ordered[10]) / 2,
            "q3": ordered[14] + 0.25 * (ordered[15] - ordered[14]), "max": ordered[19]}


def edges(band) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A fill_between's x, lower edge and upper edge, read off its outline."""
    vertices = band.get_paths()[0].vertices
    n = (len(vertices) - 3) // 2  # the outline: a start, along y1, a turn, back along y2, close
    lower, upper = vertices[1:n + 1], vertices[n + 2:2 * n + 2][::-1]
    assert np.array_equal(lower[:, 0], upper[:, 0])
    return lower[:, 0], lower[:, 1], upper[:, 1]


def test_one_median_line_per_alpha_through_every_sample_and_the_final_error(ax, by_hand):
    steps, ordered = by_hand
    assert len(ax.lines) == len(ALPHAS) and len(steps) == 121
    for index, line in enumerate(ax.lines):
        assert np.array_equal(line.get_xdata(), steps)
        assert np.allclose(line.get_ydata(), quantiles(ordered[:, index])["median"],
                           rtol=1e-12, atol=0)


def test_each_alpha_has_a_light_band_over_all_seeds_and_a_dark_one_over_the_middle_half(
        ax, by_hand):
    steps, ordered = by_hand
    assert len(ax.collections) == 2 * len(ALPHAS)
    for index, alpha in enumerate(ALPHAS):
        light, dark = ax.collections[2 * index:2 * index + 2]
        expected = quantiles(ordered[:, index])
        for band, low, high, shade in ((light, "min", "max", 0.08), (dark, "q1", "q3", 0.28)):
            x, lower, upper = edges(band)
            assert np.array_equal(x, steps)
            assert np.allclose(lower, expected[low], rtol=1e-12, atol=0), (alpha, low)
            assert np.allclose(upper, expected[high], rtol=1e-12, atol=0), (alpha, high)
            assert band.get_alpha() == shade
            assert to_hex(band.get_facecolor()[0], keep_alpha=False) == \
                to_hex(ax.lines[index].get_color())


def test_only_alpha_1000s_median_is_dashed_so_that_alpha_0001s_shows_under_it(ax, by_hand):
    _, ordered = by_hand
    assert [line.get_linestyle() for line in ax.lines] == ["-"] * 6 + ["--"]
    # why: their medians end within a hundredth of each other, near 0.5
    ends = [quantiles(ordered[:, i])["median"][-1] for i in (0, 6)]
    assert abs(ends[0] - ends[1]) < 0.01 and 0.45 < ends[0] < 0.55


def test_the_axes_log_errors_over_60000_steps_in_thousands(ax):
    assert ax.get_yscale() == "log"
    assert ax.get_xlim() == (0, 60_000)
    assert ax.get_xlabel() == "iteration"
    assert ax.get_ylabel() == f"mean |error|, median of {SEEDS} seeds"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["0", "10k", "20k", "30k", "40k",
                                                            "50k", "60k"]


def test_the_title_explains_the_bands_on_one_line_and_on_two_on_a_phone(figures):
    wide = figures[style.LIGHT.suffix].axes[0].get_title(loc="left")
    phone = figures[style.PHONE.suffix].axes[0].get_title(loc="left")
    assert wide == "line: median of the seeds;  dark band: middle half;  light band: all"
    assert phone.splitlines() == ["line: median of the seeds",
                                  "dark band: middle half;  light band: all"]


def test_a_phone_gets_its_own_height_and_the_same_lines(figures):
    light, phone = figures[style.LIGHT.suffix], figures[style.PHONE.suffix]
    assert tuple(light.get_size_inches()) == pytest.approx((style.LIGHT.width, 4.0))
    assert tuple(phone.get_size_inches()) == pytest.approx((style.PHONE.width, 4.2))
    for a, b in zip(light.axes[0].lines, phone.axes[0].lines, strict=True):
        assert np.array_equal(a.get_ydata(), b.get_ydata())
