# %% [markdown]
# # The error plane
#
# Part 4 of Andrew Trask's
# [*A Neural Network in 13 lines of Python (Part 2 – Gradient Descent)*](https://iamtrask.github.io/2015/07/27/python-network-part2/)
# draws the error of a network with only two weights over every pair of weight values.
# Here is the same computation. The data set has four examples of two inputs, (0, 1) twice and
# (1, 0) twice, with targets 0, 0, 1, 1: the output should copy the first input. The error is the
# sum of squared errors over the four examples (0 to 4), on a grid from -10 to 10 in both
# weights, with the network's own descent path from its seed-1 start: 10 000 steps with alpha 1.

# %%
import matplotlib.pyplot as plt
import numpy as np

from descent import two_weight

first, second, error = two_weight.error_grid(-10, 10, 101)
run = two_weight.train(iterations=10_000, alpha=1.0, seed=1)
path = run.trajectory

# %%
print(f"start weights  {path[0].round(4)}, error {two_weight.sum_squared_error(path[0]):.4f}")
print(f"final weights  {path[-1].round(4)}, error {two_weight.sum_squared_error(path[-1]):.6f}")
print("outputs after training:", run.outputs.ravel().round(4))
low = np.unravel_index(error.argmin(), error.shape)
print(f"lowest error on the grid: {error[low]:.2e} at weights ({first[low]:g}, {second[low]:g})")

# %% [markdown]
# The path stops well short of the grid's lowest point, printed above. It is not stuck: the
# surface keeps falling, ever more gently, towards the corner where the first weight is large and
# the second negative, and the run simply ends after its fixed 10 000 steps.
#
# A contour map of the surface with the descent path: it heads towards a large first weight
# and a negative second weight.

# %%
# alt: Contour map of the sum of squared errors over both weights from -10 to 10, with the descent path from the seed-1 start heading to a large first weight and a negative second weight.
from descent.figures import style

with style.notebook():
    fig, ax = style.figure(5.0)
    fig.set_dpi(100)  # embedded in the page: 100 dpi keeps it light
    fig.subplots_adjust(left=0.1, right=0.95, bottom=0.12, top=0.95)
    levels = ax.contourf(first, second, error, levels=30, cmap="autumn")
    fig.colorbar(levels, label="sum of squared errors")
    ax.plot(path[:, 0], path[:, 1], color="black", lw=2)
    ax.plot(*path[0], "o", color="black", label="seed-1 start")
    ax.plot(*path[-1], "*", color="black", markersize=12, label="after 10 000 steps")
    ax.set(xlabel="first weight", ylabel="second weight", aspect="equal")
    ax.legend(loc="upper left")
    plt.show()

# %% [markdown]
# The same surface in 3-D, seen from one angle (the site's figure rotates it). The path is
# drawn after the surface and lifted a little above it, so that the surface cannot hide it.

# %%
# alt: The same error surface in 3-D from one angle, with the descent path drawn on it from the seed-1 start down onto the low plateau, heading towards its lowest corner without reaching it.
with style.notebook():
    fig = plt.figure(figsize=(8, 6), dpi=100)  # embedded in the page: 100 dpi keeps it light
    style.card(fig)
    ax = fig.add_subplot(projection="3d", computed_zorder=False)
    ax.plot_surface(first, second, error, cmap="autumn", linewidth=0, antialiased=True,
                    zorder=1)
    ax.plot(path[:, 0], path[:, 1], two_weight.sum_squared_error(path) + 0.08, color="black",
            lw=2.5, zorder=3)
    ax.plot(*path[-1], two_weight.sum_squared_error(path[-1]) + 0.08, "*", color="black",
            markersize=12, zorder=4)
    # Three ticks per axis: the default crowd collides at this size.
    ax.set(xticks=[-10, 0, 10], yticks=[-10, 0, 10], zticks=[0, 2, 4])
    ax.set(xlabel="first weight", ylabel="second weight", zlabel="error")
    ax.view_init(elev=35, azim=-60)
    plt.show()
