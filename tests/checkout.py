"""A copy of this working tree as a fresh clone would hold it, with nothing beside it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def copy_checkout(dest: Path, with_figures: bool = True) -> Path:
    """What a clone of this working tree would hold (no .cache, no site/), using this venv.

    Run Python in it with PYTHONPATH=<dest>/src, so it imports its own copy of the package.
    """
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        if (REPO / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, dest / name)
    if with_figures:
        shutil.copytree(REPO / "figures", dest / "figures", dirs_exist_ok=True)
    (dest / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    return dest


def in_copy(dest: Path) -> dict:
    """The environment variables that make Python import the package from a copy."""
    return {"PYTHONPATH": str(dest / "src")}
