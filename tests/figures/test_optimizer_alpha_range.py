"""How far alpha can go: a panel per update rule with its final error against alpha, its best
alpha and its cliff, plain descent faint behind each; read back from the drawing."""

from __future__ import annotations

import io

import numpy as np
import pytest
from drawn_texts import card_margin, drawn

from descent.figures import optimizer_alpha_range, style
from descent.optimizers import RULES
from descent.runs import race, studies

PLAIN = "gradient descent"


@pytest.fixture(scope="module")
def fig():
    return drawn(optimizer_alpha_range, style.LIGHT, io.BytesIO())


@pytest.fixture(scope="module")
def panels(fig):
    """rule -> its panel, in the order the rules are listed."""
    return dict(zip(RULES, fig.axes))


def read(rule):
    """The rule's run and its best alpha and cliff worked out again from its errors."""
    found = race.alpha_range(rule)
    cliff = studies.breakdown_alpha(found.alphas, found.errors)
    before = found.alphas < cliff if cliff is not None else np.full(found.alphas.shape, True)
    return found, studies.best_alpha(found.alphas[before], found.errors[before]), cliff


def coloured(ax, colour, marker="None"):
    return [line for line in ax.get_lines()
            if line.get_color() == colour and line.get_marker() == marker]


def test_a_panel_per_rule_and_a_spare_cell_holding_the_key(fig):
    assert len(fig.axes) == 8  # seven rules, four to a row: one cell left
    spare = fig.axes[-1]
    assert not spare.axison and [t.get_text() for t in spare.texts] == [optimizer_alpha_range.KEY]


@pytest.mark.parametrize("rule", RULES)
def test_each_panel_draws_its_rules_final_error_at_every_alpha(panels, rule):
    found = race.alpha_range(rule)
    [curve] = [line for line in coloured(panels[rule], style.OPTIMIZER_COLOURS[rule])
               if line.get_linestyle() == "-"]
    assert np.array_equal(curve.get_xdata(), race.RANGE_ALPHAS)
    assert np.array_equal(curve.get_ydata(), found.errors)


def test_the_alphas_are_five_per_decade_from_a_ten_thousandth_to_a_thousand():
    alphas = race.RANGE_ALPHAS
    assert len(alphas) == 36 and alphas[0] == pytest.approx(1e-4) and alphas[-1] == pytest.approx(1e3)
    assert np.allclose(alphas[1:] / alphas[:-1], 10 ** 0.2)


@pytest.mark.parametrize("rule", [rule for rule in RULES if rule != PLAIN])
def test_plain_descent_runs_faint_behind_every_other_rule(panels, rule):
    [grey] = coloured(panels[rule], style.LIGHT.faint)
    assert np.array_equal(grey.get_ydata(), race.alpha_range(PLAIN).errors)


def test_plain_descents_own_panel_draws_it_once(panels):
    assert not coloured(panels[PLAIN], style.LIGHT.faint)


@pytest.mark.parametrize("rule", RULES)
def test_the_star_and_the_dashed_line_mark_the_best_alpha_and_the_cliff(panels, rule):
    _, best, cliff = read(rule)
    colour = style.OPTIMIZER_COLOURS[rule]
    [star] = coloured(panels[rule], colour, "*")
    assert (star.get_xdata()[0], star.get_ydata()[0]) == best
    dashed = [line for line in coloured(panels[rule], colour) if line.get_linestyle() == "--"]
    assert [list(line.get_xdata()) for line in dashed] == ([] if cliff is None else [[cliff, cliff]])


@pytest.mark.parametrize("rule", RULES)
def test_each_title_names_the_rule_its_best_alpha_and_its_cliff(panels, rule):
    _, (alpha, error), cliff = read(rule)
    where = f"cliff {cliff:.3g}" if cliff is not None else "no cliff"
    one_line = f"{rule}\nbest {alpha:.3g} ({error:.1g}), {where}"
    # A title that would reach past the card's right edge puts its cliff on a line of its own.
    assert panels[rule].get_title(loc="left") in (one_line, one_line.replace(f", {where}", f"\n{where}"))


def test_only_a_title_that_would_reach_past_the_card_is_wrapped(fig, panels):
    edge = fig.bbox.width - card_margin(fig)  # the card's right edge, off its edge line

    def right_end(text, title) -> float:
        """Where the panel's title would end, were it `text`."""
        kept = title.get_text()
        title.set_text(text)
        try:
            return title.get_window_extent(fig.renderer_used).x1
        finally:
            title.set_text(kept)

    for rule, ax in panels.items():
        title = ax._left_title
        one_line = title.get_text().replace("\ncliff", ", cliff").replace("\nno cliff", ", no cliff")
        assert title.get_window_extent(fig.renderer_used).x1 < edge, rule
        assert (title.get_text() != one_line) == (right_end(one_line, title) >= edge), rule
    wrapped = [rule for rule, ax in panels.items() if ax.get_title(loc="left").count("\n") == 2]
    assert wrapped == ["AdaGrad"]  # regression pin: top right on a laptop, its title the longest there


def test_the_panels_share_log_axes_and_labels_on_the_outer_edge(fig, panels):
    # One floor for all: a power of ten, within a decade under the lowest error any rule ends at.
    lowest = min(np.nanmin(read(rule)[0].errors[read(rule)[0].errors > 0]) for rule in RULES)
    floors = {ax.get_ylim()[0] for ax in panels.values()}
    assert len(floors) == 1
    floor = floors.pop()
    assert np.log10(floor) == pytest.approx(round(np.log10(floor))) and lowest / 10 < floor <= lowest
    for ax in panels.values():
        assert ax.get_xscale() == ax.get_yscale() == "log" and ax.get_ylim()[1] == 1
    assert [ax.get_ylabel() for ax in fig.axes[:7]] == ["final error", "", "", "",
                                                        "final error", "", ""]


def nothing_beneath(fig, ax):
    """Whether the cell under this panel is empty or off the grid: no panel to read alpha from."""
    spec = ax.get_subplotspec()
    below = [other for other in fig.axes if other.axison
             and other.get_subplotspec().rowspan.start == spec.rowspan.stop
             and other.get_subplotspec().colspan == spec.colspan]
    return not below


@pytest.mark.parametrize("rule", RULES)
def test_a_panel_with_nothing_beneath_it_shows_the_alpha_axis(fig, panels, rule):
    ax = panels[rule]
    shown = [t.get_text() for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
    if nothing_beneath(fig, ax):
        assert ax.get_xlabel() == "alpha" and shown == ["0.0001", "0.01", "1", "100"]
    else:  # the panel below shows them for both: the panels share the axis
        assert not ax.get_xlabel()


@pytest.mark.parametrize("rule", RULES)
def test_every_best_alpha_star_is_inside_its_panel(panels, rule):
    _, (_, error), _ = read(rule)
    low, high = panels[rule].get_ylim()
    assert low < error <= high


def test_note_says_no_cliff_when_a_curve_never_breaks_down():
    found = studies.read_curve(4, np.array([0.1, 1.0, 10.0]), np.array([0.2, 0.05, 0.004]))
    assert optimizer_alpha_range.note(found, "Adam") == "Adam\nbest 10 (0.004), no cliff"


def test_note_rounds_the_error_to_one_digit():
    found = studies.read_curve(4, np.array([0.1, 1.0, 10.0]), np.array([0.2, 0.00046, 0.4]))
    assert optimizer_alpha_range.note(found, "momentum") == "momentum\nbest 1 (0.0005), cliff 10"
