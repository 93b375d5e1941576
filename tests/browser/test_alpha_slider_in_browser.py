"""The alpha slider: the keyboard moves it and the frame, numbers and words follow; without
JavaScript the default frame still shows."""

import json

import pytest

from browsing import new_context, open_page
from descent.figures import alpha_slider
from descent.runs import descents as alpha_slider_frame

PAGE = "explore-alpha/"
FRAMES = alpha_slider.frames()

STATE_JS = """() => {
  const root = document.querySelector(".alpha-slider");
  const img = root.querySelector("img.alpha-slider__frame");
  const input = root.querySelector('input[type="range"]');
  return {src: img.currentSrc || img.src, alt: img.alt, width: img.naturalWidth,
          complete: img.complete, value: input.value,
          valuetext: input.getAttribute("aria-valuetext"),
          readout: root.querySelector(".alpha-slider__readout").textContent.trim(),
          controlShown: !root.querySelector(".alpha-slider__control").hidden
                        && input.getBoundingClientRect().width > 0,
          focused: document.activeElement === input};
}"""


def state(page) -> dict:
    # Wait until the shown frame is decoded, so a frame that cannot load fails the test.
    page.wait_for_function("""() => {
      const img = document.querySelector(".alpha-slider img.alpha-slider__frame");
      return img.complete && img.naturalWidth > 0;
    }""")
    return page.evaluate(STATE_JS)


def expect_frame(shown: dict, index: int) -> None:
    frame = FRAMES[index]
    assert shown["src"].endswith("/figures/" + frame["src"]), shown["src"]
    assert shown["width"] >= 1200
    assert shown["alt"] == frame["alt"]
    assert shown["value"] == str(index)
    assert shown["valuetext"] == f"alpha {frame['alpha']}"
    assert f"alpha {frame['alpha']} · step factor {frame['factor']}" in shown["readout"]
    assert frame["regime"] in shown["readout"]


@pytest.fixture()
def slider(context, base_url):
    page, visit = open_page(context, base_url + PAGE)
    yield page
    assert visit.console_errors == []
    assert visit.failed == []


def test_the_default_frame_shows_with_the_control(slider):
    shown = state(slider)
    assert shown["controlShown"]
    expect_frame(shown, alpha_slider_frame.DEFAULT)


def test_arrow_keys_move_the_slider_and_swap_the_frame(slider):
    before = state(slider)
    slider.locator("#alpha-slider-input").focus()
    slider.keyboard.press("ArrowRight")
    after = state(slider)
    assert after["focused"]
    assert after["src"] != before["src"]
    expect_frame(after, alpha_slider_frame.DEFAULT + 1)
    slider.keyboard.press("ArrowLeft")
    slider.keyboard.press("ArrowLeft")
    expect_frame(state(slider), alpha_slider_frame.DEFAULT - 1)


def test_every_frame_is_reachable_by_keyboard_and_decodes(slider):
    slider.locator("#alpha-slider-input").focus()
    slider.keyboard.press("Home")
    expect_frame(state(slider), 0)
    assert "crawls" in state(slider)["readout"]
    for index in range(1, len(FRAMES)):
        slider.keyboard.press("ArrowRight")
        expect_frame(state(slider), index)
    assert "diverges" in state(slider)["readout"]
    slider.keyboard.press("ArrowRight")  # already at the end: stays there
    expect_frame(state(slider), len(FRAMES) - 1)


def test_the_page_data_matches_the_frames_module(slider):
    data = slider.evaluate("() => document.querySelector('.alpha-slider').dataset.frames")
    assert json.loads(data) == FRAMES
    assert len(FRAMES) == len(alpha_slider_frame.ALPHAS) >= 15


def test_without_javascript_the_default_frame_still_shows(browser, base_url):
    context = new_context(browser, base_url, java_script_enabled=False)
    try:
        page, visit = open_page(context, base_url + PAGE)
        # The light look (the page's scheme without the script); the dark copy stays hidden.
        image = page.locator(".alpha-slider .figure-look--light img.alpha-slider__frame")
        image.scroll_into_view_if_needed()
        assert image.is_visible()
        assert image.evaluate("img => img.decode().then(() => img.naturalWidth)") >= 1200
        assert image.get_attribute("src").endswith(FRAMES[alpha_slider_frame.DEFAULT]["src"])
        assert not page.locator("#alpha-slider-input").is_visible()  # no control that does nothing
        readout = page.locator(".alpha-slider__readout").inner_text()
        assert FRAMES[alpha_slider_frame.DEFAULT]["regime"] in readout
        assert visit.failed == []
    finally:
        context.close()


