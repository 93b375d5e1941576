"""Following imports through the package, so dependencies never have to be listed by hand."""

import os

from descent.files import sources


def test_relative_absolute_and_from_package_imports_are_all_followed():
    code = "\n".join([
        "import numpy as np",
        "import descent.network",
        "from descent.files import atomic",
        "from descent.readings import logs",
        "from descent.two_weight import train",
        "from descent.network import ALPHAS",  # a name, not a module: resolves to network
    ])
    assert sources.direct_imports(code) == {
        "network", "files.atomic", "readings.logs", "two_weight"}


def test_relative_imports_resolve_against_the_importing_module():
    code = "from . import style\nfrom .panels import x\nfrom ..landscapes import bucket\n"
    assert sources.direct_imports(code, within="figures.bucket") == {
        "figures.style", "figures.panels", "landscapes"}


def test_reached_is_transitive():
    # logs imports runs.sweeps and printed; sweeps imports the engine, network and the store
    # (and what they use: the two arithmetics and the exp, its digests, its atomic writes, its
    # locks)
    assert sources.reached("from descent.readings import logs") == {
        "readings.logs", "readings.printed", "runs.sweeps", "runs.store", "engine", "switched",
        "optimizers", "network", "post_arithmetic", "numpy_arithmetic", "rounded_exp",
        "files.sources", "files.atomic", "files.locks"}


def test_module_closure_includes_the_module_and_is_sorted():
    closure = sources.module_closure("runs.descents")
    assert closure == ("landscapes", "runs.descents")


def test_digest_changes_with_the_source(monkeypatch, tmp_path):
    before = sources.digest(["network", "engine"])
    assert sources.digest(["engine", "network", "network"]) == before
    edited = tmp_path / "network.py"
    edited.write_bytes(sources.module_path("network").read_bytes() + b"\n")
    real = sources.module_path
    monkeypatch.setattr(sources, "module_path", lambda n: edited if n == "network" else real(n))
    assert sources.digest(["network", "engine"]) != before


def test_digest_sees_a_file_edited_in_place(monkeypatch, tmp_path):
    """The digest is kept per version of the files (their stat stamps): an edit is a new one."""
    files = {name: tmp_path / f"{name}.py" for name in ("a", "b")}
    for name, path in files.items():
        path.write_text(f"x = '{name}'\n")
    monkeypatch.setattr(sources, "module_path", files.__getitem__)
    before = sources.digest(["a", "b"])
    assert sources.digest(["b", "a"]) == before
    files["a"].write_text("x = 'A'\n")  # same size: the new mtime tells
    os.utime(files["a"], ns=(1, 1))
    after = sources.digest(["a", "b"])
    assert after != before
    files["a"].write_text("x = 'AA'\n")  # a longer file, the same mtime: the size tells
    os.utime(files["a"], ns=(1, 1))
    assert sources.digest(["a", "b"]) not in (before, after)


def test_a_fingerprint_changes_with_the_parameters_and_with_any_source_reached(monkeypatch, tmp_path):
    before = sources.fingerprint(["readings.logs"], {"alpha": 10, "hidden": (4, 32)})
    assert sources.fingerprint(["readings.logs", "readings.logs"], {"hidden": [4, 32], "alpha": 10}) == before
    assert sources.fingerprint(["readings.logs"], {"alpha": 1, "hidden": (4, 32)}) != before
    assert sources.fingerprint(["network"], {"alpha": 10, "hidden": (4, 32)}) != before
    # network.py is not named, but readings.logs reaches it
    edited = tmp_path / "network.py"
    edited.write_bytes(sources.module_path("network").read_bytes() + b"\n")
    real = sources.module_path
    monkeypatch.setattr(sources, "module_path", lambda n: edited if n == "network" else real(n))
    assert sources.fingerprint(["readings.logs"], {"alpha": 10, "hidden": (4, 32)}) != before


def test_a_fingerprint_says_what_json_cannot_by_repr():
    class Look:
        def __repr__(self):
            return "Look('dark')"

    assert sources.fingerprint([], {"look": Look()}) == sources.fingerprint([], {"look": "Look('dark')"})
