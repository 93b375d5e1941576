"""The home page: its first lines say what the site is, for whom, what to read first and where to
start; its first code is the post's thirteen lines, and the printout below them is what the
script prints here; what it says of our longer loop is what network.py does.

The script's own claims (its lines are the post's, its digits stay put) are held by
tests/runs/test_thirteen_lines.py.
"""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest

from descent.network import init_weights, train
from site_html import ROOT, listings

pytestmark = pytest.mark.claims  # prose and pins held to the runs (the same bits on every machine)

PAGE = ROOT / "docs" / "index.md"
SCRIPT = ROOT / "docs" / "code" / "thirteen_lines.py"
PART_1 = "http://iamtrask.github.io/2015/07/12/basic-python-network/"


@pytest.fixture(scope="module")
def markdown() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def prose(markdown) -> str:
    return " ".join(markdown.split())


def test_the_page_starts_with_what_for_whom_what_first_and_where(markdown):
    """Before any picture or heading after the title: the four answers a learner needs."""
    first = markdown.split("\n## ", 1)[0].split("![", 1)[0]
    assert first.startswith("# Start here\n")
    flat = " ".join(first.split())
    assert "This site retells Andrew Trask's 2015 post" in flat
    assert "**For whom:** you have read the post before this one, or you know a little Python and numpy" in flat
    assert ("**Know first:** that earlier post, "
            f"[*A Neural Network in 11 lines of Python (Part 1)*]({PART_1})") in flat
    assert "**Start:** [Part 1: Optimization](part-1-optimization.md), the first part of this post" in flat
    # "Part 1" alone would be ambiguous: every other mention on the page names which one it is.
    assert "post's Part 1" not in " ".join(markdown.split())
    assert "[Train it yourself](train-it-yourself.md)" in flat
    assert "[Explore alpha](explore-alpha.md#drag-alpha)" in flat
    assert "[first, below](#thirteen-lines)" in flat


def test_the_nav_names_the_home_page_start_here():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\n  - Start here: index.md\n" in config and "Summary and the code" not in config


def test_the_first_code_on_the_page_is_the_thirteen_lines_included_not_pasted(markdown):
    fences = re.findall(r"^```.*\n(.*)$", markdown, re.MULTILINE)
    assert fences[0] == '--8<-- "docs/code/thirteen_lines.py"'
    section = markdown.split("## The post's thirteen lines { #thirteen-lines }\n", 1)[1]
    assert section.split("\n## ", 1)[0].count('--8<-- "docs/code/thirteen_lines.py"') == 1
    assert "import numpy as np" not in markdown  # shown only through the snippet
    assert "[Download it](code/thirteen_lines.py)" in markdown


def test_the_printout_is_named_not_typed(markdown):
    block = markdown.split('```text title="python thirteen_lines.py"\n', 1)[1].split("```", 1)[0]
    assert block == "{{ home.thirteen_lines_printed }}\n"


def test_the_changes_said_are_the_scripts(prose):
    assert ("We changed one word so that it runs in Python 3 (`range` for Python 2's `xrange`) "
            "and added two lines, marked `# ours`: a seed") in prose
    script = SCRIPT.read_text(encoding="utf-8")
    assert sum(line.endswith("  # ours") for line in script.splitlines()) == 2
    assert "for j in range(60000):" in script and "xrange(" not in script


def test_the_init_weights_listing_is_the_whole_function_but_its_docstring(markdown):
    """The listing is two line ranges of network.py: it must still be init_weights, whole, with
    only its one-line docstring (too wide for the text column) left out."""
    ranges = re.search(r'--8<-- "src/descent/network\.py:(\d+):(\d+),(\d+):(\d+)"', markdown)
    first, last, resume, end = map(int, ranges.groups())
    assert "(its docstring left out)" in markdown
    lines = (ROOT / "src" / "descent" / "network.py").read_text(encoding="utf-8").splitlines()
    assert first == last and lines[first - 1].startswith("def init_weights(")
    skipped = lines[last:resume - 1]
    assert len(skipped) == 1 and skipped[0].strip().startswith('"""') and skipped[0].strip().endswith('"""')
    assert lines[end - 1].strip() == "return synapse_0, synapse_1" and lines[end].strip() == ""


def test_init_weights_draws_what_the_seed_and_the_posts_two_lines_draw(prose):
    assert ("`init_weights` draws `synapse_0` and then `synapse_1` exactly as "
            "`np.random.seed(seed)` followed by the post's two lines does") in prose
    for seed, hidden in ((1, 4), (1, 32), (7, 4)):
        np.random.seed(seed)
        synapse_0 = 2 * np.random.random((3, hidden)) - 1
        synapse_1 = 2 * np.random.random((hidden, 1)) - 1
        ours = init_weights(3, hidden, seed)
        assert np.array_equal(ours[0], synapse_0) and np.array_equal(ours[1], synapse_1)


