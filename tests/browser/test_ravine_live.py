"""Part 3's live ravine: its path is the package's descent bit for bit, its factors are the
package's (and an independent numpy.roots for momentum), it follows the keyboard and touch,
passes axe light and dark, does no work until it comes near the view, and without JavaScript
the page keeps the build's figure.

Expected paths come from landscapes.descend (paths.ravine) and from a loop written here over
optimizers.momentum on landscapes.ravine_df, compared as exact bits (float.hex).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from browsing import new_context, open_page
from descent import landscapes, optimizers
from descent.runs import paths, ravine_race
from site_pages import REPO
from test_axe import VIEWS, view_violations

PAGE = "part-3-sometimes-it-breaks/"
PLOT = "#ravine-live svg"
STILL = "#figure-ravine"  # the build's figure
MINUS = "\u2212"


def drawn(page) -> list[list[float]]:
    """Scroll the figure's place into view, wait until it is drawn; the path it drew."""
    page.locator(STILL).scroll_into_view_if_needed()
    page.wait_for_selector(f"{PLOT}[data-path]", state="attached")
    return json.loads(page.get_attribute(PLOT, "data-path"))


def move(page, alpha: float | None = None, beta: float | None = None) -> list[list[float]]:
    """Set the sliders as a drag would (an input event each); the path drawn."""
    page.evaluate("""([alpha, beta]) => {
      for (const [name, value] of [["alpha", alpha], ["beta", beta]]) {
        if (value === null) continue;
        const input = document.querySelector(`#ravine-live [data-ravine="${name}"]`);
        input.value = String(value);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }""", [alpha, beta])
    return json.loads(page.get_attribute(PLOT, "data-path"))


def bits(path) -> list[list[str]]:
    return [[float(v).hex() for v in point] for point in np.asarray(path, dtype=float).tolist()]


def heavy_ball(alpha: float, beta: float) -> np.ndarray:
    """Momentum through the ravine from its start, as optimizers.momentum steps it."""
    point, memory = np.array(landscapes.RAVINE_START, dtype=float), {}
    path = [point]
    for _ in range(landscapes.RAVINE_STEPS):
        point = point - optimizers.momentum(landscapes.ravine_df(point), memory, alpha, beta)
        path.append(point)
    return np.stack(path)


def written(value: float) -> str:
    """As the page's number(value) writes it: three significant digits, a true minus."""
    return f"{float(f'{value:.3g}'):g}".replace("-", MINUS)


@pytest.fixture()
def part_3(context, base_url):
    page, visit = open_page(context, base_url + PAGE)
    yield page, visit
    page.close()


def test_at_the_figures_settings_the_path_is_the_figures_descent_bit_for_bit(part_3):
    page, visit = part_3
    path = drawn(page)
    assert bits(path) == bits(paths.ravine())
    assert page.input_value("#ravine-live-alpha") == f"{paths.RAVINE_ALPHA:g}"
    assert page.input_value("#ravine-live-beta") == "0"
    assert page.locator(f"{PLOT} circle").count() == landscapes.RAVINE_STEPS + 1  # a dot per iterate
    assert page.locator("#ravine-live").is_visible() and not page.locator(STILL).is_visible()
    # The words say what the path does: how often it crosses the floor's line, where it ends.
    expected = paths.ravine()
    crossings = int(np.sum(expected[1:, 1] * expected[:-1, 1] < 0))
    end = float(landscapes.ravine_f(expected[-1]))
    label = page.get_attribute(PLOT, "aria-label")
    assert page.get_attribute(PLOT, "role") == "img"
    assert f"{landscapes.RAVINE_STEPS} steps at alpha {paths.RAVINE_ALPHA:g} with no momentum" in label
    assert f"crosses the valley's floor line {crossings} times" in label and crossings == landscapes.RAVINE_STEPS
    assert f"height {written(end)}" in label, label
    assert not visit.console_errors, visit.console_errors


