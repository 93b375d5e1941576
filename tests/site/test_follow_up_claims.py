"""What the follow-up page says about the optimizers is what the build computed.

Each test pairs sentences of docs/follow-up.md (sections 1 to 3) with the runs they describe.
"""

from __future__ import annotations

import numpy as np
import pytest

from descent import landscapes, optimizers
from descent.runs import quasi_newton, race, ravine_race
from site_html import ROOT

pytestmark = pytest.mark.claims  # held under every arithmetic: tests/test_arithmetics.py

PAGE = ROOT / "docs" / "follow-up.md"


@pytest.fixture(scope="module")
def prose() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def laps() -> dict:
    return {rule: race.race(rule) for rule in optimizers.RULES}


@pytest.fixture(scope="module")
def searches() -> dict:
    return {method: quasi_newton.search(method) for method in quasi_newton.METHODS}


def reached(lap) -> int:
    return int(np.isfinite(lap.passes_to_target()).sum())


def median_passes(counts) -> float:
    return float(np.median(counts[np.isfinite(counts)]))


def test_the_setup(prose, laps):
    assert "It then trains from 20 seeded starts, 10 000 steps each" in prose
    assert race.STEPS == 10_000 and all(len(lap.seeds) == 20 for lap in laps.values())
    assert "an error of 0.01" in prose and race.TARGET == 0.01
    for rule, lap in laps.items():
        assert lap.alpha == race.alpha_range(rule).best[0]


def test_rmsprop_wins(prose, laps):
    lap, plain = laps["RMSprop"], laps["gradient descent"]
    finals = {rule: np.median(each.final) for rule, each in laps.items()}
    assert min(finals, key=finals.get) == "RMSprop"
    assert f"All 20 starts get below an error of 0.01, after a median of {median_passes(lap.passes_to_target()):.0f} passes" in prose
    assert reached(lap) == 20
    assert all(median_passes(each.passes_to_target()) >= median_passes(lap.passes_to_target())
               for each in laps.values())
    assert f"ends at {np.median(lap.final):.2g}" in prose.replace("1.1e-06", "1.1e-06")
    ratio = np.median(plain.final) / np.median(lap.final)
    assert "about a thousand times lower" in prose and 500 < ratio < 2000
    assert f"plain descent's {np.median(plain.final):.2g}" in prose


def test_momentum_and_nesterov(prose, laps):
    momentum, nesterov, plain = laps["momentum"], laps["Nesterov"], laps["gradient descent"]
    assert (f"They reach 0.01 in {median_passes(momentum.passes_to_target()):.0f} and "
            f"{median_passes(nesterov.passes_to_target()):.0f} passes where plain descent needs "
            f"{median_passes(plain.passes_to_target()):.0f}") in prose
    assert (f"at their best alpha {20 - reached(momentum)} and {20 - reached(nesterov)} of the 20 "
            "starts get stuck") in prose
    assert "plain descent gets all 20 there" in prose and reached(plain) == 20


def test_adam(prose, laps):
    adam, plain = laps["Adam"], laps["gradient descent"]
    assert f"Its median start ends at {np.median(adam.final):.2g}, ten times below" in prose
    assert 5 < np.median(plain.final) / np.median(adam.final) < 20
    assert (f"a median of {median_passes(adam.passes_to_target()):.0f} passes to reach 0.01 and "
            f"{20 - reached(adam)} starts never do") in prose
    # the plateau: most starts still at one stuck output (0.125) after 1000 passes
    at_1000 = adam.errors[:, np.searchsorted(adam.steps, 999)]
    assert np.median(at_1000) == pytest.approx(0.125, abs=0.01)


def test_adagrad(prose, laps):
    adagrad, plain = laps["AdaGrad"], laps["gradient descent"]
    assert (f"({np.median(adagrad.final):.2g} against {np.median(plain.final):.2g})") in prose
    assert np.median(adagrad.final) >= np.median(plain.final)


def test_scipy_methods(prose, searches):
    bfgs, lbfgs, annealing = (searches[m] for m in quasi_newton.METHODS)
    assert (f"a median of {median_passes(bfgs.evaluations_to(0.01)):.0f} and "
            f"{median_passes(lbfgs.evaluations_to(0.01)):.0f} to reach 0.01") in prose
    stuck = [int(np.sum(~np.isfinite(s.evaluations_to(0.01)))) for s in (bfgs, lbfgs)]
    assert f"but {stuck[0]} and {stuck[1]} of the 20 starts end in a local minimum" in prose
    for found in (bfgs, lbfgs):  # they stopped on their own, at an error a stuck output makes
        gave_up = ~np.isfinite(found.evaluations_to(0.01))
        assert np.all(found.evaluations[gave_up] < quasi_newton.BUDGET)
        assert np.all(found.final[gave_up] > 0.1)
    got = int(np.isfinite(annealing.evaluations_to(0.01)).sum())
    assert (f"{got} of the 20 starts reach 0.01, in a median of "
            f"{median_passes(annealing.evaluations_to(0.01)):.0f} passes") in prose
    assert got > max(20 - s for s in stuck)
    assert "a 16 × 16 matrix" in prose and 3 * 4 + 4 == 16


