"""The whole figure set is rendered once per test session; tests read or copy it."""

from __future__ import annotations

import pytest

from descent.pages import rebuild as build
from descent.pages.pool import default_jobs


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A folder holding one full build on every core (as `make figures` does), and the slugs that
    build rendered."""
    out_dir = tmp_path_factory.mktemp("figures")
    rendered = build.build(out_dir=out_dir, jobs=default_jobs())
    return out_dir, rendered