@pytest.mark.parametrize("alpha, beta", [(0.1, 0.5), (0.25, 0.9), (0.185, 0.5), (0.3, 0.9), (0.4, 0.2)])
def test_with_momentum_the_path_is_optimizers_momentum_bit_for_bit(part_3, alpha, beta):
    page, _ = part_3
    drawn(page)
    path = move(page, alpha, beta)
    assert bits(path) == bits(heavy_ball(alpha, beta)), (alpha, beta)
    assert f"alpha {alpha:g} with momentum {beta:g}" in page.get_attribute(PLOT, "aria-label")


@pytest.mark.parametrize("alpha", [0.005, 0.05, 0.1, 0.205, 0.4])
def test_without_momentum_the_path_is_plain_descent_bit_for_bit(part_3, alpha):
    page, _ = part_3
    drawn(page)
    path = move(page, alpha, 0)
    assert bits(path) == bits(paths.ravine(alpha=alpha)), alpha
    end = paths.ravine(alpha=alpha)[-1]
    outside = bool(np.any(np.abs(end) > ravine_race.BOX))
    assert outside == (alpha > 0.2)  # past 2 / steep the ball flies out, and the words say so
    assert ("and ends outside the picture at" in page.get_attribute(PLOT, "aria-label")) == outside


def shown_factors(page) -> dict[str, tuple[float, str, str]]:
    return page.evaluate("""() => Object.fromEntries(["along", "across"].map(name => {
      const output = document.querySelector(`#ravine-live [data-ravine="${name}"]`);
      return [name, [Number(output.dataset.value), output.dataset.kind, output.textContent]];
    }))""")


@pytest.mark.parametrize("alpha", [0.185, 0.05, 0.15, 0.25])
def test_without_momentum_the_factors_are_the_packages(part_3, alpha):
    page, _ = part_3
    drawn(page)
    move(page, alpha, 0)
    found = shown_factors(page)
    for name, factor in zip(("along", "across"), paths.ravine_step_factors(alpha)):
        value, kind, text = found[name]
        assert value == factor, (name, alpha)  # the same double
        expected_kind = "zig-zag" if factor < 0 else "smooth"
        growing = ", growing" if abs(factor) > 1 else ""
        assert (kind, text) == (expected_kind, f"{written(factor)} ({expected_kind}{growing})"), (name, alpha)
    assert page.text_content("[data-ravine='what']") == "Each step multiplies"


def heavy_ball_rate(alpha: float, beta: float, curvature: float) -> tuple[float, str]:
    """The root of l^2 - (1 + beta - alpha c) l + beta largest in size, by numpy.roots, and its
    kind: real, the root itself, signed (a zig-zag's is negative); complex, its size."""
    roots = np.roots([1.0, -(1 + beta - alpha * curvature), beta])
    largest = roots[np.argmax(np.abs(roots))]
    if np.any(np.abs(roots.imag) > 0):
        return float(np.abs(largest)), "swings"
    return float(largest.real), "zig-zag" if largest.real < 0 else "smooth"


# Each kind on each axis, and a rate above 1 (0.4, 0.2 across); none near a double root, where
# numpy.roots is accurate only to about the square root of a double's precision.
@pytest.mark.parametrize("alpha, beta", [(0.185, 0.5), (0.25, 0.3), (0.05, 0.9), (0.4, 0.2), (0.3, 0.95),
                                         (0.3, 0.5)])
def test_with_momentum_the_rates_are_numpy_roots(part_3, alpha, beta):
    page, _ = part_3
    drawn(page)
    move(page, alpha, beta)
    found = shown_factors(page)
    for name, curvature in (("along", landscapes.RAVINE_FLAT), ("across", landscapes.RAVINE_STEEP)):
        value, kind, text = found[name]
        rate, expected_kind = heavy_ball_rate(alpha, beta, curvature)
        assert value == pytest.approx(rate, rel=1e-9), (name, alpha, beta)
        growing = ", growing" if abs(rate) > 1 else ""
        assert (kind, text) == (expected_kind, f"{written(rate)} ({expected_kind}{growing})"), (name, alpha, beta)
    assert page.text_content("[data-ravine='what']").startswith("With momentum")


