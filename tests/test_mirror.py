"""The tests mirror the package: the tests of `src/descent/<folder>/<module>.py` are in
`tests/<folder>/test_<module>.py`, so whoever changes a module knows where its tests are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "descent"


def expected_test_files() -> dict[str, Path]:
    """Every module of the package (its path inside it) -> where its test file belongs."""
    found = {}
    for module in sorted(PACKAGE.rglob("*.py")):
        inside = module.relative_to(PACKAGE)
        if module.name.startswith("_"):  # __init__ and __main__: the package's doors, held
            continue  # by the tests of what they open onto
        found[inside.as_posix()] = ROOT / "tests" / inside.parent / f"test_{module.name}"
    return found


def test_every_module_has_its_test_file():
    missing = [f"{module} -> {test.relative_to(ROOT)}"
               for module, test in expected_test_files().items() if not test.is_file()]
    assert not missing, "modules without a test file of their own:\n" + "\n".join(missing)


def test_the_rule_sees_every_folder_of_the_package():
    folders = {Path(module).parent.as_posix() for module in expected_test_files()}
    on_disk = {path.parent.relative_to(PACKAGE).as_posix()
               for path in PACKAGE.rglob("*.py")}
    assert folders == on_disk and "figures" in folders and "pages/values" in folders
