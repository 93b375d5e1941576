"""The strict site build as `make site` runs it, for the session's one build and for copies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# GitHub Pages serves a project site at https://<owner>.github.io/<repo>/: test under a sub-path.
SUBPATH = "gradient-descent"
# Fixed, so that two builds of the same commit can be compared byte for byte.
SOURCE_DATE_EPOCH = "1438000000"  # 2015-07-27, the day the article was published


def build_site(site_dir: Path, cwd: Path = REPO, env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into site_dir, run in cwd, as `make site` does."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site_dir)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def session_runs() -> dict:
    """DESCENT_RUNS at this session's store of runs, for a build in a copy of the checkout.

    The store is keyed by the digest of the source a run reaches and by its arguments, so the copy
    reads what it would compute: its build still renders, executes and writes every file itself.
    """
    from descent.runs import store

    return {store.ENVIRONMENT: str(store.root())}


def stale_figures(figures: Path) -> list[str]:
    """The slugs a build in this checkout would render into `figures` (none when it is current)."""
    from descent.figure_build import rebuild
    from descent.figure_build.registry import FIGURES

    return [figure.slug for figure in rebuild.stale(FIGURES.values(), figures)]


def adopt_figures(built: Path, figures: Path) -> list[str]:
    """Copy into `figures` each output it lacks or holds stale that `built` (a full render of this
    checkout) holds current, and record it in the manifest: what the build would render, it finds
    rendered. Outputs are deterministic, so these are the bytes it would write. Returns the slugs."""
    from descent.files.atomic import atomic
    from descent.figure_build import manifest, rebuild
    from descent.figure_build.registry import FIGURES

    tools, theirs = manifest.tool_versions(), manifest.read(built)
    adopted = []
    with rebuild.locked(figures, lambda line: None):
        ours = manifest.read(figures)
        for figure in rebuild.stale(FIGURES.values(), figures):
            current = manifest.fingerprint(figure, tools)
            if theirs.get(figure.slug) != current:
                continue  # not in that render, or rendered from other source: the build renders it
            with atomic(figures / figure.path_name) as temp:
                temp.write_bytes((built / figure.path_name).read_bytes())
            ours[figure.slug] = current
            adopted.append(figure.slug)
        manifest.write(figures, ours)
    return adopted
