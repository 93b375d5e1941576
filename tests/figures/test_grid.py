"""Small multiples: one panel per optimizer, four to a row on a laptop and two on a phone, with
the spare cells of the last row switched off for a key."""

from __future__ import annotations

import pytest
from matplotlib.colors import to_rgba

from descent.figures import grid, style


@pytest.fixture()
def made():
    figures = []

    def make(look, count, height=1.5, **subplots):
        with style.drawing(look):
            fig, axes, spare = grid.panels(count, height, **subplots)
        figures.append(fig)
        return fig, axes, spare

    yield make
    for fig in figures:
        style.pyplot().close(fig)


def _cells(fig, axes):
    """(row, column) of each axes in the figure's grid."""
    return [(ax.get_subplotspec().rowspan.start, ax.get_subplotspec().colspan.start)
            for ax in axes]


@pytest.mark.parametrize("look, count, rows, spares", [
    (style.LIGHT, 7, 2, 1),  # 4 + 3: one spare cell
    (style.LIGHT, 4, 1, 0),
    (style.LIGHT, 1, 1, 3),
    (style.PHONE, 7, 4, 1),  # 2 + 2 + 2 + 1
    (style.PHONE, 4, 2, 0),
    (style.PHONE_DARK, 3, 2, 1),
], ids=["laptop-7", "laptop-4", "laptop-1", "phone-7", "phone-4", "phone-dark-3"])
def test_panels_fill_rows_of_four_or_two_and_leave_the_rest_spare(made, look, count, rows,
                                                                  spares):
    fig, axes, spare = made(look, count, height=1.5)
    columns = 2 if look.phone else 4
    assert len(axes) == count and len(spare) == spares
    assert rows * columns == count + spares
    # The look's width, one panel height per row.
    assert tuple(fig.get_size_inches()) == pytest.approx((look.width, 1.5 * rows))
    assert fig.dpi == style.DPI


def test_panels_come_in_reading_order_and_the_spares_end_the_last_row(made):
    fig, axes, spare = made(style.LIGHT, 6)
    assert _cells(fig, axes) == [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1)]
    assert _cells(fig, spare) == [(1, 2), (1, 3)]
    fig, axes, spare = made(style.PHONE, 3)
    assert _cells(fig, axes) == [(0, 0), (0, 1), (1, 0)]
    assert _cells(fig, spare) == [(1, 1)]


def test_spare_cells_are_switched_off_and_the_panels_are_not(made):
    fig, axes, spare = made(style.LIGHT, 5)
    assert all(ax.axison for ax in axes)
    assert spare and not any(ax.axison for ax in spare)


def test_panels_sit_on_the_looks_card_with_constrained_layout(made):
    for look in (style.LIGHT, style.DARK):
        fig, _, _ = made(look, 2)
        cards = [patch for patch in fig.patches if patch.get_zorder() == -10]
        assert len(cards) == 1
        assert cards[0].get_facecolor() == pytest.approx(to_rgba(look.card))
        assert type(fig.get_layout_engine()).__name__ == "ConstrainedLayoutEngine"


def test_panels_pass_their_options_to_the_subplots(made):
    fig, axes, _ = made(style.LIGHT, 3, sharey=True)
    axes[0].set_ylim(0, 7)
    assert axes[2].get_ylim() == (0, 7)


def test_panels_need_at_least_one_panel(made):
    with pytest.raises(ValueError):
        made(style.LIGHT, 0)
