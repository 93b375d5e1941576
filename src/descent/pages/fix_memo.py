"""The page fixes' results kept from one build to the next (.cache/page-fixes.json).

A page that comes out of the generator the same, with the same figure files and the same code of
the fixes, gets the same fixes: a build that changes nothing parses no page again. Each result
is keyed by a hash of the page, what the fix is asked (its kind), the fixes' source
(descent.pages.page_fixes and what it imports) and every figure file's name, size and time.
Only the results the last build used are kept, so the file never grows past one build's worth.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from .. import sources
from ..atomic import write_text

FIXES = "pages.page_fixes"  # the module whose closure is the fixes' code


def _salt(figures: Path) -> bytes:
    hashed = hashlib.sha256(sources.digest(sources.module_closure(FIXES)).encode())
    if figures.is_dir():
        for path in sorted(figures.iterdir()):
            if path.is_file():
                stat = path.stat()
                hashed.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return hashed.digest()


class FixMemo:
    """Fixed pages of the last build (read from `path`) and of this one (written by `save`)."""

    def __init__(self, path: Path, figures: Path):
        self.path = path
        self.salt = _salt(figures)
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            kept = {}  # none yet, or damaged: every page is fixed afresh
        self.kept: dict[str, str] = kept if isinstance(kept, dict) else {}
        self.used: dict[str, str] = {}
        self.fixed = 0  # pages this build actually fixed (the rest came from the last build)

    def apply(self, kind: str, page: str, fix: Callable[[str], str]) -> str:
        """fix(page), or the result the last build kept for the same page, kind and inputs."""
        key = hashlib.sha256(self.salt + kind.encode() + b"\0" + page.encode()).hexdigest()
        done = self.used.get(key) or self.kept.get(key)
        if not isinstance(done, str):
            done = fix(page)
            self.fixed += 1
        self.used[key] = done
        return done

    def save(self) -> None:
        """Keep this build's results, and only those, for the next build."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_text(self.path, json.dumps(self.used, sort_keys=True))
