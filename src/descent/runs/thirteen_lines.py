"""The post's thirteen lines as a learner downloads them (docs/code/thirteen_lines.py), run by
this machine's Python and numpy: what they print, for the home page.

It is the post's code as written (numpy's `np.dot` and `exp`), so what it prints is this
machine's; rounded to three decimals, its four outputs are far from any digit's edge
(tests/runs/test_thirteen_lines.py sums them in other orders and in extended precision).
"""

from __future__ import annotations

import subprocess
import sys

from ..files import sources
from .store import stored

# The script the home page includes and serves for download: a file of the checkout's docs/.
SCRIPT = sources.PACKAGE_DIR.parents[1] / "docs" / "code" / "thirteen_lines.py"


class ScriptFailed(RuntimeError):
    """The script did not run to the end: its last line of error says why."""


def run(source: str) -> subprocess.CompletedProcess:
    """Run a script's source with this Python, as `python thirteen_lines.py` would."""
    return subprocess.run([sys.executable, "-"], input=source, capture_output=True, text=True,
                          timeout=600, check=False)


@stored
def printed(source: str) -> str:
    """What the script prints (keyed by its source, so an edit runs it again)."""
    done = run(source)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no error output"])[-1]
        raise ScriptFailed(f"{SCRIPT.name} exited with {done.returncode}: {last}")
    return done.stdout


def output() -> str:
    """What docs/code/thirteen_lines.py prints on this machine."""
    return printed(SCRIPT.read_text(encoding="utf-8"))
