"""The post's printed numbers, read from ../shared beside the repository (never copied into it).

Outside CI, a checkout without ../shared skips the tests that need them, saying why; with CI set,
a missing file fails them instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRINTED = ROOT.parent / "shared" / "article" / "printed-output.json"


def printed_path() -> Path:
    if not PRINTED.is_file():
        message = f"the post's printed output is not at {PRINTED} (it lives beside the repository)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return PRINTED
