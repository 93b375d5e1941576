# %% [markdown]
# # Hidden layer size
#
# The second improvement of Part 5 of Andrew Trask's
# [*A Neural Network in 13 lines of Python (Part 2 – Gradient Descent)*](https://iamtrask.github.io/2015/07/27/python-network-part2/):
# the same alpha sweep with 32 hidden units instead of 4. The post reads more hidden units as
# more random starting points searching the error surface at once. At alpha 10, the best of the
# seven for both sizes, 32 units do end lower; but with alpha tuned for each size, 4 units win
# from seed 1
# ([Part 5](../../part-5-improving-our-network/#improvement-2-the-size-of-the-hidden-layer)).

# %%
import matplotlib.pyplot as plt

from descent.readings import logs
from descent.runs import sweeps

small = sweeps.as_logged(sweeps.article_sweep(hidden=4))
large = sweeps.as_logged(sweeps.article_sweep(hidden=32))

# %% [markdown]
# The 32-unit log, in the original post's format. Its first error differs from the 4-unit log's
# (in the alpha-sweep notebook): seed 1 draws different starting weights for 32 hidden units.
# Five of its numbers, alpha 10's errors after 10 000 to 50 000 steps, differ from the post's in
# the late digits
# ([Checked against the post](../../checked-against-the-post/#the-last-five-numbers)).

# %%
print(logs.sweep_log(large))

# %% [markdown]
# The last error the log prints (after 50 000 steps) of each alpha, for both sizes:

# %%
def final_errors(sweep):
    return [run.errors[max(run.errors)] for run in sweep.runs]


print(f"{'':13} {'4 hidden':>9} {'32 hidden':>9}")
for run, four, thirty_two in zip(small.runs, final_errors(small), final_errors(large)):
    print(f"alpha {run.alpha:>6g}: {four:9.3g} {thirty_two:9.3g}")
print(f"best:   4 hidden {min(final_errors(small)):.2g}")
print(f"best:  32 hidden {min(final_errors(large)):.2g}")

# %% [markdown]
# The site's figure compares the error at the very end of training, after 60 000 steps:

# %%
# alt: For each alpha, the final error after 60 000 steps with 4 and with 32 hidden units, two dots joined by a line, on a log scale.
import io

from IPython.display import Image

from descent.figures import hidden_size, style

picture = io.BytesIO()  # drawn in memory: executing the notebook writes no file
with style.notebook():
    hidden_size.render(picture)
Image(picture.getvalue())
