"""The lab's error plane (issue 31, item 6): its update rules, a start dragged by mouse and by
touch, its lines of equal error, a dot every recorded step, and an end that appears once its
path has drawn itself."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pytest

from browsing import new_context, open_page
from test_axe import VIEWS, view_violations

from descent import two_weight

PAGE = "train-it-yourself/"
QUICK = "?steps=3000&hidden=6"  # the network's run is quick; the plane is what is tested


def query(page) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(page.url).query).items()}


def show_plane(page) -> None:
    """Scrolls to the plane (it is drawn when it comes near the view) and waits for it, once the
    network above it has trained and drawn (its pictures take their height then)."""
    page.wait_for_function("() => !document.querySelector('#lab-play').disabled")
    page.locator("#lab-plane").scroll_into_view_if_needed()
    page.wait_for_selector("#lab-plane image")
    # the whole heat map in view (its foot too), for the clicks and drags aimed at it
    page.eval_on_selector("#lab-plane image", "image => image.scrollIntoView({block: 'end'})")
    page.wait_for_function("() => document.querySelector('#lab-plane-status').textContent")


def centre(page, selector: str) -> tuple[float, float]:
    box = page.locator(selector).bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def at_weights(page, w0: float, w1: float) -> tuple[float, float]:
    """The point of the page over the weights (w0, w1): the heat map covers [-10, 10]²."""
    box = page.locator("#lab-plane image").bounding_box()
    return box["x"] + box["width"] * (w0 + 10) / 20, box["y"] + box["height"] * (10 - w1) / 20


@pytest.fixture()
def lab(context, base_url):
    page, visit = open_page(context, base_url + PAGE + QUICK)
    yield page, visit
    page.close()


def test_the_rule_select_changes_the_path_the_words_and_the_address(lab):
    page, visit = lab
    show_plane(page)
    before = page.get_attribute("#lab-plane .lab-plane__path", "points")
    assert "gradient descent with alpha 1:" in page.text_content("#lab-plane-status")
    page.select_option("#lab-plane-rule", "Adam")
    page.wait_for_function("() => location.search.includes('plane-rule=Adam')")
    page.wait_for_function("() => document.querySelector('#lab-plane-status').textContent.includes('Adam')")
    assert page.get_attribute("#lab-plane .lab-plane__path", "points") != before
    words = page.text_content("#lab-plane-status")
    end = two_weight.train(10_000, 1.0, rule="Adam", start=(-6, 6)).trajectory[-1]
    said = f"after 10\u00a0000 steps the weights are at first weight {end[0]:.3g}, second weight "
    assert said in words.replace("\u2212", "-"), (said, words)
    assert "Adam with alpha 1:" in page.get_attribute("#lab-plane", "aria-label")
    assert query(page)["plane-rule"] == "Adam"
    assert not visit.console_errors, visit.console_errors


def test_a_rule_in_the_address_is_kept_or_clamped_with_a_note(context, base_url):
    page, _ = open_page(context, base_url + PAGE + QUICK + "&plane-rule=Nesterov")
    try:
        show_plane(page)
        assert page.input_value("#lab-plane-rule") == "Nesterov"
        assert "Nesterov with alpha" in page.text_content("#lab-plane-status")
        page.goto(base_url + PAGE + QUICK + "&plane-rule=Newton")
        page.wait_for_selector("#lab-note:not([hidden])")
        assert "the plane's rule \u201cNewton\u201d is not one of the rules: using gradient descent." \
            in page.text_content("#lab-note")
        assert page.input_value("#lab-plane-rule") == "gradient descent"
    finally:
        page.close()


def test_dragging_the_start_with_a_mouse_redraws_the_path_then_sets_the_fields(lab):
    page, visit = lab
    show_plane(page)
    start = page.get_attribute("#lab-plane .lab-plane__start", "cx")
    path = page.get_attribute("#lab-plane .lab-plane__path", "points")
    page.mouse.move(*centre(page, "#lab-plane-surface .lab-plane__handle"))
    page.mouse.down()
    target = at_weights(page, 5, 5)
    page.mouse.move(*at_weights(page, 0, 5), steps=8)
    page.wait_for_function("(cx) => document.querySelector('#lab-plane .lab-plane__start').getAttribute('cx') !== cx",
                           arg=start)
    # While it is dragged, the path follows and the fields and address wait for the drop.
    assert page.get_attribute("#lab-plane .lab-plane__path", "points") != path
    assert page.input_value("#lab-w0") == "-6" and query(page)["w0"] == "-6"
    page.mouse.move(*target, steps=8)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('w0=5&')")
    assert (page.input_value("#lab-w0"), page.input_value("#lab-w1")) == ("5", "5")
    assert query(page)["w1"] == "5"
    assert "first weight 5, second weight 5" in page.text_content("#lab-plane-status")
    # A click elsewhere and the arrow keys still place the start.
    page.mouse.click(*at_weights(page, -5, -5))
    page.wait_for_function("() => location.search.includes('w0=-5&')")
    page.focus("#lab-plane-surface")
    page.keyboard.press("ArrowUp")
    page.wait_for_function("() => location.search.includes('w1=-4.5')")
    assert not visit.console_errors, visit.console_errors


def touch_drag(page, frm, to, steps: int = 10) -> None:
    """A finger put down at `frm`, moved to `to` and lifted, through the browser's input path."""
    cdp = page.context.new_cdp_session(page)
    point = lambda x, y: [{"x": x, "y": y, "id": 1}]  # noqa: E731
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": point(*frm)})
    for i in range(1, steps + 1):
        x, y = frm[0] + (to[0] - frm[0]) * i / steps, frm[1] + (to[1] - frm[1]) * i / steps
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": point(x, y)})
        page.wait_for_timeout(30)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    page.wait_for_timeout(300)


