# %% [markdown]
# # A closer look
#
# Part 5 of Andrew Trask's
# [*A Neural Network in 13 lines of Python (Part 2 – Gradient Descent)*](https://iamtrask.github.io/2015/07/27/python-network-part2/)
# looks inside the alpha sweep: how large the final weights are, and how often each weight's
# update changed direction. A change of direction is what a weight that steps over the bottom of
# a valley and turns back leaves behind, but a count is not proof of bouncing: alpha 1000's run
# stalls on flat sigmoids within its first 500 steps and still counts changes after that
# ([Part 5](../../part-5-improving-our-network/#improvement-1-adding-and-tuning-alpha) looks at why).

# %%
import matplotlib.pyplot as plt
import numpy as np

from descent.readings import logs
from descent.runs import sweeps

sweep = sweeps.as_logged(sweeps.article_sweep(hidden=4))

# %% [markdown]
# Summed over all the weights of both layers, next to the largest final weight: tiny alphas
# barely turn and stay small, alpha 10 turns most, and the largest weight grows with alpha, far
# the most at alpha 1000.

# %%
# alt: Two bar charts over the seven alphas: left, how often the weights' updates changed direction in all; right, the largest final weight, on a log scale, growing with alpha.
from descent.figures import style

changes = [int(run.synapse_0_direction_changes.sum() + run.synapse_1_direction_changes.sum())
           for run in sweep.runs]
largest = [float(max(np.abs(run.synapse_0).max(), np.abs(run.synapse_1).max()))
           for run in sweep.runs]
with style.notebook():
    fig, (left, right) = style.figure(3.4, ncols=2)
    fig.subplots_adjust(left=0.08, right=0.98, bottom=0.17, top=0.88, wspace=0.3)
    names = [f"{run.alpha:g}" for run in sweep.runs]
    colours = [style.alpha_colour(run.alpha) for run in sweep.runs]
    left.bar(names, changes, color=colours)
    left.set(title="update-direction changes, all weights", xlabel="alpha")
    right.bar(names, largest, color=colours)
    right.set(title="largest final |weight|", xlabel="alpha", yscale="log")
    plt.show()

# %% [markdown]
# The same numbers as a short table:

# %%
for run, count, size in zip(sweep.runs, changes, largest):
    print(f"alpha {run.alpha:>6g}: {count:3d} changes, |w| {size:8.3g}")

# %% [markdown]
# The full log, in the original post's format: errors, then each layer's final weights and
# their update-direction change counts. It is long; here are its first lines, and
# `print(logs.closer_look_log(sweep))` prints all of it.

# %%
full_log = logs.closer_look_log(sweep).splitlines()
print("\n".join(full_log[:12]))
print(f"... {len(full_log) - 12} more lines")
