"""runs.thirteen_lines: the post's thirteen lines as the home page shows them, run as a learner
runs them; their lines are the post's, and what they print is what the page shows."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import numpy as np
import pytest

from descent.network import init_weights, train
from descent.pages import values
from descent.runs import thirteen_lines

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "code" / "thirteen_lines.py"
HOME = ROOT / "docs" / "index.md"


def home_prose() -> str:
    return " ".join(HOME.read_text(encoding="utf-8").split())


# The post's "Just Give Me The Code" block, line for line, from its published source
# (_posts/2015-07-27-python-network-part2.markdown in the iamtrask.github.io repository; the
# same lines as the post's text the project works from): the record the script is held to.
POST_LINES = [
    "import numpy as np",
    "X = np.array([ [0,0,1],[0,1,1],[1,0,1],[1,1,1] ])",
    "y = np.array([[0,1,1,0]]).T",
    "alpha,hidden_dim = (0.5,4)",
    "synapse_0 = 2*np.random.random((3,hidden_dim)) - 1",
    "synapse_1 = 2*np.random.random((hidden_dim,1)) - 1",
    "for j in xrange(60000):",
    "    layer_1 = 1/(1+np.exp(-(np.dot(X,synapse_0))))",
    "    layer_2 = 1/(1+np.exp(-(np.dot(layer_1,synapse_1))))",
    "    layer_2_delta = (layer_2 - y)*(layer_2*(1-layer_2))",
    "    layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1-layer_1))",
    "    synapse_1 -= (alpha * layer_1.T.dot(layer_2_delta))",
    "    synapse_0 -= (alpha * X.T.dot(layer_1_delta))",
]
OURS = "  # ours"


def code_lines(source: str) -> list[str]:
    """The script's statements: comment lines and blank lines dropped."""
    return [line for line in source.splitlines() if line.strip() and not line.startswith("#")]


def as_the_post(lines: list[str]) -> list[str]:
    """The script's lines with our two changes undone: the lines marked ours dropped, and
    Python 2's xrange back where Python 3 has range."""
    kept = [line for line in lines if not line.endswith(OURS)]
    return [re.sub(r"^for j in range\(", "for j in xrange(", line) for line in kept]


def test_the_script_is_the_posts_thirteen_lines_with_two_documented_changes():
    lines = code_lines(SCRIPT.read_text(encoding="utf-8"))
    assert as_the_post(lines) == POST_LINES
    ours = [line for line in lines if line.endswith(OURS)]
    assert ours == ["np.random.seed(1)" + OURS, "print(layer_2.round(3))" + OURS]
    assert lines[1] == ours[0] and lines[-1] == ours[1]  # seeded first thing, printed last
    assert sum("range(" in line for line in lines) == 1 and "xrange" not in "".join(lines)


def test_the_comparison_fails_on_any_drift():
    lines = code_lines(SCRIPT.read_text(encoding="utf-8"))
    drifted = [line.replace("(0.5,4)", "(0.5, 4)") for line in lines]
    assert as_the_post(drifted) != POST_LINES
    assert as_the_post(lines[:-2] + lines[-1:]) != POST_LINES  # a line of the post dropped


def test_the_script_runs_and_prints_what_the_page_shows():
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True,
                          timeout=600, cwd=SCRIPT.parent, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == thirteen_lines.output()
    assert values.lookup("home.thirteen_lines_printed") == done.stdout.rstrip("\n")


def run_script() -> tuple[dict, str]:
    """The script's variables and printout, run in this process."""
    namespace: dict = {}
    with redirect_stdout(io.StringIO()) as out:
        exec(compile(SCRIPT.read_text(encoding="utf-8"), str(SCRIPT), "exec"), namespace)
    return namespace, out.getvalue()


def outputs(printed: str) -> np.ndarray:
    return np.array([float(n) for n in re.findall(r"\d+\.\d+", printed)])


