"""The README's layout names every module of the package exactly once.

The rule this test holds the README's "## Layout" section to:

- The section is a list. An entry whose first code span is a folder of the package
  (`src/descent/`, `src/descent/runs/`, `src/descent/pages/values/`, …) describes that folder;
  entries of other folders (`docs/`, `tests/`, …) are not read. A folder may have several
  entries (`src/descent/` has two), and every package folder (one with an `__init__.py`) has one.
- In a folder's entry, a code span ending in `.py` names the module at that path relative to the
  folder: `formats.py` in the entry of `src/descent/pages/values/` is `pages/values/formats.py`.
  A span that is no module of that folder but one relative to `src/descent/` is a cross-reference
  (`figure_build/registry.py` in the figures' entry): it names nothing. Any other `.py` span names no
  module at all, so it is stale, and fails.
- Every module is named exactly once, except `__init__.py` (its folder's entry stands for it)
  and the figure modules, one per figure, named after its slug and listed in the registry
  (descent.figure_build.registry.FIGURES); the figures' other modules, their drawing helpers, are named.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from descent.figure_build.registry import FIGURES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "descent"
PREFIX = "src/descent/"


def layout_entries(readme: str) -> list[str]:
    """The Layout section's list entries, each joined into one line."""
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    entries: list[list[str]] = []
    inside = False
    for line in section.splitlines():
        if line.startswith("- "):
            entries.append([line[2:]])
            inside = True
        elif line.startswith("  ") and inside:
            entries[-1].append(line.strip())
        else:
            inside = False
    return [" ".join(lines) for lines in entries]


def folder_entries(entries: list[str], package: Path) -> list[tuple[str, list[str]]]:
    """(folder relative to the package, '' for its root; the entry's code spans) of each entry
    that describes a package folder."""
    found = []
    for entry in entries:
        spans = re.findall(r"`([^`]+)`", entry)
        if spans and spans[0].startswith(PREFIX) and spans[0].endswith("/"):
            folder = spans[0].removeprefix(PREFIX).rstrip("/")
            if (package / folder).is_dir():
                found.append((folder, spans[1:]))
    return found


def namings(entries: list[str], package: Path) -> tuple[Counter, list[str]]:
    """(how often each module, as a path relative to the package, is named; the spans that
    name no module)."""
    named, stale = Counter(), []
    for folder, spans in folder_entries(entries, package):
        for span in spans:
            if not span.endswith(".py"):
                continue
            path = f"{folder}/{span}" if folder else span
            if (package / path).is_file():
                named[path] += 1
            elif not (package / span).is_file():  # neither the folder's nor a cross-reference
                stale.append(f"{span} (in the entry of {PREFIX}{folder + '/' if folder else ''})")
    return named, stale


def modules(package: Path, exempt: set[str]) -> set[str]:
    """Every module the layout must name: each .py file but __init__.py and the exempt ones."""
    return {path.relative_to(package).as_posix() for path in package.rglob("*.py")
            if path.name != "__init__.py"} - exempt


def package_folders(package: Path) -> set[str]:
    return {"" if path.parent == package else path.parent.relative_to(package).as_posix()
            for path in package.rglob("__init__.py")}


def figure_modules() -> set[str]:
    return {figure.module_name.replace(".", "/") + ".py" for figure in FIGURES.values()}


def problems(readme: str, package: Path, exempt: set[str]) -> dict[str, list[str]]:
    entries = layout_entries(readme)
    named, stale = namings(entries, package)
    described = {folder for folder, _ in folder_entries(entries, package)}
    return {"missing": sorted(modules(package, exempt) - set(named)),
            "named more than once": sorted(path for path, count in named.items() if count > 1),
            "no such module": stale,
            "folders without an entry": sorted(package_folders(package) - described)}


def test_the_readme_layout_names_every_module_of_the_package_once():
    found = problems((ROOT / "README.md").read_text(encoding="utf-8"), PACKAGE, figure_modules())
    assert found == {"missing": [], "named more than once": [], "no such module": [],
                     "folders without an entry": []}


def test_only_figure_modules_go_unnamed():
    figures = figure_modules()
    assert len(figures) > 30 and all(path.startswith("figures/") for path in figures)
    helpers = modules(PACKAGE, figures) & {p.relative_to(PACKAGE).as_posix()
                                           for p in (PACKAGE / "figures").glob("*.py")}
    assert {"figures/style.py", "figures/panels.py"} <= helpers  # helpers must still be named


README = """# x

## Layout

Intro naming `a.py` outside any entry.

- `src/descent/` — `a.py` (one), `b.py`, and `sub/c.py`.
- `src/descent/sub/` — `c.py` again, `d.py`, a cross-reference to `a.py`, and `gone.py`.
- `docs/` — `nothing.py` is not read here.

## Next

- `src/descent/` — `e.py` is in another section.
"""


def test_the_rule_finds_missing_twice_named_stale_and_folders_without_an_entry(tmp_path):
    for name in ["__init__.py", "a.py", "b.py", "e.py", "fig.py", "sub/__init__.py", "sub/c.py",
                 "sub/d.py", "other/__init__.py"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    assert problems(README, tmp_path, {"fig.py"}) == {
        "missing": ["e.py"],
        "named more than once": ["sub/c.py"],
        "no such module": ["gone.py (in the entry of src/descent/sub/)"],
        "folders without an entry": ["other"]}
    assert layout_entries(README)[0] == "`src/descent/` — `a.py` (one), `b.py`, and `sub/c.py`."
