"""pages.values.explore: what the learning-rate curves and the seed sweep show, held to the
same networks' stored final outputs (runs.stuck) read with rules written out again here: the
cliff, the best alpha, the steady fall, the seeds' winners and how alpha 100's outputs sit."""

from __future__ import annotations

import numpy as np
import pytest

from descent.network import ALPHAS, X, init_weights, sigmoid, y
from descent.pages.values import explore, formats
from descent.runs import studies, stuck

TARGETS = y[:, 0]
NEAR = 0.01  # an output this close to 0.5 is pinned there, this close to 0 or 1 sits at that end


def curve_errors(hidden: int) -> tuple[np.ndarray, np.ndarray]:
    """The 61 alphas and each one's mean |error|, from the curve's stored final outputs."""
    alphas = studies.learning_rate(hidden).alphas
    return alphas, np.abs(stuck.curve_outputs(hidden) - TARGETS).mean(axis=1)


def cliff_and_best(hidden: int) -> tuple[float, float, float]:
    """(cliff, best alpha below it, its error): the cliff is the first alpha whose error is ten
    times the lowest before it."""
    alphas, errors = curve_errors(hidden)
    cliff = next(a for k, a in enumerate(alphas) if k and errors[k] >= 10 * errors[:k].min())
    below = alphas < cliff
    best = int(np.argmin(errors[below]))
    return cliff, float(alphas[best]), float(errors[best])


def hundred_outputs() -> np.ndarray:
    """Alpha 100's four final outputs from each of the 20 seeds' starts."""
    return stuck.seed_outputs(20, 4)[:, ALPHAS.index(100.0)]


def counted(outputs: np.ndarray) -> tuple[int, int, int]:
    """(pinned at 0.5, at the right end, at the wrong end) of one network's outputs."""
    distance = np.abs(outputs - TARGETS)
    return (int(np.sum(np.abs(outputs - 0.5) < NEAR)), int(np.sum(distance < NEAR)),
            int(np.sum(distance > 1 - NEAR)))


@pytest.fixture(scope="module")
def named() -> dict[str, str]:
    return explore.numbers()


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_cliff_and_the_best_alpha_of_each_curve(named, hidden):
    cliff, best, _ = cliff_and_best(hidden)
    assert named[f"cliff_{hidden}"] == formats.alpha(cliff)
    assert named[f"best_{hidden}"] == formats.alpha(best)


def test_the_cliffs_ratio_is_a_power_of_ten_of_the_grid(named):
    """The grid has ten alphas a decade; the cliffs lie five of its steps apart: 10^0.5."""
    assert named["cliff_ratio"] == formats.factor(10 ** 0.5) == "3.2"
    assert float(named["cliff_4"]) / float(named["cliff_32"]) == pytest.approx(10 ** 0.5, rel=0.01)


def test_steady_until_is_where_the_first_curve_stops_falling(named):
    last_falling = []
    for hidden in (4, 32):
        alphas, errors = curve_errors(hidden)
        k = 0
        while k + 1 < len(errors) and errors[k + 1] < errors[k]:
            k += 1
        last_falling.append(alphas[k])
    assert named["steady_until"] == f"{min(last_falling):.1g}"


def test_the_best_of_the_seven_and_how_often_it_wins_across_seeds(named):
    _, errors = curve_errors(4)
    seven = [errors[list(studies.learning_rate(4).alphas).index(a)] for a in ALPHAS]
    best = formats.alpha(ALPHAS[int(np.argmin(seven))])
    assert named["best_of_seven"] == best == "10"  # the post's best alpha too
    finals = np.abs(stuck.seed_outputs(20, 4) - TARGETS).mean(axis=2)  # (seeds, alphas)
    wins = int(np.sum(np.argmin(finals, axis=1) == ALPHAS.index(10.0)))
    assert named["seed_wins"] == formats.all_of(wins, 20)


def test_the_one_win_past_the_cliffs(named):
    wins = []
    for hidden in (4, 32):
        alphas, errors = curve_errors(hidden)
        cliff, _, best_error = cliff_and_best(hidden)
        wins += [a for a, e in zip(alphas, errors) if a >= cliff and e < 10 * best_error]
    assert len(wins) == 1 and named["lucky_alpha"] == formats.alpha(wins[0])


