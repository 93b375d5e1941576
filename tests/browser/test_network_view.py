"""Train it yourself's drawing of the network (docs/javascripts/lab-network.js), issue 31 item 5.

Its hidden cells come from network.js's hiddenLayer, held here to the package's forward pass bit
for bit; the lab, opened by the links of Part 5 and the dropout page, shows what those pages say
it shows (compared with the package's own runs, never with typed numbers); and the drawing passes
axe, fits a phone and a laptop without scrolling sideways at the lab's most hidden units, and
follows the settings. (How fast it redraws is no test's business: no test asserts a time.)
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl, urljoin, urlsplit

import numpy as np
import pytest

from browsing import open_page
from descent import network, post_arithmetic
from descent.pages import values
from descent.runs import dropout, stalls, sweeps
from network_js_page import network_js
from test_axe import VIEWS, view_violations

PAGE = "train-it-yourself/"
VIEW = "#lab-network"

# Each hidden unit's four cells, each output cell and target cell, read from the drawing.
READ_JS = """() => {
  const svg = document.querySelector("#lab-network");
  const values = (group) => group.dataset.values.split(" ");
  return {
    units: [...svg.querySelectorAll(".lab-net__unit")].map((g) => ({
      label: g.getAttribute("aria-label"), values: values(g),
      letter: (g.querySelector(".lab-net__twin") || {textContent: ""}).textContent.trim(),
      ink: g.dataset.ink.split(" ")})),
    output: values(svg.querySelector(".lab-net__output")),
    outputLabel: svg.querySelector(".lab-net__output").getAttribute("aria-label"),
    width: Number(svg.getAttribute("width")),
    overflow: [...svg.querySelectorAll("text")].map((t) => t.getBBox())
      .filter((box) => box.x < -0.5 || box.x + box.width > Number(svg.getAttribute("width")) + 0.5).length,
  };
}"""


def hexes(values) -> list[str]:
    return [float(v).hex() for v in np.ravel(np.asarray(values, dtype=float))]


def package_hidden_layer(synapse_0) -> np.ndarray:
    """The package's forward pass to the hidden layer, as network.train and the runs compute it."""
    return post_arithmetic.sigmoid(post_arithmetic.inputs_dot(network.X, np.asarray(synapse_0, dtype=float)))


def trained(page, text: str = "mean error") -> dict:
    page.wait_for_function("t => document.querySelector('#lab-status').textContent.includes(t)", arg=text)
    page.wait_for_function("() => document.querySelector('#lab-network .lab-net__unit')")
    return page.evaluate(READ_JS)


