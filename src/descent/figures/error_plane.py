"""The two-weight network's error plane, turning: its own descent path runs down to the lowest corner."""

from __future__ import annotations

import numpy as np

from .. import two_weight
from . import style

FRAMES = 36
POINTS = 41  # a coarse grid draws fast and keeps the GIF small; the surface is smooth anyway
LOW, HIGH = -10.0, 10.0
COLOURS = 64  # one palette for every frame: no flicker, and small LZW codes
PIXELS = (520, 420)


def plane(points: int = POINTS):
    """Both weights on a grid over [-10, 10]^2 and the sum of squared errors there (0 to 4)."""
    return two_weight.error_grid(LOW, HIGH, points)


def lowest_point(points: int = POINTS) -> tuple[float, float]:
    """The (first weight, second weight) of the grid point with the smallest error."""
    first, second, error = plane(points)
    at = np.unravel_index(np.argmin(error), error.shape)
    return float(first[at]), float(second[at])


def descent_path() -> tuple[np.ndarray, np.ndarray]:
    """The trained network's weights after every step from its seed-1 start, and their error."""
    trajectory = two_weight.train().trajectory
    return trajectory, two_weight.sum_squared_error(trajectory)


def _frames(frames: int, points: int) -> list[np.ndarray]:
    plt = style.pyplot()
    fig = plt.figure(figsize=(PIXELS[0] / 100, PIXELS[1] / 100), dpi=100, facecolor=style.look().card)
    ax = fig.add_axes((-0.04, -0.02, 1.08, 1.04), projection="3d", facecolor=style.look().card)
    ax.computed_zorder = False  # the path must stay in front of the surface it lies on
    first, second, error = plane(points)
    ax.plot_surface(first, second, error, cmap="YlOrRd_r", vmin=0, vmax=4, rstride=1, cstride=1,
                    linewidth=0, antialiased=False, zorder=1)
    # No panes or grid lines behind the surface: every line redrawn per frame costs GIF bytes.
    for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
        axis.set_pane_color((1, 1, 1, 0))
    ax.grid(False)
    trajectory, path_error = descent_path()
    # Steps are dense at first and slow later: sample them on a log scale.
    steps = np.unique(np.geomspace(1, len(trajectory), 120).astype(int) - 1)
    ax.plot(*trajectory[steps].T, path_error[steps] + 0.05, color=style.look().tangent, linewidth=2.2,
            zorder=3)
    ax.plot(*trajectory[0], path_error[0] + 0.05, "o", color=style.look().tangent, markersize=7,
            markeredgecolor=style.look().card, zorder=4)
    ax.plot(*trajectory[-1], path_error[-1] + 0.05, "o", color=style.look().ball, markersize=7,
            markeredgecolor=style.look().card, zorder=4)
    ax.set_xlabel("first weight", labelpad=-6)
    ax.set_ylabel("second weight", labelpad=-6)
    ax.set_zlabel("sum of squared errors", labelpad=-8)
    ax.tick_params(pad=-3, labelsize=8)
    ax.set_zlim(0, 4)
    images = []
    for frame in range(frames):
        ax.view_init(elev=32, azim=-60 + 360 * frame / frames)
        fig.canvas.draw()
        images.append(np.asarray(fig.canvas.buffer_rgba())[..., :3].copy())
    plt.close(fig)
    return images


def render(path, frames: int = FRAMES, points: int = POINTS) -> None:
    import imageio.v3 as iio
    from PIL import Image

    images = _frames(frames, points)
    # One palette from a sample of the frames, applied to all of them without dithering.
    sample = Image.fromarray(np.concatenate(images[:: max(1, frames // 6)], axis=0))
    palette = sample.quantize(COLOURS, method=Image.Quantize.MEDIANCUT)
    quantized = [np.asarray(Image.fromarray(image).quantize(palette=palette, dither=Image.Dither.NONE)
                            .convert("RGB")) for image in images]
    iio.imwrite(path, np.stack(quantized), extension=".gif", plugin="pillow",
                duration=110, loop=0)