def test_how_alpha_100s_outputs_sit_across_seeds(named):
    readings = [counted(outputs) for outputs in hundred_outputs()]
    one_wrong = sum(1 for half, _, wrong in readings if wrong == 1 and half == 0)
    assert named["hundred_one_wrong"] == f"{one_wrong} of the 20 starts"
    assert named["hundred_pinned_2"] == str(sum(1 for r in readings if r[:2] == (2, 2)))
    assert named["hundred_pinned_3"] == str(sum(1 for r in readings if r[:2] == (3, 1)))


def test_hundred_between_counts_the_errors_strictly_between_one_and_four_eighths():
    errors = np.abs(hundred_outputs() - TARGETS).mean(axis=1)
    assert explore.hundred_between_count() == int(np.sum((errors > 0.1875) & (errors < 0.4375)))


def test_the_plateau_moves_of_the_nudged_starts(named):
    moved = failing = 0
    for hidden in (4, 32):
        again = stuck.past_cliff_redraws(hidden)
        alphas, errors = curve_errors(hidden)
        base = errors[np.searchsorted(alphas, again["alphas"])]
        nudged = np.array([again[name] for name in again if name.startswith("nudge")])
        fails = base >= 0.01
        other = np.any(np.round(8 * nudged) != np.round(8 * base), axis=0)
        moved, failing = moved + int(np.sum(other & fails)), failing + int(np.sum(fails))
    assert named["plateau_moved"] == f"{moved} of the {failing}"


def one_step_move(hidden: int) -> float:
    """How far one step of alpha 1 from seed 1's start moves the four outputs, summed."""
    synapse_0, synapse_1 = init_weights(3, hidden, 1)
    layer_1 = sigmoid(X @ synapse_0)
    before = sigmoid(layer_1 @ synapse_1)
    delta_2 = (before - y) * before * (1 - before)
    delta_1 = delta_2 @ synapse_1.T * layer_1 * (1 - layer_1)
    after = sigmoid(sigmoid(X @ (synapse_0 - X.T @ delta_1)) @ (synapse_1 - layer_1.T @ delta_2))
    return float(np.abs(after - before).sum())


def test_the_first_step_ratio_is_one_step_of_the_post_s_loop_at_both_sizes(named):
    assert named["first_step_ratio"] == formats.factor(one_step_move(32) / one_step_move(4))
    assert explore.first_step_move(4) == pytest.approx(one_step_move(4), rel=1e-9)


def test_steady_is_the_last_alpha_before_the_first_rise():
    falling = studies.read_curve(4, [1.0, 2.0, 3.0], [0.3, 0.2, 0.1])
    assert explore.steady(falling) == 3.0  # never rises: the whole curve
    flat = studies.read_curve(4, [1.0, 2.0, 3.0, 4.0], [0.3, 0.2, 0.2, 0.1])
    assert explore.steady(flat) == 2.0  # an equal error is no fall
    assert explore.steady(studies.read_curve(4, [1.0, 2.0], [0.1, 0.3])) == 1.0


@pytest.mark.parametrize("wins, count", [([], 0), ([(4, 39.8), (32, 15.8)], 2)])
def test_lucky_says_in_one_line_when_there_is_not_exactly_one_win(monkeypatch, wins, count):
    monkeypatch.setattr(explore, "past_cliff_wins", lambda: wins)
    with pytest.raises(ValueError, match=(f"^the page speaks of one win past the cliffs, "
                                          f"the curves have {count}$")):
        explore.lucky()


def test_the_module_names_exactly_the_values_checked_here(named):
    assert set(named) == {
        "steady_until", "cliff_4", "cliff_32", "best_4", "best_32", "best_of_seven", "seed_wins",
        "first_step_ratio", "hundred_one_wrong", "plateau_moved", "cliff_ratio", "lucky_alpha",
        "hundred_pinned_2", "hundred_pinned_3"}