def test_ravine_claims(prose):
    paths = {rule: ravine_race.ravine_path(rule) for rule in optimizers.RULES}
    turned = {rule: ravine_race.ravine_path(rule, ravine_race.TURNED) for rule in optimizers.RULES}
    assert "50 times steeper across than along" in prose
    assert landscapes.RAVINE_STEEP / landscapes.RAVINE_FLAT == 50
    assert "(of 61, from 0.001 to 1000)" in prose and len(ravine_race.ALPHAS) == 61
    plain = paths["gradient descent"]
    assert f"it ends at a height of {plain.final:.2g}, and no alpha tried gets it within 1%" in prose
    assert len(plain.working_alphas()) == 0
    ratio = paths["momentum"].final / paths["Nesterov"].final
    assert "ends 200 times lower than momentum" in prose and 150 < ratio < 250
    for rule in ("AdaGrad", "AdaDelta", "RMSprop"):  # "fix it outright": far below the others
        assert paths[rule].final < 1e-4 < paths["Adam"].final
    assert "carries it past the centre in loops, back and forth, each smaller" in prose
    along = paths["Adam"].path[:, 0]
    crossings = np.flatnonzero(np.diff(np.sign(along)) != 0)
    assert len(crossings) >= 3
    swings = [np.abs(along[a:b + 1]).max() for a, b in zip(crossings[:-1], crossings[1:])]
    assert np.all(np.diff(swings) < 0)
    assert "each remembers one or two numbers per weight" in prose
    assert {paths[r].memory for r in optimizers.RULES if r != "gradient descent"} == {1, 2}
    for rule in ("gradient descent", "momentum", "Nesterov"):  # "exactly where they did"
        assert turned[rule].final == pytest.approx(paths[rule].final, rel=1e-9)
    assert f"AdaGrad ends at {turned['AdaGrad'].final:.2g}, no better than plain descent" in prose
    assert turned["AdaGrad"].final >= turned["gradient descent"].final
    assert f"RMSprop at {turned['RMSprop'].final:.2g}" in prose
    for rule in ("AdaGrad", "AdaDelta", "RMSprop", "Adam"):
        assert turned[rule].final > 3 * paths[rule].final


def test_alpha_range_claims(prose):
    curves = {rule: race.alpha_range(rule) for rule in optimizers.RULES}
    assert "36 alphas (five per factor of ten, from 0.0001 to 1000)" in prose
    assert len(race.RANGE_ALPHAS) == 36 and race.RANGE_ALPHAS[0] == 1e-4
    assert all(found.breakdown is not None for found in curves.values())
    assert f"past {curves['Adam'].breakdown:.3g} the steps" in prose
    assert f"RMSprop breaks at {curves['RMSprop'].breakdown:.3g}" in prose
    plain, momentum = curves["gradient descent"].breakdown, curves["momentum"].breakdown
    assert f"It comes at {momentum:.3g} instead of {plain:.3g}, {plain / momentum:.2g} times earlier" \
        in prose
    assert 1 / (1 - optimizers.MOMENTUM) == pytest.approx(10) and "β = 0.9" in prose
    assert f"Nesterov's comes at {curves['Nesterov'].breakdown:.3g}" in prose

    def decades(found) -> float:
        good = found.alphas[found.errors < 0.01]
        assert np.all(np.diff(np.flatnonzero(found.errors < 0.01)) == 1)  # one unbroken span
        return float(np.log10(good.max() / good.min()))

    spans = {rule: decades(found) for rule, found in curves.items()}
    assert (f"span {spans['RMSprop']:.2g} factors of ten for RMSprop, Adam and AdaDelta, "
            f"{spans['momentum']:.2g} for momentum and {spans['gradient descent']:.2g} for plain descent") \
        in prose
    assert spans["RMSprop"] == pytest.approx(spans["Adam"]) == pytest.approx(spans["AdaDelta"])
    adadelta = curves["AdaDelta"]
    assert f"Here alpha 1 ends at {adadelta.error_at(1.0):.3g}" in prose
    assert adadelta.error_at(1.0) >= curves["gradient descent"].error_at(1.0)
    assert f"its best alpha is {adadelta.best[0]:.3g}" in prose
