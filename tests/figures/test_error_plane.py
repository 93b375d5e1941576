"""The error plane's animation: the two-weight network's surface and descent path turned to and
fro like a pendulum, encoded as a GIF (the published file) or an animated WebP; tested on a few
coarse frames and on small pictures, never on the whole animation."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from descent.figures import error_plane, style

# Three views, -45, -23 and -67 degrees (with two, both would face -45: sin 0 and sin 180), on a
# coarse grid: a fraction of the published cost.
FRAMES, POINTS = 3, 11


def test_the_swing_starts_at_the_centre_and_reaches_both_ends_a_quarter_apart():
    # sin at 0, a quarter, half and three quarters of a turn: 0, 1, 0, -1.
    assert error_plane.azimuths(4) == pytest.approx([-45, -20, -45, -70])


def test_the_swing_stays_between_minus_70_and_minus_20_degrees():
    views = error_plane.azimuths()
    assert len(views) == error_plane.FRAMES
    assert views.min() >= -70 and views.max() <= -20
    # A quarter of 30 frames is frame 7.5: the nearest frames turn 84 degrees of the sine's 90.
    assert views.max() == pytest.approx(-45 + 25 * np.sin(np.radians(84)))
    assert views.min() == pytest.approx(-45 - 25 * np.sin(np.radians(84)))


def test_the_swing_is_a_pendulum_that_loops_without_a_jump():
    views = error_plane.azimuths()
    # Mirror frames sit as far either side of the centre.
    assert views[1:] + views[:0:-1] == pytest.approx(np.full(len(views) - 1, -90))
    # From the last frame back to the first is a step like any other at the centre.
    assert views[0] - views[-1] == pytest.approx(views[1] - views[0])
    steps = np.abs(np.diff(views))
    assert steps[0] > steps[len(views) // 4 - 1]  # fast through the centre, slow at the ends


def _pictures() -> tuple[np.ndarray, ...]:
    colours = [(200, 30, 30), (30, 200, 30), (30, 30, 200)]
    return tuple(np.full((6, 8, 3), colour, dtype=np.uint8) for colour in colours)


def test_the_gif_holds_every_frame_in_order_looping_at_110_ms():
    target = io.BytesIO()
    error_plane._gif(target, _pictures())
    with Image.open(target) as gif:
        assert gif.format == "GIF" and gif.n_frames == 3 and gif.size == (8, 6)
        assert gif.info["loop"] == 0 and gif.info["duration"] == error_plane.MILLISECONDS == 110
        shown = []
        for index in range(gif.n_frames):
            gif.seek(index)
            shown.append(gif.convert("RGB").getpixel((4, 3)))
    assert shown == [(200, 30, 30), (30, 200, 30), (30, 30, 200)]  # few colours: kept exactly


def test_the_webp_holds_every_frame_in_order():
    target = io.BytesIO()
    error_plane._webp(target, _pictures())
    with Image.open(target) as webp:
        assert webp.format == "WEBP" and webp.n_frames == 3 and webp.size == (8, 6)
        reds = []
        for index in range(webp.n_frames):
            webp.seek(index)
            reds.append(webp.convert("RGB").getpixel((4, 3))[0])
    assert reds[0] > 150 > 50 > max(reds[1:])  # lossy, but the first is red and the rest not


@pytest.fixture(scope="module")
def gif():
    target = io.BytesIO()
    with style.drawing(style.LIGHT):
        error_plane.render(target, frames=FRAMES, points=POINTS)
    with Image.open(target) as found:
        assert found.format == "GIF" and found.n_frames == FRAMES
        frames = []
        for index in range(found.n_frames):
            found.seek(index)
            frames.append(np.asarray(found.convert("RGB")))
    yield frames
    error_plane._drawn.cache_clear()  # these coarse views are of no use to a later test


def test_each_frame_is_drawn_at_the_published_size_on_the_card(gif):
    card = tuple(int(style.LIGHT.card[i:i + 2], 16) for i in (1, 3, 5))
    for frame in gif:
        assert frame.shape == (error_plane.PIXELS[1], error_plane.PIXELS[0], 3)  # 840 x 1040
        assert np.abs(frame[2, 2].astype(int) - card).max() <= 4  # a corner: the background


def test_each_frame_shows_the_descent_path_and_its_red_end(gif):
    for frame in gif:
        for colour in (style.LIGHT.tangent, style.LIGHT.ball):
            rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
            near = np.abs(frame.astype(int) - rgb).max(axis=-1) <= 24
            assert near.sum() > 20, colour


def test_the_frames_show_the_plane_from_different_sides(gif):
    for one, other in zip(gif, gif[1:]):
        changed = np.any(one != other, axis=-1).mean()
        assert changed > 0.05  # the surface turned, not a copy


def test_the_frames_are_drawn_once_per_look_and_shared_by_both_encodings(gif, monkeypatch):
    with style.drawing(style.LIGHT):
        images = error_plane._frames(FRAMES, POINTS)
        assert images is error_plane._frames(FRAMES, POINTS)
        assert not any(image.flags.writeable for image in images)  # shared: nobody may alter them
        target = io.BytesIO()
        error_plane.render(target, frames=FRAMES, points=POINTS, format="webp")  # from the cache
    with Image.open(target) as webp:
        assert webp.format == "WEBP" and webp.n_frames == FRAMES
    asked = []
    monkeypatch.setattr(error_plane, "_drawn", lambda *key: asked.append(key) or ())
    with style.drawing(style.DARK):
        error_plane._frames(3, 5)
    assert asked == [(3, 5, style.DARK)]  # the look is part of the key: dark is drawn anew
