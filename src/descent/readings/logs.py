"""Console logs in the article's format (Python 2 printed floats with 12 significant digits)."""

from __future__ import annotations

import numpy as np

from ..runs.sweeps import Sweep
from . import printed


def _block_header(alpha: float) -> str:
    return f"Training With Alpha:{printed.error(alpha)}"


def _final_line(sweep: Sweep, error: float) -> str:
    # Not the article's wording on purpose: its "Error after j iterations" is measured before
    # update j, this one after the last update, so a reader (or a parser) can tell them apart.
    return f"Final error after {sweep.iterations} iterations:{printed.error(error)}"


def sweep_log(sweep: Sweep, final_errors=None) -> str:
    """One block per alpha: its header, then the error every `every` iterations.

    final_errors (one per run, see engine.final_errors) adds a last line per block with the
    trained network's error; without it the log is exactly the article's format.
    """
    blocks = []
    for i, run in enumerate(sweep.runs):
        lines = [_block_header(run.alpha)]
        lines += [f"Error after {j} iterations:{printed.error(e)}" for j, e in run.errors.items()]
        if final_errors is not None:
            lines.append(_final_line(sweep, final_errors[i]))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _matrix(a: np.ndarray) -> str:
    with np.printoptions(precision=8, suppress=True):
        return str(np.asarray(a))


def closer_look_log(sweep: Sweep, final_errors=None) -> str:
    """Each alpha's errors, then its final weights and their update-direction change counts.

    final_errors adds the trained network's error after the logged ones, as in sweep_log.
    """
    blocks = []
    for i, run in enumerate(sweep.runs):
        lines = [_block_header(run.alpha)]
        lines += [f"Error:{printed.error(e)}" for e in run.errors.values()]
        if final_errors is not None:
            lines.append(_final_line(sweep, final_errors[i]))
        lines += ["", "Synapse 0", _matrix(run.synapse_0),
                  "Synapse 0 Update Direction Changes", _matrix(run.synapse_0_direction_changes),
                  "", "Synapse 1", _matrix(run.synapse_1),
                  "Synapse 1 Update Direction Changes", _matrix(run.synapse_1_direction_changes)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def sweep_json(sweep: Sweep, final_errors=None) -> dict:
    """The sweep as plain JSON-ready data, floats at full precision.

    final_errors adds each run's "final_error" (after the last update).
    """
    data = {
        "hidden": sweep.hidden, "seed": sweep.seed, "iterations": sweep.iterations,
        "runs": [{
            "alpha": run.alpha,
            "errors": {str(j): e for j, e in run.errors.items()},
            "synapse_0": run.synapse_0.tolist(),
            "synapse_1": run.synapse_1.tolist(),
            "synapse_0_direction_changes": run.synapse_0_direction_changes.tolist(),
            "synapse_1_direction_changes": run.synapse_1_direction_changes.tolist(),
        } for run in sweep.runs],
    }
    if final_errors is not None:
        for run, error in zip(data["runs"], final_errors):
            run["final_error"] = float(error)
    return data
