"""Where the prose names line numbers of a listing, those lines hold the statements it names."""

from __future__ import annotations

import re

import pytest

from site_html import ROOT, listings, snippet_section

TWO_WEIGHT = ("src/descent/two_weight.py", "two_weight_train")
NETWORK = ("src/descent/network.py", "train")

# page -> listing it talks about -> {phrase in the prose: {line number: statement on that line}}
CLAIMS = {
    "part-4-sgd-in-neural-networks.md": (TWO_WEIGHT, {
        "line 6": {6: "layer_1 = sigmoid(inputs_dot(X, synapse_0))"},
        "line 7": {7: "layer_1_error = layer_1 - y"},
        "lines 6–7": {6: "layer_1 = sigmoid(inputs_dot(X, synapse_0))", 7: "layer_1_error = layer_1 - y"},
        "lines 8–9": {8: "layer_1_delta = layer_1_error * sigmoid_output_to_derivative(layer_1)",
                      9: "synapse_0_derivative = rows_dot(X, layer_1_delta)"},
        "line 10": {10: "synapse_0 -= alpha * synapse_0_derivative"},
        "line 5": {5: "for j in range(iterations):"},
    }),
    "part-5-improving-our-network.md": (NETWORK, {
        "lines 14–15": {14: "synapse_1_derivative = ops.rows_dot(layer_1, layer_2_delta)",
                        15: "synapse_0_derivative = ops.rows_dot(X, layer_1_delta)"},
        "lines 22–23": {22: "synapse_1 -= alpha * synapse_1_derivative",
                        23: "synapse_0 -= alpha * synapse_0_derivative"},
        "line 5": {5: "for j in range(iterations):"},
    }),
}

CASES = [(page, phrase, listing, lines)
         for page, (listing, phrases) in CLAIMS.items() for phrase, lines in phrases.items()]


def _page_output(site, source: str):
    return site.dir / source.removesuffix(".md") / "index.html"


@pytest.mark.parametrize("page, phrase, listing, lines", CASES,
                         ids=[f"{page}:{phrase}" for page, phrase, _, _ in CASES])
def test_named_lines_hold_the_named_statements(built_site, page, phrase, listing, lines):
    markdown = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert re.search(rf"\b{phrase}\b", markdown), f"{page} no longer says {phrase!r}"
    path, section = listing
    assert re.search(rf'```python linenums="1"[^\n]*\n--8<-- "{re.escape(path)}:{section}"',
                     markdown), f"{page} does not show {path}:{section} numbered from 1"
    included = snippet_section(path, section)
    # The listing as the reader sees it: the rendered block whose text is this section.
    rendered = [block for block in listings(_page_output(built_site, page)).values()
                if block == included]
    assert rendered, f"{page}: no rendered listing equals {path}:{section}"
    for number, statement in lines.items():
        assert rendered[0][number - 1].strip() == statement, (
            f"{page} says {phrase} but line {number} is {rendered[0][number - 1].strip()!r}")


def test_every_line_number_in_the_prose_is_checked():
    named = re.compile(r"\blines? \d+(?:–\d+)?")
    for source in sorted((ROOT / "docs").rglob("*.md")):
        claims = CLAIMS.get(source.relative_to(ROOT / "docs").as_posix(), (None, {}))[1]
        for phrase in named.findall(source.read_text(encoding="utf-8")):
            assert phrase in claims, f"{source.name}: {phrase!r} is not checked by CLAIMS"


def test_highlighted_lines_are_claimed_lines():
    """A highlighted line (hl_lines) is one the prose talks about, so it is checked above."""
    for page, (_, phrases) in CLAIMS.items():
        claimed = {number for lines in phrases.values() for number in lines}
        markdown = (ROOT / "docs" / page).read_text(encoding="utf-8")
        for highlighted in re.findall(r'hl_lines="([\d ]+)"', markdown):
            assert {int(n) for n in highlighted.split()} <= claimed, f"{page}: hl_lines {highlighted}"