def frames_fetched(visit) -> list[int]:
    """Indexes of the slider frames the page has requested so far."""
    names = [frame["src"] for frame in FRAMES]
    return sorted({names.index(url.rsplit("/", 1)[-1]) for url in visit.requests
                   if url.rsplit("/", 1)[-1] in names})


def wait_for_frames(page, count: int) -> None:
    """Until the browser has finished fetching at least `count` slider frames."""
    page.wait_for_function("""count => performance.getEntriesByType("resource")
        .filter(entry => /alpha-slider-\\d+\\.png$/.test(entry.name)).length >= count""", arg=count)


def test_frames_are_fetched_only_when_they_may_be_needed(context, base_url):
    page, visit = open_page(context, base_url + PAGE)
    page.wait_for_load_state("networkidle")
    default = alpha_slider_frame.DEFAULT
    assert frames_fetched(visit) == [default], "only the frame shown, until the reader reaches for it"
    page.locator("#alpha-slider-input").focus()
    wait_for_frames(page, 3)
    assert frames_fetched(visit) == [default - 1, default, default + 1]
    page.keyboard.press("ArrowRight")
    wait_for_frames(page, 4)
    assert frames_fetched(visit) == [default - 1, default, default + 1, default + 2]
    assert visit.failed == []


def note(page) -> str:
    """The line that says what was changed in an alpha asked for in the address, or ""."""
    found = page.locator(".alpha-slider__note")
    return found.inner_text().strip() if found.count() and found.is_visible() else ""


def query_alpha(page) -> str | None:
    return page.evaluate("() => new URLSearchParams(location.search).get('alpha')")


@pytest.mark.parametrize("asked", ["1", "1.41", "0.0156", "0.5"])
def test_the_address_opens_the_slider_at_its_alpha(context, base_url, asked):
    page, visit = open_page(context, base_url + PAGE + f"?alpha={asked}#drag-alpha")
    index = [frame["alpha"] for frame in FRAMES].index(asked)
    expect_frame(state(page), index)
    assert note(page) == ""
    assert query_alpha(page) == asked
    assert page.evaluate("() => location.hash") == "#drag-alpha"
    assert visit.console_errors == [] and visit.failed == []


@pytest.mark.parametrize("asked, shown, said", [
    ("1.05", "1", "alpha 1.05 is not on the slider: using the nearest notch, 1."),
    ("50", "2", "alpha 50 is above the slider's largest, 2: using 2."),
    ("0.001", "0.0156", "alpha 0.001 is below the slider's smallest, 0.0156: using 0.0156."),
    ("fast", FRAMES[alpha_slider_frame.DEFAULT]["alpha"],
     f"alpha “fast” is not a number: using {FRAMES[alpha_slider_frame.DEFAULT]['alpha']}."),
])
def test_a_bad_alpha_in_the_address_is_clamped_with_a_note(context, base_url, asked, shown, said):
    page, visit = open_page(context, base_url + PAGE + f"?alpha={asked}")
    index = [frame["alpha"] for frame in FRAMES].index(shown)
    expect_frame(state(page), index)
    assert note(page) == said
    assert query_alpha(page) == shown  # the address says what is shown
    assert visit.console_errors == [] and visit.failed == []


def test_the_address_follows_the_slider(slider, context):
    assert query_alpha(slider) is None  # nothing asked, nothing added
    length = slider.evaluate("() => history.length")
    slider.locator("#alpha-slider-input").focus()
    slider.keyboard.press("ArrowRight")
    assert query_alpha(slider) == FRAMES[alpha_slider_frame.DEFAULT + 1]["alpha"]
    slider.keyboard.press("End")
    assert query_alpha(slider) == FRAMES[-1]["alpha"]
    assert slider.evaluate("() => history.length") == length  # replaced, not pushed
    state(slider)
    slider.wait_for_load_state("networkidle")  # the frames fetched ahead, before leaving
    again, visit = open_page(context, slider.url)  # the address, opened anew, keeps the alpha
    expect_frame(state(again), len(FRAMES) - 1)
    assert note(again) == "" and visit.console_errors == [] and visit.failed == []
