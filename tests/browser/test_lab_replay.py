"""The lab's replay and pinned runs (issue 31): Play, Pause, Step, Reset and the scrubber walk
through the finished run, and every frame shown is the package's network at that step; pinned
runs stay as numbered ghosts, travel in the address, and Part 5's seven alphas pinned from its
link are the package's stored sweep, bit for bit.

Expected values come from the package's engine (numpy, in the post's arithmetic), never from
the page's JavaScript.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urljoin, urlsplit

import numpy as np
import pytest

from browsing import new_context, open_page
from descent import engine
from descent.runs import sweeps

PAGE = "train-it-yourself/"

SHOWN_JS = """() => { const svg = document.querySelector('#lab-error');
  return [Number(svg.dataset.step), Number(svg.dataset.error)]; }"""

# Every step the error plot's data-step takes, until the replay ends (the button says Play).
WATCH_JS = """async () => {
  const svg = document.querySelector('#lab-error'), play = document.querySelector('#lab-play');
  const seen = [];
  const observer = new MutationObserver(() => {
    if (seen[seen.length - 1] !== svg.dataset.step) seen.push(svg.dataset.step);
  });
  observer.observe(svg, {attributes: true, attributeFilter: ['data-step']});
  play.click();
  await new Promise((done) => { const check = () => play.textContent === 'Play' ? done() : setTimeout(check, 25); setTimeout(check, 25); });
  observer.disconnect();
  return {seen: seen.map(Number), animation: getComputedStyle(svg.querySelector('.lab-plot__curve')).animationName};
}"""


def trained(page) -> None:
    page.wait_for_function("() => document.querySelector('#lab-status').textContent.includes('mean error')"
                           " && !document.querySelector('#lab-play').disabled")


def package_errors(alpha: float, steps: int, at) -> dict[int, float]:
    """The package's error after each of `at` updates (its logged error before that step's
    update), and after all `steps` of them."""
    synapse_0, synapse_1 = engine.starts([1], 4)
    logged = sorted(step for step in at if step < steps)
    run = engine.train([alpha], synapse_0, synapse_1, steps, logged=logged)
    errors = {step: float(run.errors[0, i]) for i, step in enumerate(run.steps.tolist())}
    errors[steps] = float(run.final[0])
    return errors


def scrub_to(page, index: int) -> None:
    page.evaluate("""index => { const scrub = document.querySelector('#lab-scrub');
      scrub.value = String(index); scrub.dispatchEvent(new Event('input', {bubbles: true})); }""", index)


@pytest.fixture()
def lab(context, base_url):
    page, visit = open_page(context, base_url + PAGE + "?alpha=10&steps=3000")
    trained(page)
    yield page
    assert not visit.console_errors, visit.console_errors
    page.close()


def test_every_replayed_frame_is_the_packages_network_at_that_step(lab):
    page = lab
    shown = {}
    shown[tuple(page.evaluate(SHOWN_JS))] = page.get_attribute("#lab-scrub", "aria-valuetext")
    page.click("#lab-reset")
    assert page.is_disabled("#lab-reset") and not page.is_disabled("#lab-step")
    shown[tuple(page.evaluate(SHOWN_JS))] = page.get_attribute("#lab-scrub", "aria-valuetext")
    for _ in range(3):
        page.click("#lab-step")
        shown[tuple(page.evaluate(SHOWN_JS))] = page.get_attribute("#lab-scrub", "aria-valuetext")
    frames = int(page.get_attribute("#lab-scrub", "max")) + 1
    for index in (40, frames // 2, frames - 2):
        scrub_to(page, index)
        shown[tuple(page.evaluate(SHOWN_JS))] = page.get_attribute("#lab-scrub", "aria-valuetext")
    steps = [int(step) for step, _ in shown]
    assert steps[:5] == [3000, 0, 1, 2, 3] and len(set(steps)) == len(steps) == 8, steps
    assert steps[5] < steps[6] < steps[7] < 3000, steps
    expected = package_errors(10.0, 3000, steps)
    for (step, error), counter in shown.items():
        assert float(error).hex() == expected[int(step)].hex(), step
        assert counter == f"step {int(step)} of 3000", counter  # number() groups five digits and more
    # The outputs and the weights follow the frame: at step 0 they are the starting network's,
    # and the words over them and the table's caption say which step they show.
    page.click("#lab-reset")
    assert page.text_content("#lab-at") == "Below: the outputs, the network and its weights at step 0 of 3000."
    assert page.text_content("#lab-weights caption").startswith("Each hidden unit's weights after 0 steps")
    synapse_0, synapse_1 = engine.starts([1], 4)
    first = page.text_content("#lab-weights tbody tr td")
    assert first.startswith(f"{float(f'{synapse_0[0, 0, 0]:.3g}'):g}".replace("-", "\u2212")), first


def test_play_walks_through_every_frame_and_pause_holds_one(lab):
    page = lab
    watched = page.evaluate(WATCH_JS)
    frames = int(page.get_attribute("#lab-scrub", "max")) + 1
    # From the start to the end, every recorded frame in order (a frame per screen refresh).
    assert watched["seen"][0] == 0 and watched["seen"][-1] == 3000, watched["seen"][:5]
    assert watched["seen"] == sorted(watched["seen"]) and len(watched["seen"]) >= frames - 2
    page.click("#lab-play")  # from the end, Play starts again at the start
    page.wait_for_function("() => Number(document.querySelector('#lab-error').dataset.step) > 20")
    page.click("#lab-play")  # Pause
    held = page.evaluate(SHOWN_JS)
    assert page.text_content("#lab-play") == "Play"
    page.wait_for_timeout(300)
    assert page.evaluate(SHOWN_JS) == held and held[0] < 3000


def test_reduced_motion_replays_in_a_few_still_frames(browser, base_url):
    context = new_context(browser, base_url, reduced_motion="reduce")
    try:
        page, _ = open_page(context, base_url + PAGE + "?alpha=10&steps=3000")
        trained(page)
        page.click("#lab-reset")
        watched = page.evaluate(WATCH_JS)
        assert 8 <= len(watched["seen"]) <= 17 and watched["seen"][-1] == 3000, watched["seen"]
        assert watched["animation"] == "none"
    finally:
        context.close()


def pins(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('#lab-pins li')].map((item) => ({
      number: item.value, words: item.textContent, settings: item.dataset.settings,
      final: item.dataset.finalError === undefined ? null : Number(item.dataset.finalError),
      curve: item.dataset.curve ? JSON.parse(item.dataset.curve) : null}))""")


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_pinned_runs_stay_as_numbered_ghosts_and_travel_in_the_address(lab, context, base_url):
    page = lab
    page.click("#lab-pin")
    page.fill("#lab-alpha", "1")
    page.press("#lab-alpha", "Enter")
    page.wait_for_function("() => document.querySelector('#lab-status').textContent.includes('With alpha 1,')")
    page.click("#lab-pin")
    page.click("#lab-pin")  # the same run again: refused, with the reason
    assert "already pinned, as number 2" in page.text_content("#lab-pin-note")
    found = pins(page)
    assert [pin["number"] for pin in found] == [1, 2]
    assert found[0]["words"].startswith("alpha 10, 3000 steps: mean error"), found[0]["words"]
    assert page.locator("#lab-error .lab-plot__ghost").count() == 2
    assert page.locator("#lab-error .lab-plot__pin").all_text_contents() in (["1", "2"], ["2", "1"])
    assert query(page)["pin"] == ["10_4_1_3000", "1_4_1_3000"]
    expected = {10.0: package_errors(10.0, 3000, [])[3000], 1.0: package_errors(1.0, 3000, [])[3000]}
    assert [pin["final"] for pin in found] == [expected[10.0], expected[1.0]]

    # The address alone brings them back, trained again in the reader's browser.
    again, _ = open_page(context, page.url)
    trained(again)
    again.wait_for_function("() => [...document.querySelectorAll('#lab-pins li')].every(li => li.dataset.finalError)")
    assert [pin["final"] for pin in pins(again)] == [expected[10.0], expected[1.0]]
    again.click("#lab-clear")
    assert pins(again) == [] and "pin" not in query(again)
    assert again.locator("#lab-error .lab-plot__ghost").count() == 0
    again.close()


