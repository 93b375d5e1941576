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

from descent.readings import logs, printed
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
# The same runs keep the error every 500 steps, to draw curves. The site's style draws them:
# each alpha in the colour it has in every figure, its name at the end of its line.

# %%
# alt: Mean error against iteration for the seven alphas, each line named at its end: alpha 10 ends lowest, alpha 100 stalls near 0.125, alphas 0.001 and 1000 stay near 0.5.
from descent.figures import alpha_sweep, labels, style

with style.notebook():
    fig, ax = style.figure(3.8)
    fig.subplots_adjust(left=0.09, right=0.84, bottom=0.14, top=0.95)
    labels.label_ends(ax, alpha_sweep.draw(ax))
    plt.show()

# %% [markdown]
# The best alpha is the one with the lowest error at the last step the log prints, 50 000 (the
# site's figures compare the end of training, 60 000 steps; the best alpha is the same):

# %%
best = min(sweep.runs, key=lambda run: run.errors[max(run.errors)])
print(f"best alpha: {best.alpha:g}")
print(f"error after {max(best.errors)} iterations: {printed.error(best.errors[max(best.errors)])}")
