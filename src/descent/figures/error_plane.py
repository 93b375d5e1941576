"""The two-weight network's error plane and its own descent path heading for the lowest corner; its animation turns the plane to and fro."""

from __future__ import annotations

import functools

import numpy as np

from . import style, surface

POST_PICTURE = "3d_error_plane.gif"  # the post's picture this one recomputes

FRAMES = 30
POINTS = 81  # fine enough that the shading is smooth and the silhouette has no stair steps
PIXELS = (1040, 840)  # twice the 520 x 420 the page shows: sharp on high-density screens
SUPERSAMPLE = 2  # drawn at twice the pixels and averaged down: no stair steps where quads meet
DPI = 200  # 10 pt text is 28 px: 2.7% of the width, 9.5 CSS px when a phone shows it 352 px wide
COLOURS = 256  # one palette for every frame: no flicker between frames
CENTRE, SWING = -45.0, 25.0  # azimuths -70 to -20: never edge-on to an axis (0, -90), where tick labels pile up
MILLISECONDS = 110


runs = surface.runs  # the plane's figures read its one stored descent


def azimuths(frames: int = FRAMES) -> np.ndarray:
    """The view of each frame: a smooth swing to and fro, slow at both ends like a pendulum."""
    return CENTRE + SWING * np.sin(2 * np.pi * np.arange(frames) / frames)


def _frames(frames: int, points: int) -> tuple[np.ndarray, ...]:
    """The views in the current look, drawn once per process: the GIF and the WebP encode the
    same ones (a serial build renders them one after the other)."""
    return _drawn(frames, points, style.look())


@functools.lru_cache(maxsize=2)  # the light and the dark look of one build
def _drawn(frames: int, points: int, which: style.Look) -> tuple[np.ndarray, ...]:
    plt = style.pyplot()
    from PIL import Image

    fig = plt.figure(figsize=(PIXELS[0] / DPI, PIXELS[1] / DPI), dpi=DPI * SUPERSAMPLE,
                     facecolor=which.card)
    # One fixed place for the axes in every frame: the framing never follows the view.
    ax = fig.add_axes((0.0, 0.02, 0.94, 0.98), projection="3d")
    surface.draw(ax, points)
    images = []
    for azimuth in azimuths(frames):
        ax.view_init(elev=30, azim=float(azimuth))
        fig.canvas.draw()
        drawn = Image.fromarray(np.asarray(fig.canvas.buffer_rgba())[..., :3])
        image = np.asarray(drawn.reduce(SUPERSAMPLE))
        image.setflags(write=False)  # shared by every later encoding in this process
        images.append(image)
    plt.close(fig)
    return tuple(images)


def _gif(path, images: tuple[np.ndarray, ...]) -> None:
    from PIL import Image

    # One palette from a sample of the frames, applied to all of them without dithering (which
    # would crawl from frame to frame and cost bytes).
    sample = Image.fromarray(np.concatenate(images[:: max(1, len(images) // 6)], axis=0))
    palette = sample.quantize(COLOURS, method=Image.Quantize.MEDIANCUT)
    frames = [Image.fromarray(image).quantize(palette=palette, dither=Image.Dither.NONE)
              for image in images]
    frames[0].save(path, format="GIF", save_all=True, append_images=frames[1:],
                   duration=MILLISECONDS, loop=0, optimize=False)


def _webp(path, images: tuple[np.ndarray, ...]) -> None:
    from PIL import Image

    frames = [Image.fromarray(image) for image in images]
    frames[0].save(path, format="WEBP", save_all=True, append_images=frames[1:],
                   duration=MILLISECONDS, loop=0, lossless=False, quality=80, method=4)


def render(path, frames: int = FRAMES, points: int = POINTS, format: str = "gif") -> None:
    """Write the animation as a GIF (the published file) or an animated WebP (a fraction of it)."""
    images = _frames(frames, points)
    (_webp if format == "webp" else _gif)(path, images)
