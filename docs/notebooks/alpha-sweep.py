# %% [markdown]
# # Alpha sweep
#
# The experiment of Part 5 of Andrew Trask's
# [*A Neural Network in 13 lines of Python (Part 2 – Gradient Descent)*](https://iamtrask.github.io/2015/07/27/python-network-part2/),
# run with the `descent` package: the three-layer network trained for 60 000 steps with each of
# seven alphas, every run starting from the same seed-1 weights.
#
# Run it yourself: download this notebook as `.ipynb` from its page on the site, then open it in
# Jupyter or upload it to Colab; the next cell installs the `descent` package from the site when
# it is missing. The `.py` source from the same page runs as it is: `python alpha-sweep.py`.

# %%
import matplotlib.pyplot as plt

from descent import logs
from descent.runs import sweeps

# %% [markdown]
# All seven alphas train together in one batched computation, which gives the same numbers
# bit for bit as training them one after another. `sweeps.article_sweep` stores the result on
# disk, so this notebook reads the very runs the site's figures draw. The log keeps the lines
# the original post printed, every 10 000 steps, in its format.

# %%
sweep = sweeps.as_logged(sweeps.article_sweep(hidden=4))
print(logs.sweep_log(sweep))

# %% [markdown]
# The same runs keep the error every 500 steps, to draw curves.

# %%
detailed = sweeps.article_sweep(hidden=4)
fig, ax = plt.subplots(figsize=(8, 4.5))
for run in detailed.runs:
    steps = [j + 1 for j in run.errors]  # +1 so that step 0 fits on a log axis
    ax.plot(steps, list(run.errors.values()), label=f"alpha {run.alpha:g}")
ax.set(xscale="log", yscale="log", xlabel="iteration + 1", ylabel="mean |error|")
ax.legend(fontsize="small")
plt.show()

# %% [markdown]
# The best alpha is the one with the lowest error at the end:

# %%
best = min(sweep.runs, key=lambda run: run.errors[max(run.errors)])
print(f"best alpha: {best.alpha:g}, error after {max(best.errors)} iterations: "
      f"{logs.py2_str(best.errors[max(best.errors)])}")
