"""The session's one strict build of the real site (tests/conftest.py), with its configuration."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BuiltSite:
    """The output directory of a build and the configuration it was built with."""

    dir: Path
    config: object

    def pages(self) -> list[Path]:
        return sorted(self.dir.rglob("*.html"))


@pytest.fixture(scope="session")
def built_site(site_build, site_env) -> BuiltSite:
    from mkdocs.config import load_config

    # Figures go to the repository's figures/ (the hook only renders what is stale), so a warm
    # checkout builds in seconds; notebooks re-execute whenever src/ changed.
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_build), strict=True,
                         site_url=site_env["SITE_URL"], repo_url=site_env["REPO_URL"])
    return BuiltSite(site_build, config)
