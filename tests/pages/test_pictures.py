"""pictures: each figure in the reader's look, written at the Markdown stage, on small folders of
figures written here."""

from __future__ import annotations

import io

import markdown
import pytest
from PIL import Image

from descent.pages import pictures as looks


def pictures(page: str, folder, known: set[str]) -> str:
    """The page as Markdown renders it, its figures in the reader's looks (as on the site:
    md_in_html and attr_list)."""
    extension = looks.Pictures(folder, lambda: known)
    return markdown.markdown(page, extensions=["md_in_html", "attr_list", extension])


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
    png(tmp_path / "light-only.png", 10, 10)
    return tmp_path


def test_the_first_figure_is_fetched_first_and_the_others_lazily(folder):
    done = pictures("![a](figures/bucket.png)\n\nText\n\n![b](figures/ravine.png)\n", folder,
                    {"bucket", "ravine"})
    images = done.split("<img ")[1:]
    assert len(images) == 4  # light and dark of each
    assert 'src="figures/bucket.png" width="640" height="480" fetchpriority="high"' in images[0]
    assert all('loading="lazy"' in image and "fetchpriority" not in image for image in images[1:])
    assert ('<p><a class="figure-look figure-look--light" href="figures/bucket.png" title="Open the '
            'figure full size"><picture><source media="(max-width: 599px)" '
            'srcset="figures/bucket-phone.png" width="352" height="300"><img alt="a" ') in done
    assert "<p>Text</p>" in done


def test_a_figure_in_an_html_block_is_served_too_and_keeps_its_place(folder):
    page = ('<figure markdown="span" id="figure-bucket">\n![a](../figures/bucket.png)\n'
            "<figcaption>The caption</figcaption>\n</figure>\n")
    done = pictures(page, folder, {"bucket"})
    assert done.startswith('<figure id="figure-bucket">\n<a class="figure-look figure-look--light" '
                           'href="../figures/bucket.png"')
    assert done.endswith('</picture></a>\n\n<figcaption>The caption</figcaption>\n</figure>')


def test_an_animation_is_served_as_its_still_and_names_its_file_for_the_play_button(folder):
    done = pictures("![turning](../figures/plane.gif)", folder, {"plane"})
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


def test_a_figure_keeps_the_attributes_it_does_not_write_as_markdown_writes_them(folder):
    done = pictures('![a & "b" <c>](figures/bucket.png){ .wide data-zoom="2" }', folder, {"bucket"})
    images = done.split("<img ")[1:]
    assert len(images) == 2
    for image, look in zip(images, ("", "-dark")):
        assert image.startswith(f'alt="a &amp; &quot;b&quot; &lt;c&gt;" src="figures/bucket{look}.png" '
                                'width="640" height="480"')
        assert image.split(">")[0].endswith(' class="wide" data-zoom="2"')


def test_the_picture_writes_its_own_sizes_and_loading(folder):
    done = pictures('![a](figures/ravine.png){ width="1" height="2" loading="eager" title="t" }',
                    folder, {"ravine"})
    light, dark = done.split("<img ")[1:]
    assert light.startswith('alt="a" src="figures/ravine.png" width="800" height="300" '
                            'fetchpriority="high" title="t">')
    assert dark.startswith('alt="a" src="figures/ravine-dark.png" width="800" height="300" '
                           'loading="lazy" title="t">')


def test_what_is_not_a_known_figure_is_left_as_markdown_writes_it(folder):
    page = ("![x](figures/unknown.png)\n\n![y](https://example.org/figures/bucket.png)\n\n"
            "![z](figures/light-only.png)\n\n    ![code](figures/bucket.png)\n")
    assert pictures(page, folder, {"bucket", "light-only"}) == markdown.markdown(page)