def test_more_pins_than_there_is_room_for_are_cut_with_a_note(context, base_url):
    address = "?steps=10&" + "&".join(f"pin={alpha}_4_1_10" for alpha in range(1, 11))
    page, _ = open_page(context, base_url + PAGE + address)
    trained(page)
    assert "Only 8 runs can be pinned: the first 8 are." in page.text_content("#lab-note")
    assert len(pins(page)) == 8 and len(query(page)["pin"]) == 8
    page.close()


def part_5_link(built_site) -> str:
    html = (built_site / "part-5-improving-our-network" / "index.html").read_text(encoding="utf-8")
    links = [unescape(href) for href in re.findall(r'href="([^"]*train-it-yourself/\?pin=[^"]*)"', html)]
    assert len(links) == 1, links
    return links[0]


def test_part_5s_seven_pinned_alphas_are_the_packages_sweep(context, base_url, built_site):
    href = part_5_link(built_site)
    stored = sweeps.article_sweep(4)
    assert [float(alpha) for alpha in parse_qs(urlsplit(href).query)["pin"]] == [run.alpha for run in stored.runs]
    page, visit = open_page(context, urljoin(base_url + "part-5-improving-our-network/", href))
    trained(page)
    page.wait_for_function("() => document.querySelectorAll('#lab-pins li[data-final-error]').length === 7",
                           timeout=60_000)
    found = pins(page)
    finals = engine.final_errors(np.stack([run.synapse_0 for run in stored.runs]),
                                 np.stack([run.synapse_1 for run in stored.runs]))
    # Every point of the curves, from the package's engine trained at the curves' steps.
    steps = [step for step, _ in found[0]["curve"]]
    synapse_0, synapse_1 = engine.starts([stored.seed] * len(stored.runs), 4)
    again = engine.train([run.alpha for run in stored.runs], synapse_0, synapse_1, stored.iterations,
                         logged=[step for step in steps if step < stored.iterations])
    for i, (pin, run, final) in enumerate(zip(found, stored.runs, finals)):
        assert pin["words"].startswith(f"alpha {run.alpha:g}:"), pin["words"]
        assert float(pin["final"]).hex() == float(final).hex() == float(again.final[i]).hex(), run.alpha
        assert [step for step, _ in pin["curve"]] == steps
        assert [float(error).hex() for _, error in pin["curve"][:-1]] == \
            [float(error).hex() for error in again.errors[i]], run.alpha
        # and the stored run's own 500-step points that the curve shows
        for step, error in pin["curve"]:
            if step in run.errors:
                assert float(error).hex() == float(run.errors[step]).hex(), (run.alpha, step)
    assert page.locator("#lab-error .lab-plot__ghost").count() == 7
    assert not visit.console_errors, visit.console_errors
    page.close()


FIRST_SCREEN_JS = """() => ['#lab-alpha-log', '#lab-play', '#lab-error'].map((selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return [box.top, box.bottom];
})"""


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)])
def test_the_controls_and_the_error_plot_are_on_the_first_screen(browser, base_url, width, height):
    context = new_context(browser, base_url, viewport={"width": width, "height": height})
    try:
        page, _ = open_page(context, base_url + PAGE)
        trained(page)
        assert page.evaluate("() => scrollY") == 0
        (slider, play, plot) = page.evaluate(FIRST_SCREEN_JS)
        assert 0 < slider[0] and slider[1] <= height and 0 < play[0] and play[1] <= height, (slider, play)
        assert plot[1] <= height, f"the error plot ends {plot[1] - height:.0f} px below the first screen"
    finally:
        context.close()
