"""The registry: article order, captions from docstrings, and honest dependency lists."""

from pathlib import Path

from descent.figure_build.registry import FIGURES

# The article's pictures, then ours beside them (Part 4's relabelled curve, the error plane's
# still view and its WebP animation), in page order.
ARTICLE_ORDER = ["bucket", "bucket-slopes", "divergence", "local-minimum", "basins",
                 "small-alpha-stuck", "small-alpha-slow", "ravine", "local-minimum-weights",
                 "error-plane", "error-plane-still", "error-plane-anim", "alpha-sweep",
                 "direction-changes", "hidden-size"]
LOGS = ["sweep-log", "closer-look-log", "hidden-size-log"]
# Drawing helpers, not figures.
HELPERS = {"figures.style", "figures.panels", "figures.tables", "figures.surface", "figures.labels",
           "figures.grid"}
SLIDER_FRAMES = [f"alpha-slider-{n:02d}" for n in range(1, 16)]


LIGHT = {slug: figure for slug, figure in FIGURES.items() if not figure.look}


def test_article_images_then_the_logs_then_the_explore_page():
    slugs = list(LIGHT)
    images = [slug for slug, figure in LIGHT.items()
              if figure.path_name.endswith((".png", ".gif", ".webp")) and figure.module_name != "figures.alpha_slider_frame"]
    logs = [slug for slug, figure in LIGHT.items() if figure.module_name.endswith("_log")]
    frames = [slug for slug, figure in LIGHT.items() if figure.module_name == "figures.alpha_slider_frame"]
    assert images[:len(ARTICLE_ORDER)] == ARTICLE_ORDER
    assert logs == LOGS
    assert slugs[:len(ARTICLE_ORDER) + len(LOGS)] == ARTICLE_ORDER + LOGS
    assert frames == SLIDER_FRAMES
    assert slugs.index("alpha-slider") > slugs.index(SLIDER_FRAMES[-1])  # the page data last
    assert {figure.path_name.rsplit(".", 1)[1] for figure in FIGURES.values()} == {
        "png", "gif", "webp", "txt", "html"}


def test_every_image_comes_in_each_look_from_the_same_module_and_parameters():
    for slug, figure in LIGHT.items():
        if figure.path_name.endswith((".txt", ".html")):
            assert not any(other.base == slug and other.look for other in FIGURES.values())
            continue
        extension = figure.path_name.rsplit(".", 1)[1]
        looks = [other for other in FIGURES.values() if other.base == slug]
        assert {other.look for other in looks} <= {"", "-dark", "-phone", "-phone-dark"}
        assert {"", "-dark"} <= {other.look for other in looks}
        for other in looks:
            assert other.path_name == f"{slug}{other.look}.{extension}"
            assert (other.module_name, other.params) == (figure.module_name, figure.params)


def test_slider_frames_are_one_module_with_one_parameter_each():
    for number, slug in enumerate(SLIDER_FRAMES):
        figure = FIGURES[slug]
        assert figure.module.__name__.endswith("figures.alpha_slider_frame")
        assert figure.params == {"frame": number}
        assert figure.path_name == f"{slug}.png"
    # The page data and the frames read one list of alphas: new alphas mean a new slider.
    assert "runs.descents" in FIGURES["alpha-slider"].depends
    assert "runs.descents" in FIGURES["alpha-slider-01"].depends


def test_each_entry_is_named_after_its_module_and_captioned_by_its_docstring():
    for slug, figure in FIGURES.items():
        # The slider's frames and the WebP copy of the error plane share their modules.
        if figure.module_name != "figures.alpha_slider_frame" and figure.base != "error-plane-anim":
            assert figure.module.__name__.rsplit(".", 1)[-1] == figure.base.replace("-", "_")
        assert figure.path_name.startswith(slug + ".")
        assert figure.caption == figure.module.__doc__.strip().splitlines()[0]
        assert figure.caption and len(figure.caption) < 140
    assert FIGURES["error-plane"].path_name == "error-plane.gif"
    assert FIGURES["sweep-log"].path_name == "sweep-log.txt"


def test_each_entry_depends_on_its_own_module_and_what_it_imports():
    # bucket-slopes redraws the bucket's iterates: both read them from one run
    assert "runs.descents" in FIGURES["bucket-slopes"].depends
    assert "landscapes" in FIGURES["bucket"].depends
    assert {"engine", "network", "runs.sweeps"} <= set(FIGURES["alpha-sweep"].depends)
    assert "landscapes" not in FIGURES["alpha-sweep"].depends
    for slug, figure in FIGURES.items():
        assert figure.module.__name__.split(".", 1)[1] in figure.depends


def test_every_figure_module_draws_with_render_or_writes_text_and_stays_small():
    for figure in FIGURES.values():
        draws = [name for name in ("render", "text") if callable(getattr(figure.module, name, None))]
        assert len(draws) == 1, (figure.slug, draws)
        assert (draws == ["text"]) == figure.path_name.endswith((".txt", ".html")), figure.slug
        assert len(Path(figure.module.__file__).read_text().splitlines()) <= 200


def test_figure_modules_import_runs_never_each_other():
    for figure in FIGURES.values():
        others = [name for name in figure.depends if name.startswith("figures.")
                  and name != figure.module_name and name not in HELPERS]
        assert others == [], (figure.slug, others)


def test_runs_are_declared_by_the_figures_that_read_them():
    declared = {call.run.name for figure in FIGURES.values() for call in figure.runs()}
    assert {"runs.sweeps.article_sweep", "runs.studies.learning_rate",
            "runs.studies.seed_variance", "runs.basins.drop"} <= declared
    assert FIGURES["bucket"].runs() == []
