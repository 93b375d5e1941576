"""A plain clone is enough: nothing in the repository reaches for a file beside it.

GitHub's runner checks out the repository alone, so a test or a build that reads the folder our
machines keep beside the clone (NEIGHBOUR) fails there. One test proves the whole of it by
running in a copy of the checkout with nothing beside it: tests/browser/test_site_determinism.py
builds the whole site there. This one reads the tracked files for paths that leave the
repository, so such a path fails in the fast lane too.
"""

from __future__ import annotations

import re
import subprocess

from checkout import REPO

NEIGHBOUR = 'shared'  # written once, so that this file does not itself name the path it looks for
# `../<it>`, `parents[N] / "<it>"`, `.parent / "<it>"`: the folder beside the checkout.
OUTSIDE = re.compile(rf"\.\./{NEIGHBOUR}\b|(?:parents\[\d\]|parent)\s*/\s*[\"']{NEIGHBOUR}[\"']")


def tracked(*patterns: str) -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z", "--", *patterns], cwd=REPO,
                            capture_output=True, check=True).stdout.decode()
    return [name for name in listed.split("\0") if name]


def test_no_code_test_or_build_file_reads_beside_the_clone():
    names = tracked("src", "tests", "benchmarks", "docs", "Makefile", "mkdocs.yml", ".ci",
                    ".github", "pyproject.toml")
    assert "src/descent/readings/post_output.py" in names  # the post's numbers live in the package
    offenders = [name for name in names if name != "tests/test_plain_clone.py"
                 and OUTSIDE.search((REPO / name).read_text(encoding="utf-8", errors="replace"))]
    assert offenders == []


def test_the_pattern_finds_what_it_is_for():
    assert OUTSIDE.search(f'ROOT.parent / "{NEIGHBOUR}" / "article"')
    assert OUTSIDE.search(f"see ../{NEIGHBOUR}/article/printed-output.json")
    assert OUTSIDE.search(f"Path(__file__).parents[2] / '{NEIGHBOUR}'")
    assert not OUTSIDE.search(f"{NEIGHBOUR}_digits(a, b)") and not OUTSIDE.search(f"a {NEIGHBOUR} style")
