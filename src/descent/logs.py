"""Console logs in the article's format (Python 2 printed floats with 12 significant digits)."""

from __future__ import annotations

import numpy as np

from .runs.sweeps import Sweep


def py2_str(value: float) -> str:
    """A float as Python 2's str() printed it."""
    return "%.12g" % value


def _block_header(alpha: float) -> str:
    return f"Training With Alpha:{py2_str(alpha)}"


def sweep_log(sweep: Sweep) -> str:
    """One block per alpha: its header, then the error every `every` iterations."""
    blocks = []
    for run in sweep.runs:
        lines = [_block_header(run.alpha)]
        lines += [f"Error after {j} iterations:{py2_str(e)}" for j, e in run.errors.items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _matrix(a: np.ndarray) -> str:
    with np.printoptions(precision=8, suppress=True):
        return str(np.asarray(a))


def closer_look_log(sweep: Sweep) -> str:
    """Each alpha's errors, then its final weights and their update-direction change counts."""
    blocks = []
    for run in sweep.runs:
        lines = [_block_header(run.alpha)]
        lines += [f"Error:{py2_str(e)}" for e in run.errors.values()]
        lines += ["", "Synapse 0", _matrix(run.synapse_0),
                  "Synapse 0 Update Direction Changes", _matrix(run.synapse_0_direction_changes),
                  "", "Synapse 1", _matrix(run.synapse_1),
                  "Synapse 1 Update Direction Changes", _matrix(run.synapse_1_direction_changes)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def sweep_json(sweep: Sweep) -> dict:
    """The sweep as plain JSON-ready data, floats at full precision."""
    return {
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
