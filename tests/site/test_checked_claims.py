"""What "Checked against the post" says is what compare.CLAIMS and the data hold.

The page is built without the post's numbers, so its table is written by hand; these tests tie
each cell and each sentence to CLAIMS (held to the post by tests/test_compare.py) or to the
post's numbers and the nudged runs directly.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from descent import compare, printed, spreads
from descent.figures import ulp_spread
from descent.network import ALPHAS
from descent.runs import ulp
from site_html import ROOT

sys.path.insert(0, str(ROOT / "tests"))
from post_output import printed_path  # noqa: E402

pytestmark = pytest.mark.claims  # held under every arithmetic: tests/test_arithmetics.py

PAGE = ROOT / "docs" / "checked-against-the-post.md"
HOME = ROOT / "docs" / "index.md"


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def prose(page) -> str:
    return " ".join(page.split())


def _numbers(kind: str) -> int:
    return len(compare.STEPS) if kind.startswith("errors") else sum(compare.SIZES.values()) // 2


def table(page: str) -> dict[float, list[str]]:
    rows = {}
    for line in page.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0].replace(".", "", 1).isdigit():
            rows[float(cells[0])] = cells[1:]
    return rows


def test_the_table_states_every_claim(page):
    rows = table(page)
    assert sorted(rows) == sorted(ALPHAS)
    header = "| alpha | errors, 4 hidden | errors, 32 hidden | weights | direction counts |"
    assert header in page  # columns in the order of compare.KINDS
    for alpha in ALPHAS:
        expected = [compare.cell(*compare.CLAIMS[(kind, alpha)][:1], _numbers(kind),
                                 compare.CLAIMS[(kind, alpha)][1]) for kind in compare.KINDS]
        assert rows[alpha] == expected, alpha


def test_totals_in_prose(prose):
    exact = sum(exact for exact, _ in compare.CLAIMS.values())
    total = sum(_numbers(kind) for kind, _ in compare.CLAIMS)
    assert total == 308 and exact >= compare.EXACT_FLOOR
    assert f"**{exact} of the {total} printed numbers match to the last digit**" in prose
    assert "six errors for each of the seven alphas, 42 numbers" in prose
    assert "(12 weights) and `synapse_1` (4)" in prose and "224 numbers" in prose
    assert 7 * 2 * 16 == 224 and 7 * 6 == 42
    home = " ".join(HOME.read_text(encoding="utf-8").split())
    assert f"on the computer that builds this site {exact} match to the last digit" in home
    assert "The post printed 308 numbers" in home


def test_differences_sit_in_three_runs(prose):
    differing = {block for block, (exact, _) in compare.CLAIMS.items()
                 if exact < _numbers(block[0])}
    assert differing == {("errors-4", 100.0), ("weights", 100.0), ("errors-32", 10.0),
                         ("weights", 1000.0)}
    assert "Every difference sits in one of three runs" in prose
    assert compare.CLAIMS[("counts", 1000.0)] == (16, None)
    assert "The direction counts all match, including alpha 1000's" in prose


def test_alpha_10_at_32_hidden_is_within_one_percent():
    post = compare.load_printed(printed_path())
    block = ("errors-32", 10.0)
    ours = compare.ours()[block]
    assert ours[0] == post[block][0]
    relative = [abs(float(a) - float(b)) / float(b) for a, b in zip(ours[1:], post[block][1:])]
    assert max(relative) < 0.01
    shared = [printed.shared_digits(a, b) for a, b in zip(ours[1:], post[block][1:])]
    assert shared.count(1) == 1  # "enough to change the second significant digit of one"


def test_nudge_claims(prose):
    ours, starts = compare.ours(), spreads.blocks()
    fewest = {block: spreads.fewest(spreads.spread(block, ours, starts).fixed)
              for block in compare.CLAIMS}
    assert f"again from {ulp.NUDGES} starts" in prose and f"all {ulp.NUDGES + 1} runs" in prose
    # Blocks that match the post keep every digit under every nudge, and only those.
    for block, (exact, _) in compare.CLAIMS.items():
        assert (fewest[block] is None) == (exact == _numbers(block[0])), block
    assert "alpha 100 with 4 hidden units keeps 9 digits of its errors" in prose
    assert fewest[("errors-4", 100.0)] == 9
    assert "alpha 10 with 32 hidden units only 1" in prose
    assert fewest[("errors-32", 10.0)] == 1
    assert "one of them does not keep even its first digit" in prose
    assert fewest[("weights", 1000.0)] == 0
    assert "every one of the post's 308 numbers lies within the range" in prose


def test_figure_alt_text(page):
    assert "below 10 to the minus 13 for alphas 0.001 to 10 at 4 hidden units and 0.001 to 1 at 32" in page
    small, fixed_small = ulp_spread.spreads(4)
    big, fixed_big = ulp_spread.spreads(32)
    assert np.all(small[:5] < 1e-13) and np.all(big[:4] < 1e-13)
    assert all(f is None for f in fixed_small[:5] + fixed_big[:4])
    assert "about 10 to the minus 9 for alpha 100 at 4 hidden units, keeping 9 digits" in page
    assert 1e-10 < small[5] < 1e-8 and fixed_small[5] == 9
    assert "about 10 to the minus 2 for alpha 10 at 32 hidden units, keeping 1 digit" in page
    assert 1e-3 < big[4] < 1e-1 and fixed_big[4] == 1
    assert "zero for the runs stuck at 0.5" in page
    assert small[6] == big[5] == big[6] == 0
