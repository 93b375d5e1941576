"""Every registry entry renders, decodes at its size and stays within its budget."""

import pytest
from PIL import Image

from descent.readings import logs
from descent.figure_build import rebuild as build
from descent.runs import sweeps
from descent.figure_build.registry import FIGURES

IMAGES = [slug for slug, figure in FIGURES.items() if figure.path_name.endswith((".png", ".gif"))]
TEXTS = [slug for slug, figure in FIGURES.items() if figure.module_name.endswith("_log")]


def test_the_first_build_renders_every_entry(built):
    out_dir, rendered = built
    assert rendered == list(FIGURES)
    assert not list(out_dir.glob("*.partial"))


@pytest.mark.parametrize("slug", IMAGES)
def test_images_decode_at_the_promised_size(built, slug):
    path = built[0] / FIGURES[slug].path_name
    with Image.open(path) as image:
        image.load()
        if path.suffix == ".gif":
            assert image.format == "GIF"
            assert image.size == (1040, 840)  # 2x pixels for sharp high-density screens
            # 30 views drawn; the encoder merges the identical ones at the ends of the swing
            assert image.n_frames >= 24
            for frame in range(image.n_frames):
                image.seek(frame)
                image.load()
            assert path.stat().st_size <= 1_500_000  # 4x the pixels of the old 520 px GIF
        else:
            assert image.format == "PNG"
            # Desktop 8 in and phone 4.4 in at 160 dpi: 1280 px, and 704 px (twice a 352 px column)
            assert image.width == (704 if FIGURES[slug].look.startswith("-phone") else 1280)
            # The still view of the error plane carries a shaded 3-D mesh: its own, larger budget.
            assert path.stat().st_size <= (300_000 if "error-plane-still" in slug else 250_000)
            assert "Software" not in image.info


@pytest.mark.parametrize("slug", TEXTS)
def test_console_logs_have_a_block_per_alpha(built, slug):
    text = (built[0] / FIGURES[slug].path_name).read_text()
    assert text.count("Training With Alpha:") == 7
    assert "Error" in text


def test_the_sweep_log_is_the_plain_sweeps_log(built):
    # The figures sample the runs every 500 steps; logging more often must not change training.
    assert (built[0] / "sweep-log.txt").read_text() == logs.sweep_log(sweeps.sweep())


def test_hidden_size_log_is_the_32_unit_sweep(built):
    text = (built[0] / "hidden-size-log.txt").read_text()
    assert text == logs.sweep_log(sweeps.as_logged(sweeps.article_sweep(32)))
    assert text != (built[0] / "sweep-log.txt").read_text()


@pytest.mark.parametrize("slug", ["bucket", "ravine", "error-plane", "alpha-slider-15",
                                  "alpha-slider", "learning-rate", "seed-variance",
                                  "basin-histogram", "learning-rate-table"])
def test_two_renders_are_byte_identical(built, tmp_path, slug):
    FIGURES[slug].render(tmp_path / FIGURES[slug].path_name)
    assert (tmp_path / FIGURES[slug].path_name).read_bytes() == \
        (built[0] / FIGURES[slug].path_name).read_bytes()