def test_keeping_the_error_changes_nothing_in_the_training(prose):
    assert "Keeping it changes nothing in the training." in prose
    every_step = train(10.0, 4, 3000, every=1)
    rarely = train(10.0, 4, 3000, every=3000)
    assert len(every_step[0]) == 3000 and len(rarely[0]) == 1
    for kept, fewer in zip(every_step[1:], rarely[1:]):
        assert np.array_equal(kept, fewer)


def test_the_thirteen_lines_print_what_the_built_page_shows(built_site):
    """The script, run by this venv's python, exits 0 and prints the page's printout exactly."""
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    blocks = list(listings(built_site.dir / "index.html").values())
    assert blocks[0] == SCRIPT.read_text(encoding="utf-8").rstrip("\n").splitlines()
    assert done.stdout.rstrip("\n").splitlines() in blocks
    shown = blocks.index(done.stdout.rstrip("\n").splitlines())
    assert shown == 1  # right after the thirteen lines, before our loop


def test_the_built_page_has_the_anchors_other_pages_link_to(built_site):
    page = (built_site.dir / "index.html").read_text(encoding="utf-8")
    for anchor in ("thirteen-lines", "the-code"):
        assert f'id="{anchor}"' in page
    assert (built_site.dir / "code" / "thirteen_lines.py").read_bytes() == SCRIPT.read_bytes()


def test_what_the_pictures_are_computed_from(prose):
    """The ball pictures of Parts 2 and 3 descend stated functions (landscapes), not the network."""
    assert ("every number and picture is computed by the site's own code when the site is built — "
            "the pictures of balls rolling on curves and in valleys descend small stated "
            "functions, and the rest comes from running the post's own tiny network") in prose
    for page in ("part-2-gradient-descent.md", "part-3-sometimes-it-breaks.md"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        for name in re.findall(r"\]\(figures/([\w-]+)\.png\)", text):
            source = (ROOT / "src" / "descent" / "figures" / f"{name.replace('-', '_')}.py").read_text(
                encoding="utf-8")
            assert re.search(r"landscapes|descents|paths|basins", source), name
            assert not re.search(r"network|studies|sweeps", source), name


def test_the_home_bucket_alt(prose):
    assert ("every step crosses the bottom and lands a quarter as far from it, so by the third "
            "panel the ball is almost at the bottom and the tangents have flattened") in prose
    assert "the start and three steps of gradient descent in a bucket from [Part 2](part-2-gradient-descent.md)" in prose
    from descent.runs import descents

    x = descents.bucket_iterates()
    assert np.allclose(x[1:] / x[:-1], -0.25)  # by hand: 1 − 2 · 0.625
    assert x[2] ** 2 < 0.01 * x[0] ** 2, "the third ball sits under 1% of the start's height"


def test_four_ways_to_break_as_part_3_has_four_problems(prose):
    assert "breaks in four recognisable ways" in prose
    part_3 = (ROOT / "docs" / "part-3-sometimes-it-breaks.md").read_text(encoding="utf-8")
    assert len(re.findall(r"^## Problem \d", part_3, re.MULTILINE)) == 4


def test_four_notebooks(prose):
    assert "Four of the experiments are also notebooks" in prose
    notebooks = sorted(path.name for path in (ROOT / "docs" / "notebooks").glob("*.py"))
    assert len(notebooks) == 4
    for name in notebooks:
        assert f"](notebooks/{name})" in prose


def test_the_sweeps_engine_is_tested_against_this_loop(prose):
    assert ("the sweeps run it through a faster engine that trains many networks at once, and a "
            "test checks that the engine gives this loop's numbers, bit for bit") in prose
    engine_tests = (ROOT / "tests" / "test_engine.py").read_text(encoding="utf-8")
    assert "def test_the_engine_is_network_train_bit_for_bit(" in engine_tests
    sweeps = (ROOT / "src" / "descent" / "runs" / "sweeps.py").read_text(encoding="utf-8")
    assert "engine.train(" in sweeps


def test_the_train_listing_is_the_train_section_but_one_comment(markdown):
    """network.py must not change (every stored run's key depends on it), so the listing leaves
    out, by line numbers, the section's one comment, whose `u` the listing never defines."""
    assert "(one comment line left out)" in markdown
    ranges = re.search(r'--8<-- "src/descent/network\.py:(\d+):(\d+),(\d+):(\d+)"\n```\n\nWhat it adds',
                       markdown)
    first, last, resume, end = map(int, ranges.groups())
    lines = (ROOT / "src" / "descent" / "network.py").read_text(encoding="utf-8").splitlines()
    assert lines[first - 2].strip() == "# --8<-- [start:train]"
    assert lines[end].strip() == "# --8<-- [end:train]"
    skipped = lines[last:resume - 1]
    assert len(skipped) == 1 and skipped[0].strip().startswith("#")
    shown = lines[first - 1:last] + lines[resume - 1:end]
    assert not any(line.strip().startswith("#") for line in shown)
