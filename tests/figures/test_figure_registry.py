"""The registry: article order, captions from docstrings, and honest dependency lists."""

from pathlib import Path

from descent.figures.registry import FIGURES

ARTICLE_ORDER = ["bucket", "bucket-slopes", "divergence", "local-minimum", "basins",
                 "small-alpha-stuck", "small-alpha-slow", "ravine", "error-plane", "alpha-sweep",
                 "direction-changes", "hidden-size"]
LOGS = ["sweep-log", "closer-look-log", "hidden-size-log"]
SLIDER_FRAMES = [f"alpha-slider-{n:02d}" for n in range(1, 16)]


def test_article_images_then_the_logs_then_the_explore_page():
    slugs = list(FIGURES)
    images = [slug for slug, figure in FIGURES.items() if figure.kind == "image"]
    logs = [slug for slug, figure in FIGURES.items() if figure.kind == "log"]
    frames = [slug for slug, figure in FIGURES.items() if figure.kind == "frame"]
    assert images[:len(ARTICLE_ORDER)] == ARTICLE_ORDER
    assert logs == LOGS
    assert slugs[:len(ARTICLE_ORDER) + len(LOGS)] == ARTICLE_ORDER + LOGS
    assert frames == SLIDER_FRAMES
    assert slugs.index("alpha-slider") > slugs.index(SLIDER_FRAMES[-1])  # the page data last
    assert {figure.kind for figure in FIGURES.values()} <= {"image", "log", "frame", "html",
                                                            "table"}


def test_slider_frames_are_one_module_with_one_parameter_each():
    for number, slug in enumerate(SLIDER_FRAMES):
        figure = FIGURES[slug]
        assert figure.module.__name__.endswith("figures.alpha_slider_frame")
        assert figure.params == {"frame": number}
        assert figure.path_name == f"{slug}.png"
    # The page data depends on the frames' module: new alphas mean a new slider.
    assert "figures.alpha_slider_frame" in FIGURES["alpha-slider"].depends


def test_each_entry_is_named_after_its_module_and_captioned_by_its_docstring():
    for slug, figure in FIGURES.items():
        if figure.kind != "frame":
            assert figure.module.__name__.rsplit(".", 1)[-1] == slug.replace("-", "_")
        assert figure.path_name.startswith(slug + ".")
        assert figure.caption == figure.module.__doc__.strip().splitlines()[0]
        assert figure.caption and len(figure.caption) < 140
    assert FIGURES["error-plane"].path_name == "error-plane.gif"
    assert FIGURES["sweep-log"].path_name == "sweep-log.txt"


def test_each_entry_depends_on_its_own_module_and_what_it_imports():
    assert "figures.bucket" in FIGURES["bucket-slopes"].depends  # it redraws the bucket's iterates
    assert "landscapes" in FIGURES["bucket"].depends
    assert {"batched", "network", "experiments"} <= set(FIGURES["alpha-sweep"].depends)
    assert "landscapes" not in FIGURES["alpha-sweep"].depends
    for slug, figure in FIGURES.items():
        assert figure.module.__name__.split(".", 1)[1] in figure.depends


def test_every_figure_module_has_one_public_render_and_stays_small():
    for figure in FIGURES.values():
        assert callable(figure.module.render)
        assert len(Path(figure.module.__file__).read_text().splitlines()) <= 200
