"""One strict MkDocs build of the real site per test session, into a temporary directory."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BuiltSite:
    """The output directory of a build and the configuration it was built with."""

    dir: Path
    config: object
    seconds: float

    def pages(self) -> list[Path]:
        return sorted(self.dir.rglob("*.html"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site_dir = tmp_path_factory.mktemp("site")
    # Figures go to the repository's figures/ (the hook only renders what is stale), so a warm
    # checkout builds in seconds; notebooks re-execute whenever src/ changed.
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    start = time.monotonic()
    build(config)
    return BuiltSite(site_dir, config, time.monotonic() - start)
