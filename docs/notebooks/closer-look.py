# %% [markdown]
# # A closer look
#
# Part 5 of Andrew Trask's
# [*A Neural Network in 13 lines of Python (Part 2 – Gradient Descent)*](https://iamtrask.github.io/2015/07/27/python-network-part2/)
# looks inside the alpha sweep: how large the final weights are, and how often each weight's
# update changed direction, i.e. how often it stepped over the bottom of a valley and turned back.

# %%
import matplotlib.pyplot as plt
import numpy as np

from descent import logs
from descent.runs import sweeps

sweep = sweeps.as_logged(sweeps.article_sweep(hidden=4))

# %% [markdown]
# The log, in the original post's format: errors, then each layer's final weights and
# their update-direction change counts.

# %%
print(logs.closer_look_log(sweep))

# %% [markdown]
# Summed over all 16 weights, next to the largest final weight:

# %%
changes = [int(run.synapse_0_direction_changes.sum() + run.synapse_1_direction_changes.sum())
           for run in sweep.runs]
largest = [float(max(np.abs(run.synapse_0).max(), np.abs(run.synapse_1).max()))
           for run in sweep.runs]
for run, count, size in zip(sweep.runs, changes, largest):
    print(f"alpha {run.alpha:>7g}: {count:4d} direction changes, largest |weight| {size:10.3f}")

fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5))
labels = [f"{run.alpha:g}" for run in sweep.runs]
left.bar(labels, changes)
left.set(title="update-direction changes (all weights)", xlabel="alpha")
right.bar(labels, largest)
right.set(title="largest final |weight|", xlabel="alpha", yscale="log")
fig.tight_layout()
plt.show()