def test_each_printed_output_is_within_a_hundredth_of_its_target():
    """'each is within a hundredth of its target 0, 1, 1, 0'"""
    assert "each is within a hundredth of its target 0, 1, 1, 0" in home_prose()
    found = outputs(thirteen_lines.output())
    assert len(found) == 4 and np.all(np.abs(found - np.array([0, 1, 1, 0])) < 0.01)


def test_our_loop_in_numpys_arithmetic_is_the_scripts_loop_bit_for_bit():
    """'The learning itself … is the thirteen lines' operations in their order', and the
    seeded start is init_weights': the same weights at the start and after 60 000 steps."""
    assert ("The learning itself — the forward pass, the deltas and the two weight updates — is "
            "the thirteen lines' operations in their order.") in home_prose()
    namespace, _ = run_script()
    start_0, start_1 = init_weights(3, 4, seed=1)
    np.random.seed(1)  # the script's first lines, again: its start
    assert np.array_equal(start_0, 2 * np.random.random((3, 4)) - 1)
    assert np.array_equal(start_1, 2 * np.random.random((4, 1)) - 1)
    _, synapse_0, synapse_1, _, _ = train(0.5, 4, 60_000, 10_000, 1, arithmetic="numpy")
    assert np.array_equal(synapse_0, namespace["synapse_0"])
    assert np.array_equal(synapse_1, namespace["synapse_1"])


def last_outputs(dtype, dot) -> np.ndarray:
    """The script's loop with a given float type and matrix product: layer_2 of the last pass."""
    np.random.seed(1)
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]]).astype(dtype)
    y = np.array([[0, 1, 1, 0]]).T.astype(dtype)
    alpha = dtype(0.5)
    synapse_0 = (2 * np.random.random((3, 4)) - 1).astype(dtype)
    synapse_1 = (2 * np.random.random((4, 1)) - 1).astype(dtype)
    for _ in range(60_000):
        layer_1 = 1 / (1 + np.exp(-(dot(X, synapse_0))))
        layer_2 = 1 / (1 + np.exp(-(dot(layer_1, synapse_1))))
        layer_2_delta = (layer_2 - y) * (layer_2 * (1 - layer_2))
        layer_1_delta = dot(layer_2_delta, synapse_1.T) * (layer_1 * (1 - layer_1))
        synapse_1 -= alpha * dot(layer_1.T, layer_2_delta)
        synapse_0 -= alpha * dot(X.T, layer_1_delta)
    return layer_2.ravel()


def backwards(a, b):
    """a @ b with each sum taken in the opposite order, one rounding per product and sum."""
    total = a[:, -1:] * b[-1:, :]
    for k in range(a.shape[1] - 2, -1, -1):
        total = total + a[:, k:k + 1] * b[k:k + 1, :]
    return total


def test_the_printed_digits_do_not_depend_on_how_the_sums_are_added():
    """'another computer may differ in the last binary digits, but not in these three decimals,
    which are far from any rounding edge': the loop with its sums added backwards, and in
    extended precision, moves the outputs far less than their distance to a rounding edge."""
    assert ("another computer may differ in the last binary digits, but not in these three "
            "decimals, which are far from any rounding edge") in home_prose()
    here = last_outputs(np.float64, np.dot)
    assert outputs(thirteen_lines.output()).tolist() == here.round(3).tolist()
    others = [last_outputs(np.float64, backwards), last_outputs(np.longdouble, np.matmul)]
    moved = max(float(np.max(np.abs(other.astype(np.float64) - here))) for other in others)
    edge = float(np.min(np.abs((here * 1000) % 1 - 0.5))) / 1000  # to the nearest x.xxx5
    assert moved < 1e-12 and edge > 1e-6 and edge > 1e6 * moved
    for other in others:
        assert other.astype(np.float64).round(3).tolist() == here.round(3).tolist()


def test_a_script_that_fails_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("DESCENT_RUNS", str(tmp_path))
    with pytest.raises(thirteen_lines.ScriptFailed) as raised:
        thirteen_lines.printed("import sys\nraise SystemExit('no numpy here')\n")
    assert str(raised.value) == "thirteen_lines.py exited with 1: no numpy here"
    assert not list(tmp_path.glob("*.pickle"))  # a failure is not stored
