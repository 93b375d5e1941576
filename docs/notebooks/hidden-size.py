# %% [markdown]
# # Hidden layer size
#
# The second improvement of Part 5 of Andrew Trask's
# [*A Neural Network in 13 lines of Python (Part 2 – Gradient Descent)*](https://iamtrask.github.io/2015/07/27/python-network-part2/):
# the same alpha sweep with 32 hidden units instead of 4. More hidden units mean more random
# starting points searching the error surface at once.

# %%
import matplotlib.pyplot as plt

from descent import logs
from descent.runs import sweeps

small = sweeps.as_logged(sweeps.article_sweep(hidden=4))
large = sweeps.as_logged(sweeps.article_sweep(hidden=32))

# %% [markdown]
# The 32-unit log, in the original post's format:

# %%
print(logs.sweep_log(large))

# %% [markdown]
# The final error of each alpha, for both sizes:

# %%
def final_errors(sweep):
    return [run.errors[max(run.errors)] for run in sweep.runs]


for run, four, thirty_two in zip(small.runs, final_errors(small), final_errors(large)):
    print(f"alpha {run.alpha:>7g}:  4 hidden {logs.py2_str(four):>16}   32 hidden {logs.py2_str(thirty_two):>16}")
print(f"best:  4 hidden {min(final_errors(small)):.2g},  32 hidden {min(final_errors(large)):.2g}")

# %%
labels = [f"{run.alpha:g}" for run in small.runs]
positions = range(len(labels))
fig, ax = plt.subplots(figsize=(8, 4))
ax.bar([p - 0.2 for p in positions], final_errors(small), width=0.4, label="4 hidden")
ax.bar([p + 0.2 for p in positions], final_errors(large), width=0.4, label="32 hidden")
ax.set(xticks=list(positions), xticklabels=labels, xlabel="alpha", yscale="log",
       ylabel="mean |error| after 50 000 iterations")
ax.legend()
plt.show()
