"""pictures: each figure in the reader's look, on small folders of figures written here."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from descent.pages.pictures import pictures


def png(path, width: int, height: int) -> None:
    Image.new("RGB", (width, height), "white").save(path, format="PNG")


@pytest.fixture
def folder(tmp_path):
    for look in ("", "-dark"):
        png(tmp_path / f"bucket{look}.png", 640, 480)
        png(tmp_path / f"ravine{look}.png", 800, 300)
        png(tmp_path / f"plane-still{look}.png", 640, 416)
        Image.new("RGB", (520, 420)).save(tmp_path / f"plane-anim{look}.webp", format="WEBP")
        out = io.BytesIO()
        Image.new("P", (520, 420)).save(out, format="GIF")
        (tmp_path / f"plane{look}.gif").write_bytes(out.getvalue())
    for look in ("-phone", "-phone-dark"):
        png(tmp_path / f"bucket{look}.png", 352, 300)
        png(tmp_path / f"plane-still{look}.png", 352, 368)
    return tmp_path


def test_the_first_figure_is_fetched_first_and_the_others_lazily(folder):
    done = pictures('<p><img alt="a" src="figures/bucket.png"></p>'
                    '<p><img alt="b" src="figures/ravine.png"></p>', folder, {"bucket", "ravine"})
    images = done.split("<img ")[1:]
    assert len(images) == 4  # light and dark of each
    assert 'src="figures/bucket.png" width="640" height="480" fetchpriority="high"' in images[0]
    assert all('loading="lazy"' in image and "fetchpriority" not in image for image in images[1:])
    assert '<source media="(max-width: 599px)" srcset="figures/bucket-phone.png"' in done


def test_an_animation_is_served_as_its_still_and_names_its_file_for_the_play_button(folder):
    done = pictures('<img alt="turning" src="../figures/plane.gif">', folder, {"plane"})
    light, dark = done.split('<a class="figure-look')[1:]
    assert ('<picture data-animation="../figures/plane-anim.webp" data-animation-width="520" '
            'data-animation-height="420">') in light
    assert '<source media="(max-width: 599px)" srcset="../figures/plane-still-phone.png"' in light
    assert 'src="../figures/plane-still.png" width="640" height="416"' in light
    assert 'href="../figures/plane.gif"' in light  # without JavaScript: the animation full size
    assert 'data-animation="../figures/plane-anim-dark.webp"' in dark
    assert 'src="../figures/plane-still-dark.png"' in dark and 'loading="lazy"' in dark
    assert ".gif" not in done.split("href=")[1].split("<img")[1]  # no image fetches the GIF
    assert "prefers-reduced-motion" not in done  # nothing moves unless asked