def test_a_zig_zag_with_momentum_shows_its_factor_negative(part_3):
    """At alpha 0.3, beta 0.5 the roots across the valley are -1 and -0.5: the factor shown is -1."""
    page, _ = part_3
    drawn(page)
    move(page, 0.3, 0.5)
    value, kind, text = shown_factors(page)["across"]
    assert value == pytest.approx(-1, abs=1e-9) and kind == "zig-zag" and text == f"{MINUS}1 (zig-zag)"
    assert np.allclose(sorted(np.roots([1.0, -(1.5 - 0.3 * landscapes.RAVINE_STEEP), 0.5])), [-1, -0.5])


@pytest.mark.parametrize("beta", [0.9, 0.95])
def test_when_factors_swing_their_size_is_the_root_of_beta_whatever_alpha(part_3, beta):
    """The key under the numbers says so; every alpha here swings along and across."""
    page, _ = part_3
    drawn(page)
    assert "when a factor swings, its size is √β, whatever alpha" in page.text_content("#ravine-live")
    for alpha in (0.05, 0.185, 0.3):
        move(page, alpha, beta)
        for name, (value, kind, _) in shown_factors(page).items():
            assert kind == "swings" and value == pytest.approx(beta ** 0.5, rel=1e-12), (name, alpha, beta)


def side_changes(y: np.ndarray) -> int:
    """How often the ball changes side of the floor's line: an exact 0 is on the line, no side."""
    sides = np.sign(y[y != 0])
    return int(np.sum(sides[1:] != sides[:-1]))


@pytest.mark.parametrize("alpha, beta", [(0.05, 0.5), (0.1, 0.5), (0.185, 0.0), (0.185, 0.9)])
def test_the_crossings_counted_are_the_side_changes_even_through_an_exact_zero(part_3, alpha, beta):
    page, _ = part_3
    drawn(page)
    move(page, alpha, beta)
    path = heavy_ball(alpha, beta) if beta else paths.ravine(alpha=alpha)
    crossings = side_changes(path[:, 1])
    if (alpha, beta) == (0.05, 0.5):  # 1.6, 0.8, 0, -0.4, ...: the ball lands on the line
        assert path[2, 1] == 0 and crossings == 7
    if (alpha, beta) == (0.1, 0.5):
        assert path[1, 1] == 0 and crossings == 12
    times = "time" if crossings == 1 else "times"
    assert f"crosses the valley's floor line {crossings} {times} " in page.get_attribute(PLOT, "aria-label")


def exponent(value: float) -> str:
    """A huge number as the page writes it: 3.29e14, −7.1e−5 with a true minus."""
    return f"{value:.2e}".replace("e+", "e").replace("-", MINUS)


def test_huge_numbers_in_the_words_are_written_in_one_style(part_3):
    page, _ = part_3
    drawn(page)
    move(page, 0.4, 0)
    x, y = paths.ravine(alpha=0.4)[-1]
    assert abs(y) > 1e5 > abs(x)
    label = page.get_attribute(PLOT, "aria-label")
    assert f"at ({written(x)}, {exponent(y)}), height {exponent(landscapes.ravine_f(paths.ravine(alpha=0.4)[-1]))}" in label, label
    assert "\u00a0" not in label  # no digits grouped in thousands


def test_the_sliders_move_by_keyboard_and_redraw_the_path(part_3):
    page, _ = part_3
    drawn(page)
    before = page.get_attribute(PLOT, "aria-label")
    page.focus("#ravine-live-alpha")
    page.keyboard.press("ArrowRight")  # one notch up
    notch = json.loads(page.get_attribute("#ravine-live", "data-settings"))["alphas"][2]
    alpha = float(f"{paths.RAVINE_ALPHA + notch:.10g}")
    assert page.input_value("#ravine-live-alpha") == f"{alpha:g}"
    assert page.get_attribute("#ravine-live-alpha", "aria-valuetext") == f"alpha {alpha:g}"
    assert bits(json.loads(page.get_attribute(PLOT, "data-path"))) == bits(paths.ravine(alpha=alpha))
    assert page.get_attribute(PLOT, "aria-label") != before
    page.keyboard.press("Tab")  # to momentum's slider
    assert page.evaluate("() => document.activeElement.id") == "ravine-live-beta"
    assert page.get_attribute("#ravine-live-beta", "aria-valuetext") == "no momentum: plain gradient descent"
    page.keyboard.press("ArrowRight")
    beta = float(page.input_value("#ravine-live-beta"))
    assert beta > 0 and page.get_attribute("#ravine-live-beta", "aria-valuetext") == f"momentum {beta:g}"
    assert bits(json.loads(page.get_attribute(PLOT, "data-path"))) == bits(heavy_ball(alpha, beta))
    page.keyboard.press("Tab")  # to the button that goes back
    page.keyboard.press("Enter")
    assert bits(json.loads(page.get_attribute(PLOT, "data-path"))) == bits(paths.ravine())
    assert page.input_value("#ravine-live-beta") == "0"


