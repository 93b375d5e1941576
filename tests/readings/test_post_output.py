"""readings.post_output: the post's printed numbers, as data, held to what no transcription can fake.

Its layout is the one its LAYOUT describes; its first errors are the untrained networks' errors,
recomputed here from seed 1's starting weights and printed as Python 2 printed them ('%.12g');
its closer look repeats its sweep's errors; and the final weights it printed are weights whose
error is the size its errors printed.
"""

from __future__ import annotations

import numpy as np
import pytest

from descent.network import ALPHAS, X, init_weights, sigmoid, y
from descent.readings import post_output

SECTIONS = {"sweep_hidden_4": post_output.SWEEP_HIDDEN_4,
            "sweep_hidden_32": post_output.SWEEP_HIDDEN_32,
            "closer_look_hidden_4": post_output.CLOSER_LOOK_HIDDEN_4}
KEYS = ["%g" % alpha for alpha in ALPHAS]  # the alphas as the post printed them
STEPS = [str(step) for step in range(0, 60_000, 10_000)]  # the iterations its sweep printed
SIZES = {"errors": 6, "synapse_0": 12, "synapse_0_direction_changes": 12, "synapse_1": 4,
         "synapse_1_direction_changes": 4}


def error_of(synapse_0, synapse_1) -> float:
    """The post's mean |error| of a network with these weights, on its four examples."""
    return float(np.mean(np.abs(y - sigmoid(sigmoid(X @ synapse_0) @ synapse_1))))


def test_each_section_the_layout_describes_is_kept_for_the_seven_alphas():
    assert set(post_output.LAYOUT) == set(SECTIONS)
    assert KEYS == ["0.001", "0.01", "0.1", "1", "10", "100", "1000"]
    for name, section in SECTIONS.items():
        assert list(section) == KEYS, name
    for key in KEYS:
        for hidden in (4, 32):
            errors = SECTIONS[f"sweep_hidden_{hidden}"][key]
            assert list(errors) == STEPS and all(0 < e <= 0.5 for e in errors.values()), key
        look = post_output.CLOSER_LOOK_HIDDEN_4[key]
        assert {name: len(values) for name, values in look.items()} == SIZES, key
        counts = look["synapse_0_direction_changes"] + look["synapse_1_direction_changes"]
        assert all(count == int(count) >= 0 for count in counts), key


@pytest.mark.parametrize("hidden", [4, 32])
def test_the_first_error_is_the_untrained_networks_printed_as_python_2_printed_it(hidden):
    synapse_0, synapse_1 = init_weights(X.shape[1], hidden, seed=1)
    untrained = "%.12g" % error_of(synapse_0, synapse_1)  # Python 2's str() of a float
    for key in KEYS:  # every alpha starts from the same weights
        assert repr(SECTIONS[f"sweep_hidden_{hidden}"][key]["0"]) == untrained, key


def test_the_closer_look_repeats_the_sweeps_errors():
    for key in KEYS:
        sweep = post_output.SWEEP_HIDDEN_4[key]
        assert post_output.CLOSER_LOOK_HIDDEN_4[key]["errors"] == [sweep[step] for step in STEPS]


@pytest.mark.parametrize("key", KEYS)
def test_the_final_weights_have_the_error_the_sweep_printed_last(key):
    """The weights were printed after the 60 000th step, the last error after the 50 000th:
    the network those weights make is at most as wrong as that error, and not much less."""
    look = post_output.CLOSER_LOOK_HIDDEN_4[key]
    synapse_0 = np.array(look["synapse_0"]).reshape(3, 4)
    synapse_1 = np.array(look["synapse_1"]).reshape(4, 1)
    last = post_output.SWEEP_HIDDEN_4[key]["50000"]
    assert 0.5 * last <= error_of(synapse_0, synapse_1) <= last
