"""pictures: each figure in the reader's look, on small folders of figures written here."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from descent.pages import pictures as looks
from descent.pages.html_rewrite import rewrite, tokens


def pictures(page: str, folder, known: set[str]) -> str:
    """The page with its figures in the reader's looks; a second pass changes nothing."""
    done = rewrite(page, lambda tokens: looks.pictures(tokens, folder, known))
    assert rewrite(done, lambda tokens: looks.pictures(tokens, folder, known)) == done
    return done


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


def test_a_figure_is_found_however_its_tag_is_written_and_keeps_attributes_it_does_not_know(folder):
    tags = ["<IMG SRC='figures/bucket.png' ALT='a &amp; b' DATA-ZOOM=2 class=wide>",
            '<img class="wide" data-zoom="2" alt="a &amp; b" src=figures/bucket.png />',
            '<img\n data-zoom=2 src="figures/bucket.png"\n class="wide" alt=\'a &amp; b\'>']
    for tag in tags:
        done = pictures(f"<p>{tag}</p>", folder, {"bucket"})
        assert done.startswith('<p><a class="figure-look figure-look--light"') and done.endswith("</a></p>")
        images = done.split("<img ")[1:]
        assert len(images) == 2
        for image in images:
            (tag,) = tokens("<img " + image.split(">")[0] + ">")
            attributes = {attribute.name: attribute.value for attribute in tag.attributes}
            assert attributes["alt"] == "a & b"
            assert attributes["data-zoom"] == "2" and attributes["class"] == "wide"
            assert attributes["src"] in ("figures/bucket.png", "figures/bucket-dark.png")
            assert attributes["width"] == "640" and attributes["height"] == "480"


def test_what_is_not_a_known_figure_is_left_byte_for_byte(folder):
    page = ("<p>Text &amp; <b>bold</b></p>\n<img src='figures/unknown.png' alt=x>"
            '<img src="https://example.org/figures/bucket.png">'
            '<script>s = "<img src=figures/bucket.png>";</script>'
            "<!-- <img src=figures/bucket.png> --><IMG SRC=figures/ravine.png ALT=r>")
    done = pictures(page, folder, {"bucket", "ravine"})
    assert done.startswith(page[:page.index("<IMG SRC=figures/ravine.png")])
    assert done.count("<picture") == 2 and "ravine-dark.png" in done


def test_the_picture_keeps_the_alt_as_written_and_writes_its_own_sizes(folder):
    done = pictures("<img width=1 height=2 loading=eager fetchpriority=low alt='a' "
                    "src=figures/ravine.png title=t>", folder, {"ravine"})
    light, dark = done.split("<img ")[1:]
    assert light.startswith("alt='a' src=\"figures/ravine.png\" width=\"800\" height=\"300\" "
                            'fetchpriority="high" title=t>')
    assert dark.startswith("alt='a' src=\"figures/ravine-dark.png\" width=\"800\" height=\"300\" "
                           'loading="lazy" title=t>')
