"""The package's layers, and which may import which: no import from a lower layer to a higher one.

The root of the package holds the maths; `files/` how files are written, locked and keyed;
`runs/` the experiments; `readings/` what is read off them against the post's printout;
`figures/` the drawings; `figure_build/` their build; `pages/` the site and `cli/` the command
line, the two tops, which never import each other. Read from each module's own imports
(descent.files.sources.direct_imports), so a new module is held as soon as it exists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from descent.files import sources

PACKAGE = Path(sources.__file__).resolve().parents[1]
BELOW = {
    "maths": set(),
    "files": set(),
    "runs": {"maths", "files"},
    "readings": {"maths", "files", "runs"},
    "figures": {"maths", "runs", "readings"},
    "figure_build": {"maths", "files", "runs", "readings", "figures"},
    "pages": {"maths", "files", "runs", "readings", "figures", "figure_build"},
    "cli": {"maths", "files", "runs", "readings", "figures", "figure_build"},
}


def layer(module: str) -> str:
    """'runs.sweeps' -> 'runs'; a module of the root ('engine') -> 'maths'."""
    head = module.split(".")[0]
    return head if (PACKAGE / head).is_dir() else "maths"


def modules() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and parts != ["__main__"]:
            found.append(".".join(parts))
    return found


def test_every_folder_of_the_package_is_a_layer():
    folders = {path.name for path in PACKAGE.iterdir()
               if path.is_dir() and (path / "__init__.py").exists()}
    assert folders == set(BELOW) - {"maths"}


@pytest.mark.parametrize("module", modules())
def test_a_module_imports_only_its_own_layer_and_those_below(module):
    path = PACKAGE.joinpath(*module.split("."))
    source = (path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).read_text()
    within = f"{module}.__init__" if path.is_dir() else module  # a package's own imports
    own = layer(module)
    upward = sorted(imported for imported in sources.direct_imports(source, within)
                    if layer(imported) not in BELOW[own] | {own})
    assert upward == [], f"{module} ({own}) imports from a higher layer: {upward}"


def test_the_check_sees_an_upward_import():
    # A maths module that imported a run would be caught: the check is not vacuous.
    assert layer("runs.sweeps") not in BELOW["maths"] | {"maths"}
    assert "runs.sweeps" in sources.direct_imports("from .runs import sweeps\n", "engine")