def test_a_finger_drags_the_start_without_scrolling_the_page_and_scrolls_it_elsewhere(browser, base_url):
    context = new_context(browser, base_url, viewport={"width": 390, "height": 844},
                          has_touch=True, is_mobile=True)
    try:
        page, visit = open_page(context, base_url + PAGE + QUICK)
        show_plane(page)
        page.evaluate("() => document.querySelector('#lab-plane').scrollIntoView({block: 'center'})")
        page.wait_for_timeout(200)
        scrolled = page.evaluate("() => scrollY")
        touch_drag(page, centre(page, "#lab-plane-surface .lab-plane__handle"), at_weights(page, 4, 6))
        page.wait_for_function("() => location.search.includes('w0=4&')")
        assert page.evaluate("() => scrollY") == scrolled, "the page scrolled under the dragged start"
        assert (page.input_value("#lab-w0"), page.input_value("#lab-w1")) == ("4", "6")
        # The same swipe over the rest of the plane scrolls the page, and leaves the start.
        touch_drag(page, at_weights(page, 0, 9), at_weights(page, 0, -9), steps=20)  # a finger moving down
        assert page.evaluate("() => scrollY") < scrolled - 50, "a swipe over the plane did not scroll the page"
        assert query(page)["w0"] == "4" and query(page)["w1"] == "6"
        assert not visit.console_errors, visit.console_errors
    finally:
        context.close()


def contour_lines(page) -> dict[float, np.ndarray]:
    """Each line of equal error the page draws, as (w0, w1) points, by its claimed level."""
    image = page.evaluate("""() => Object.fromEntries(['x', 'y', 'width', 'height'].map(
      (name) => [name, Number(document.querySelector('#lab-plane image').getAttribute(name))]))""")
    drawn = page.evaluate("""() => [...document.querySelectorAll('#lab-plane .lab-plane__contour')]
      .map((path) => [path.dataset.level, path.getAttribute('d')])""")
    lines = {}
    for level, d in drawn:
        xy = np.array([float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]).reshape(-1, 2)
        w0 = -10 + 20 * (xy[:, 0] - image["x"]) / image["width"]
        w1 = 10 - 20 * (xy[:, 1] - image["y"]) / image["height"]
        lines[float(level)] = np.stack([w0, w1], axis=1)
    return lines


