"""ulp_spread draws, per alpha and hidden size, how far the error after 50 000 steps spreads over
the runs from one-ulp-nudged starts, with the printed digits that stay fixed on each bar."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.patches import Rectangle

from descent.figures import style, ulp_spread
from descent.network import ALPHAS
from descent.readings import printed
from descent.runs import sweeps, ulp
from drawn_texts import drawn

AT = 50_000  # the last error the article's log printed


@pytest.fixture(scope="module")
def figures():
    return {look.suffix: drawn(ulp_spread, look, io.BytesIO())
            for look in (style.LIGHT, style.PHONE)}


@pytest.fixture(scope="module")
def ax(figures):
    return figures[style.LIGHT.suffix].axes[0]


def by_hand(hidden: int) -> tuple[list[float], list[str]]:
    """Per alpha: (highest - lowest) / ours at 50 000 over ours and the 40 nudged runs, and the
    leading digits every printed error ("%.12g") shares with ours ("all": all print as ours)."""
    nudged, ours = ulp.nudged(hidden, direction_changes=hidden == 4), sweeps.article_sweep(hidden)
    column = list(nudged.steps).index(AT)
    spreads, labels = [], []
    for a, run in enumerate(ours.runs):
        values = [run.errors[AT], *nudged.errors[:, a, column]]
        spreads.append((max(values) - min(values)) / abs(run.errors[AT]))
        texts = ["%.12g" % v for v in values]
        differing = [printed.shared_digits(texts[0], other) for other in texts[1:]
                     if other != texts[0]]
        labels.append(str(min(differing)) if differing else "all")
    return spreads, labels


def bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def test_one_bar_per_alpha_and_hidden_size_beside_its_alpha(ax):
    found = bars(ax)
    assert len(found) == 2 * len(ALPHAS)
    for index in range(2):  # 4 hidden units on the left of each alpha, 32 on the right
        for spot, bar in enumerate(found[index * 7:(index + 1) * 7]):
            centre = bar.get_x() + bar.get_width() / 2
            assert centre == pytest.approx(spot + (index - 0.5) * 0.38)


@pytest.mark.parametrize("index, hidden", [(0, 4), (1, 32)])
def test_each_bar_is_the_relative_spread_at_50000_a_zero_one_at_the_floor(ax, index, hidden):
    spreads, _ = by_hand(hidden)
    found = bars(ax)[index * 7:(index + 1) * 7]
    for bar, spread in zip(found, spreads):
        assert bar.get_y() == ulp_spread.FLOOR
        assert bar.get_height() == pytest.approx(max(spread, 1e-18), rel=1e-9)
    assert ulp_spread.FLOOR == 1e-18


@pytest.mark.parametrize("index, hidden", [(0, 4), (1, 32)])
def test_each_bar_is_labelled_with_the_printed_digits_that_stay_fixed(ax, index, hidden):
    _, labels = by_hand(hidden)
    found = bars(ax)[index * 7:(index + 1) * 7]
    notes = [t for t in ax.texts if t.get_text() != ulp_spread_note(ax).get_text()]
    mine = notes[index * 7:(index + 1) * 7]
    assert [t.get_text() for t in mine] == labels
    for note, bar in zip(mine, found):
        assert note.xy[0] == pytest.approx(bar.get_x() + bar.get_width() / 2)
        assert note.xy[1] == bar.get_height()  # on top of its bar


def ulp_spread_note(ax):
    return [t for t in ax.texts if t.get_text().startswith("spreads above")][0]


def test_the_bars_that_lose_digits_are_the_ones_that_cross_the_printed_line(ax):
    # A relative change of 0.5e-11 reaches the 12th significant digit of a printed error, so the
    # bars over the dashed line are the runs whose printed digits move.
    (line,) = ax.lines
    assert list(line.get_ydata()) == [0.5e-11, 0.5e-11]
    assert ulp_spread_note(ax).xy[1] == 0.5e-11
    for index, hidden in enumerate((4, 32)):
        spreads, labels = by_hand(hidden)
        assert [s > 0.5e-11 for s in spreads] == [label != "all" for label in labels], hidden
    moved = [(h, a) for h in (4, 32) for a, label in zip(ALPHAS, by_hand(h)[1]) if label != "all"]
    assert moved == [(4, 100.0), (32, 10.0)]  # the page's two chaotic runs


def test_axes_log_spread_against_the_seven_alphas(ax):
    assert ax.get_yscale() == "log"
    assert ax.get_ylim() == pytest.approx((1e-18, 1))
    assert ax.get_xlim() == pytest.approx((-0.6, 6.6))
    assert [t.get_text() for t in ax.get_xticklabels()] == [f"{a:g}" for a in ALPHAS]
    assert list(ax.get_xticks()) == list(range(7))
    assert ax.get_ylabel() == "relative spread at 50,000"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["4 hidden units",
                                                                   "32 hidden units"]


def test_the_x_label_explains_the_numbers_in_one_line_and_in_three_on_a_phone(figures):
    wide = figures[style.LIGHT.suffix].axes[0].get_xlabel()
    phone = figures[style.PHONE.suffix].axes[0].get_xlabel()
    assert wide == "alpha   (numbers on the bars: leading printed digits that stay fixed)"
    assert phone.splitlines() == ["alpha", "(numbers on the bars: leading",
                                  "printed digits that stay fixed)"]


def test_the_phone_draws_the_same_bars(figures):
    light, phone = (bars(figures[look.suffix].axes[0]) for look in (style.LIGHT, style.PHONE))
    assert np.allclose([b.get_height() for b in light], [b.get_height() for b in phone], rtol=0)