def link(built_site, page: str, fragment: str = "see-the-network") -> str:
    """The page's one link to the lab's drawing of the network."""
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    found = [unescape(href) for href in re.findall(r'href="([^"]*train-it-yourself/\?[^"]*)"', html)
             if href.endswith("#" + fragment)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("alpha, hidden, seed, iterations", [
    (10.0, 4, 1, 3000), (0.5, 1, 7, 500), (1.0, 32, 3, 1000), (1000.0, 64, 2, 200), (100.0, 5, 11, 800)])
def test_hidden_layer_is_the_packages_forward_pass_bit_for_bit(browser, alpha, hidden, seed, iterations):
    _, synapse_0, synapse_1, _, _ = network.train(alpha, hidden, iterations, iterations, seed)
    with network_js(browser) as engine:
        found = engine.evaluate("s0 => net.hiddenLayer(s0)", synapse_0.tolist())
        start = engine.evaluate("([h, seed]) => net.hiddenLayer(net.train({alpha: 1, hidden: h, seed, iterations: 0})"
                                ".synapse_0)", [hidden, seed])
    assert np.shape(found) == (4, hidden)
    assert hexes(found) == hexes(package_hidden_layer(synapse_0)), (alpha, hidden, seed)
    assert hexes(start) == hexes(package_hidden_layer(network.init_weights(3, hidden, seed)[0]))


def test_hidden_layer_of_the_stored_alpha_100_run(browser):
    """The chaotic run Part 5 reads: its hidden layer from the stored sweep, bit for bit."""
    run = next(r for r in sweeps.article_sweep(4).runs if r.alpha == 100.0)
    with network_js(browser) as engine:
        found = engine.evaluate("s0 => net.hiddenLayer(s0)", run.synapse_0.tolist())
    layer_1, _ = stalls.final_outputs(100.0)
    assert hexes(found) == hexes(layer_1)


def test_part_5s_link_shows_the_saturated_units_and_the_output_at_one_half(context, base_url, built_site):
    href = link(built_site, "part-5-improving-our-network/")
    url = urljoin(base_url + "part-5-improving-our-network/", href)
    assert dict(parse_qsl(urlsplit(url).query)) == {"alpha": "100", "hidden": "4", "seed": "1"}
    page, visit = open_page(context, url)
    try:
        seen = trained(page)
        layer_1, outputs = stalls.final_outputs(100.0)  # the package's network after 60 000 steps
        assert len(seen["units"]) == 4
        cells = np.array([[float(v) for v in unit["values"]] for unit in seen["units"]]).T  # (4 examples, units)
        assert hexes(cells) == hexes(layer_1)  # the package's numbers, bit for bit
        last = cells[3]  # input (1, 1, 1)
        assert np.all(last < 1e-6), last  # "all four hidden units output almost exactly 0"
        assert all(unit["ink"][3] == "0" for unit in seen["units"])  # drawn empty
        assert page.locator(f"{VIEW} path.lab-net__cell[fill-opacity='0']").count() == 1  # the empty cells' path
        for unit in seen["units"]:  # and said: its (1, 1) output is written with a tiny exponent
            said = re.search(r"outputs (.*?); weights", unit["label"])[1]
            assert re.search(r"\d\.\d+e\u2212\d+ for 1,1$", said), said
        found = np.array([float(v) for v in seen["output"][:4]])
        assert hexes(found) == hexes(outputs)
        assert abs(found[3] - 0.5) < 1e-5 and "0.5 for 1,1" in seen["outputLabel"], seen["outputLabel"]
        top = page.evaluate("document.getElementById('see-the-network').getBoundingClientRect().top")
        assert 0 <= top < page.viewport_size["height"] / 2, top  # the link lands on the drawing
        assert not visit.console_errors, visit.console_errors
    finally:
        page.close()


def test_the_dropout_pages_link_shows_its_near_twins(context, base_url, built_site):
    href = link(built_site, "follow-up/dropout/")
    url = urljoin(base_url + "follow-up/dropout/", href)
    settings = dict(parse_qsl(urlsplit(url).query))
    twins = dropout.twins()
    assert settings == {"alpha": f"{twins.alpha:g}", "hidden": str(twins.hidden), "seed": str(twins.seed),
                        "steps": str(twins.iterations)}
    study = dropout.redundancy(twins.hidden)  # the page's own study holds this network
    assert (twins.alpha, twins.iterations) == (study.alpha, study.iterations) and twins.seed in study.seeds
    assert twins.trained > dropout.NEAR > 2 * twins.start and twins.cosine > 0  # same sign: alike cells
    page, visit = open_page(context, url)
    try:
        seen = trained(page)
        cells = np.array([[float(v) for v in unit["values"]] for unit in seen["units"]]).T
        assert hexes(cells) == hexes(twins.layer_1)
        first, second = twins.pair
        letters = [unit["letter"] for unit in seen["units"]]
        assert letters[first] and letters[first] == letters[second], letters
        assert sum(map(bool, letters)) == 2, letters  # the one pair, no other unit marked
        gap = np.abs(cells[:, first] - cells[:, second]).max()
        assert values.lookup("dropout.lab_cells") == f"{gap:.2g}"  # what the page says the lab shows
        others = [np.abs(cells[:, first] - cells[:, k]).max() for k in range(twins.hidden) if k not in twins.pair]
        assert gap < 0.1 < min(others)  # near-identical cells, unlike any other unit's
        for index in twins.pair:
            assert f"hidden unit {index + 1}, near twin group {letters[first]}:" in seen["units"][index]["label"]
        assert not visit.console_errors, visit.console_errors
    finally:
        page.close()


@pytest.mark.parametrize("view", VIEWS, ids=[view[0] for view in VIEWS])
def test_no_axe_violations_and_no_sideways_scroll_with_the_network_drawn(browser, base_url, view):
    def ready(page):
        seen = trained(page)
        assert seen["overflow"] == 0, "a word of the drawing sticks out of it"
        box = page.locator(VIEW).bounding_box()
        panel = page.locator("#lab").bounding_box()
        assert box["x"] >= panel["x"] - 0.5 and box["x"] + box["width"] <= panel["x"] + panel["width"] + 0.5

    for settings in ("?steps=3000&hidden=4&alpha=1&seed=5", "?steps=500&hidden=32"):
        found = view_violations(browser, base_url, view, base_url + PAGE + settings + "#see-the-network", ready)
        assert not found, f"axe violations on the lab [{view[0]}, {settings}]:\n  " + "\n  ".join(found)


def test_the_drawing_follows_the_settings(context, base_url):
    page, _ = open_page(context, base_url + PAGE + "?steps=2000")
    try:
        before = trained(page)
        assert len(before["units"]) == 4
        page.fill("#lab-hidden", "7")
        page.locator("#lab-hidden").blur()
        after = trained(page, "7 hidden units")
        assert len(after["units"]) == 7
        page.fill("#lab-seed", "3")
        page.locator("#lab-seed").blur()
        again = trained(page, "seed 3")
        _, synapse_0, _, _, _ = network.train(10.0, 7, 2000, 2000, 3)
        cells = np.array([[float(v) for v in unit["values"]] for unit in again["units"]]).T
        assert hexes(cells) == hexes(package_hidden_layer(synapse_0))
    finally:
        page.close()