def test_it_is_drawn_when_it_comes_near_the_view_not_at_load(browser, base_url):
    context = new_context(browser, base_url, viewport={"width": 390, "height": 844})
    try:
        page, visit = open_page(context, base_url + PAGE)
        page.wait_for_timeout(300)  # the set-up's timer has run
        below = page.evaluate(f"() => document.querySelector('{STILL}').getBoundingClientRect().top")
        assert below > 2 * 844, "the check needs the figure more than a screen below the first one"
        assert page.get_attribute("#ravine-live", "data-ready") == "true"  # set up, waiting
        assert page.get_attribute(PLOT, "data-path") is None and not page.locator("#ravine-live").is_visible()
        assert page.locator(STILL).is_visible()
        assert not any(url.endswith("/network.js") for url in visit.requests)  # not even loaded
        drawn(page)
        assert any(url.endswith("/network.js") for url in visit.requests)
        assert not visit.console_errors, visit.console_errors
    finally:
        context.close()


def test_a_phone_reader_can_drag_alpha_by_touch(browser, base_url):
    context = new_context(browser, base_url, viewport={"width": 390, "height": 844},
                          has_touch=True, is_mobile=True)
    try:
        page, _ = open_page(context, base_url + PAGE)
        drawn(page)
        slider = page.locator("#ravine-live-alpha")
        slider.scroll_into_view_if_needed()
        box = slider.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 200
        page.touchscreen.tap(box["x"] + box["width"] * 0.1, box["y"] + box["height"] / 2)
        alpha = float(page.input_value("#ravine-live-alpha"))
        assert alpha < 0.1  # a tenth of the way from 0.005 to 0.4
        assert bits(json.loads(page.get_attribute(PLOT, "data-path"))) == bits(paths.ravine(alpha=alpha))
    finally:
        context.close()


@pytest.mark.parametrize("view", VIEWS, ids=[view[0] for view in VIEWS])
def test_no_axe_violations_and_no_sideways_scroll_once_drawn(browser, base_url, view):
    width = view[3]

    def ready(page):
        drawn(page)
        move(page, 0.25, 0.5)
        figure = page.locator(PLOT).bounding_box()
        assert figure["x"] >= 0 and figure["x"] + figure["width"] <= width

    found = view_violations(browser, base_url, view, base_url + PAGE, ready)
    assert not found, f"axe violations on Part 3's live ravine [{view[0]}]:\n  " + "\n  ".join(found)


def test_without_javascript_the_page_shows_the_build_time_figure(browser, base_url):
    context = new_context(browser, base_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + PAGE)
        still = page.locator(f"{STILL} img").filter(visible=True)
        assert still.count() == 1  # the light look; the dark one is hidden
        assert "figures/ravine" in still.get_attribute("src") and len(still.get_attribute("alt")) > 40
        assert page.locator(f"{STILL} figcaption").is_visible()
        assert not page.locator("#ravine-live").is_visible()
    finally:
        context.close()


def test_the_labs_and_the_live_ravines_javascript_and_css_stay_within_40_kb_gzip():
    scripts, sheets = Path(REPO, "docs/javascripts"), Path(REPO, "docs/stylesheets")
    files = [*scripts.glob("lab*.js"), scripts / "network.js", scripts / "ravine-live.js",
             sheets / "lab.css", sheets / "ravine-live.css"]
    size = sum(len(gzip.compress(file.read_bytes(), 9)) for file in files)
    assert len(files) >= 8 and size <= 40 * 1024, f"{size} bytes gzip over {[f.name for f in files]}"
