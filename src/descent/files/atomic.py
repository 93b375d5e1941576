"""One way to write a file: into a temp file beside it, then renamed over it in one step."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

SUFFIX = ".partial"  # every temp file ends so; a build that holds the lock removes leftovers


@contextmanager
def atomic(path: Path | str, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temp path beside `path`; on success it replaces `path`, on any failure it goes.

    Readers see the old file or the whole new one, never half of it.
    """
    path = Path(path)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=SUFFIX)
    os.close(handle)
    try:
        yield Path(temp)
        os.chmod(temp, mode)  # mkstemp makes it private; the site must be able to serve it
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_text(path: Path | str, text: str) -> None:
    """Write text (UTF-8, \\n line ends) atomically."""
    with atomic(path) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")