def test_the_lines_of_equal_error_are_at_their_levels_and_labelled(lab):
    page, _ = lab
    show_plane(page)
    lines = contour_lines(page)
    assert sorted(lines) == [0.5, 1, 2, 3]
    for level, points in lines.items():
        assert len(points) > 40, f"the line at {level} has only {len(points)} points"
        error = two_weight.sum_squared_error(points)
        assert np.max(np.abs(error - level)) < 0.03, (level, np.max(np.abs(error - level)))
    labels = page.eval_on_selector_all("#lab-plane .lab-plane__level", "ts => ts.map((t) => t.textContent)")
    assert labels == ["0.5", "1", "2", "3"]
    assert "white lines where the error is 0.5, 1, 2, 3" in page.get_attribute("#lab-plane", "aria-label")


def test_a_dot_marks_every_twentieth_step(lab):
    page, _ = lab
    show_plane(page)
    d = page.get_attribute("#lab-plane .lab-plane__dots", "d")
    points = page.get_attribute("#lab-plane .lab-plane__path", "points").split()
    assert d.count("M") == len(points) == 10_000 // 20 + 1
    first = re.match(r"M(\S+) (\S+)h0", d).groups()
    assert ",".join(first) == points[0]
    assert "a dot every 20 steps" in page.get_attribute("#lab-plane", "aria-label")


# Redraws the plane (the start's field changed), then watches every frame until all is still:
# for each, whether the path is still drawing itself, how opaque its end is, and how many of
# the plane's animations run.
WATCH_JS = """async () => {
  const field = document.querySelector('#lab-w0');
  field.value = '-5';
  field.dispatchEvent(new Event('change', {bubbles: true}));
  const frames = [];
  const look = () => {
    const path = document.querySelector('#lab-plane .lab-plane__path');
    const end = document.querySelector('#lab-plane .lab-plane__end');
    const drawing = path.getAnimations().some((a) => a.playState === 'running');
    const running = document.querySelector('#lab-plane').getAnimations({subtree: true})
      .filter((a) => a.playState === 'running');
    frames.push([drawing, Number(getComputedStyle(end).opacity), running.length]);
  };
  look();
  const started = performance.now();
  while (performance.now() - started < 3000) {
    await new Promise(requestAnimationFrame);
    look();
    if (frames.at(-1)[2] === 0) break;
  }
  return frames;
}"""


def test_the_end_appears_once_its_path_has_drawn_itself(lab):
    page, _ = lab
    show_plane(page)
    frames = page.evaluate(WATCH_JS)
    assert frames[0][0], "the path does not draw itself"
    assert all(opacity == 0 for drawing, opacity, _ in frames if drawing), frames
    assert frames[-1][1] == 1 and frames[-1][2] == 0, frames[-1]
    assert page.eval_on_selector("#lab-plane .lab-plane__dots", "e => getComputedStyle(e).opacity") == "1"


def test_with_reduced_motion_the_path_and_its_end_are_there_at_once(browser, base_url):
    context = new_context(browser, base_url, reduced_motion="reduce")
    try:
        page, _ = open_page(context, base_url + PAGE + QUICK)
        show_plane(page)
        frames = page.evaluate(WATCH_JS)
        assert frames[0] == [False, 1, 0], frames[0]
    finally:
        context.close()


@pytest.mark.parametrize("view", VIEWS, ids=[view[0] for view in VIEWS])
def test_no_axe_violations_on_the_drawn_plane(browser, base_url, view):
    found = view_violations(browser, base_url, view, base_url + PAGE + QUICK + "&plane-rule=momentum",
                            show_plane, reduced_motion="reduce")
    assert not found, f"axe violations on the plane [{view[0]}]:\n  " + "\n  ".join(found)
