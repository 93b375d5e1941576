"""The Makefile's own lines: one line of ours instead of shell snippets or a silent minute,
`make serve` stopping at a taken port before building anything, and what `make clean` and
`make distclean` remove (in a temp copy of the checkout's outputs). MkDocs, pip and the venv are
replaced by stand-ins (the variables BIN, VENV, PYTHON and READY), so each test takes a second."""

import os
import re
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def script(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def make(*args, cwd=ROOT, **env):
    # Run as a user would from a shell: under `make test` the parent make's variables would
    # make this one a sub-make that prints "Entering directory" lines.
    clean = {key: value for key, value in os.environ.items()
             if key not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES")}
    return subprocess.run(["make", *args], cwd=cwd, capture_output=True, text=True, timeout=60,
                          env=dict(clean, **env))


@pytest.fixture
def ready(tmp_path):
    """A stand-in for .venv/.ready, newer than the lock file, so no venv is built."""
    marker = tmp_path / "ready"
    marker.touch()
    return marker


def test_make_site_prints_one_line_of_its_own_not_the_date_snippet(tmp_path, ready):
    bin_dir = tmp_path / "bin"
    script(bin_dir / "mkdocs", 'echo "mkdocs $* at $SOURCE_DATE_EPOCH"')
    result = make("site", f"READY={ready}", f"BIN={bin_dir}")
    assert result.returncode == 0, result.stderr
    ours, mkdocs = result.stdout.splitlines()
    assert ours == "mkdocs build --strict --site-dir site (dated by the last commit)"
    assert mkdocs.startswith("mkdocs build --strict --site-dir site at ")
    assert mkdocs.rsplit(" ", 1)[1].isdigit()  # the commit date still reaches MkDocs
    assert "SOURCE_DATE_EPOCH" not in result.stdout + result.stderr


def test_creating_the_venv_says_so_first(tmp_path):
    venv = tmp_path / "venv"
    # python -m venv DIR: make DIR/bin/python, which accepts the pip installs and does nothing
    python = script(tmp_path / "python3", 'mkdir -p "$3/bin" && printf "#!/bin/sh\\n" > '
                    '"$3/bin/python" && chmod +x "$3/bin/python"')
    ready = tmp_path / "venv" / ".ready"
    result = make(str(ready), f"READY={ready}", f"VENV={venv}", f"BIN={venv}/bin",
                  f"PYTHON={python}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"creating {venv} from requirements.lock (about a minute) …"]
    assert ready.exists()


def test_make_serve_stops_at_a_taken_port_before_building(tmp_path, ready):
    bin_dir = tmp_path / "bin"
    built = tmp_path / "mkdocs-ran"
    script(bin_dir / "mkdocs", f'touch "{built}"')
    script(bin_dir / "python", f'PYTHONPATH="{ROOT / "src"}" exec "{sys.executable}" "$@"')
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        result = make("serve", f"PORT={port}", f"READY={ready}", f"BIN={bin_dir}")
    assert result.returncode != 0 and not built.exists()
    ours = result.stderr.splitlines()[0]
    assert f"port {port} on 127.0.0.1 is already in use" in ours and "make serve PORT=" in ours
    assert "Traceback" not in result.stderr


def test_make_serve_passes_port_to_mkdocs(tmp_path, ready):
    bin_dir = tmp_path / "bin"
    script(bin_dir / "mkdocs", 'echo "mkdocs $*"')
    script(bin_dir / "python", f'PYTHONPATH="{ROOT / "src"}" exec "{sys.executable}" "$@"')
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = make("serve", f"PORT={port}", f"READY={ready}", f"BIN={bin_dir}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"mkdocs serve --dev-addr 127.0.0.1:{port}"


def targets(makefile: str) -> set[str]:
    """The names of the Makefile's rules that are not files (no path, no variable); a line
    `name := value` sets a variable, it is no rule."""
    names = set()
    for line in makefile.splitlines():
        rule = re.match(r"([A-Za-z][\w-]*(?:[ ]+[A-Za-z][\w-]*)*)[ ]*:(?![:=])", line)
        if rule:
            names |= set(rule.group(1).split())
    return names


def test_every_rule_that_is_not_a_file_is_phony():
    makefile = (ROOT / "Makefile").read_text()
    phony = next(line for line in makefile.splitlines() if line.startswith(".PHONY:"))
    assert {"clean", "distclean", "test", "site"} <= targets(makefile)
    assert set(phony.split()[1:]) == targets(makefile)


# A checkout after a build and a test run: what each cleaning target must remove or keep.
BUILT = ["site/index.html", ".pytest_cache/v/cache/lastfailed", ".cache/build.log",
         ".cache/publish/wheels/descent_reproduced-0.1.0-py3-none-any.whl",
         ".cache/publish/notebooks/rendered/a.json", ".cache/publish/notebooks/styles/a.css",
         "figures/bucket.png", "figures/.manifest.json", "figures/.lock",
         "figures/.bucket.png.x.partial", "figures/screens/bucket.png"]
RUNS = [".cache/runs/runs.sweeps.article_sweep.0123abcd.pickle", ".cache/runs/runs.sweeps.lock"]
SOURCE = ["figures/README.md", "README.md", "src/descent/network.py", "docs/index.md",
          ".venv/bin/python", "tests/audit/node_modules/.ready"]


@pytest.fixture
def checkout(tmp_path):
    """A temp folder with the Makefile, some source and every kind of output beside it."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    for name in BUILT + RUNS + SOURCE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    return tmp_path


def present(root: Path, names: list[str]) -> list[str]:
    return [name for name in names if (root / name).exists()]


def test_make_clean_keeps_the_computed_runs_and_removes_the_rest_of_the_output(checkout):
    result = make("clean", cwd=checkout)
    assert result.returncode == 0, result.stderr
    assert present(checkout, BUILT) == []
    assert present(checkout, RUNS + SOURCE) == RUNS + SOURCE
    assert sorted(p.name for p in (checkout / ".cache").iterdir()) == ["runs"]
    assert sorted(p.name for p in (checkout / "figures").iterdir()) == ["README.md"]
    assert not (checkout / "site").exists() and not (checkout / ".pytest_cache").exists()


def test_make_distclean_removes_the_computed_runs_too(checkout):
    result = make("distclean", cwd=checkout)
    assert result.returncode == 0, result.stderr
    assert present(checkout, BUILT + RUNS) == []
    assert not (checkout / ".cache").exists()
    assert present(checkout, SOURCE) == SOURCE


@pytest.mark.parametrize("target", ["clean", "distclean"])
def test_cleaning_a_checkout_with_nothing_built_succeeds_twice(tmp_path, target):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "README.md").write_text("figures")
    for _ in range(2):
        result = make(target, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["Makefile", "README.md", "figures"]
