"""What the site hands its readers to take home: the package as a wheel, and runnable notebooks.

Plain functions, callable without MkDocs. Everything is written into a build directory
(`.cache/publish/`) by temp file + rename, and rebuilt only when its inputs change:

- `build_wheel`: the package as a wheel, byte-identical from the same checkout;
- `stamp_notebook`: a notebook source with a first code cell that installs that wheel from the
  site's own address when the package is missing;
- `execute_notebook`: the executed `.ipynb` of a stamped source, with stable cell ids.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from descent.files import sources
from descent.files.atomic import atomic

DOWNLOADS = "downloads"  # where the site serves the wheel, relative to its root
ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip file can hold

# The cell the build puts before a notebook's first code cell. Plain Python (no %pip), so it
# runs the same in Jupyter, in Colab and as `python notebook.py`.
INSTALL_CELL = '''\
# %%
# The `descent` package, installed from the site this notebook came from when it is missing.
import importlib.util
import subprocess
import sys

# The wheel's address on that site, written by the site build:
WHEEL = {url}
if importlib.util.find_spec("descent") is None:
    if WHEEL is None:
        raise ModuleNotFoundError("descent is missing: download the wheel from the site's home page "
                                  "and run: pip install {name}")
    subprocess.check_call([sys.executable, "-m", "pip", "install", WHEEL])

'''
FIRST_CODE_CELL = re.compile(r"^# %%(?!.*\[markdown\]).*$", re.MULTILINE)


class PublishError(Exception):
    """Something a reader takes home could not be made: a notebook failed, or the wheel did."""


@dataclass
class Published:
    """What a build publishes: the wheel, each notebook's stamped source, the files to serve."""

    wheel: Path
    sources: dict[str, Path] = field(default_factory=dict)    # docs path -> executed .ipynb
    downloads: dict[str, Path] = field(default_factory=dict)  # site path -> file


def write_atomic(path: Path, data: bytes) -> None:
    """Write data to path through a temp file in the same folder: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic(path) as temp:
        temp.write_bytes(data)


def quiet_kernels(cache: Path) -> None:
    """Keep notebook kernels from logging a warning per run (ipykernel's "running over TCP
    without encryption": the kernel only talks to this build, on 127.0.0.1). Kernels read
    their config from $IPYTHONDIR; the build's own one says: errors only."""
    config = cache / "ipython" / "profile_default" / "ipython_kernel_config.py"
    if not config.is_file():
        write_atomic(config, b"c.IPKernelApp.log_level = 'ERROR'\n")
    os.environ["IPYTHONDIR"] = str(cache / "ipython")


def wheel_inputs(root: Path) -> list[Path]:
    """The files a wheel is built from: the project metadata and the package's Python source."""
    package = sorted(p for p in (root / "src" / "descent").rglob("*.py") if "__pycache__" not in p.parts)
    return [root / "pyproject.toml", root / "README.md", *package]


def source_date_epoch() -> int:
    """The build's date: SOURCE_DATE_EPOCH (as `make site` sets it) or the zip epoch."""
    return max(int(os.environ.get("SOURCE_DATE_EPOCH") or ZIP_EPOCH), ZIP_EPOCH)


def normalise_wheel(wheel: Path, dest: Path, epoch: int) -> None:
    """Copy a wheel with one date and one file mode on every entry, so its bytes depend on content only."""
    date_time = time.gmtime(epoch)[:6]
    with tempfile.NamedTemporaryFile(dir=dest.parent, prefix=f".{dest.name}.", delete=False) as tmp:
        with zipfile.ZipFile(wheel) as old, zipfile.ZipFile(tmp, "w") as new:
            for entry in old.infolist():  # same order: RECORD stays last
                info = zipfile.ZipInfo(entry.filename, date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # unix, so that the mode below is read
                info.external_attr = 0o100644 << 16
                new.writestr(info, old.read(entry))
    os.chmod(tmp.name, 0o644)
    os.replace(tmp.name, dest)


def build_wheel(root: Path, out_dir: Path) -> Path:
    """The package's wheel in out_dir (other wheels there are removed); rebuilt only when its inputs change.

    Built from a copy of its inputs in a temp folder (no build/ or egg-info left in the checkout,
    nothing stale picked up from them) with the setuptools of this environment, then normalised.
    """
    epoch = source_date_epoch()
    inputs = wheel_inputs(root)
    key = sources.fingerprint([], {"epoch": epoch, "files": {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in inputs}})[:16]
    stamp = out_dir / ".key"
    built = sorted(out_dir.glob("*.whl")) if out_dir.is_dir() else []
    if len(built) == 1 and stamp.is_file() and stamp.read_text() == key:
        return built[0]
    with tempfile.TemporaryDirectory() as tmp:
        project, wheels = Path(tmp) / "project", Path(tmp) / "wheels"
        for path in inputs:
            copy = project / path.relative_to(root)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                        "--disable-pip-version-check", "--wheel-dir", str(wheels), str(project)],
                       check=True, env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
        (wheel,) = wheels.glob("*.whl")
        out_dir.mkdir(parents=True, exist_ok=True)
        for old in built:
            old.unlink()
        normalise_wheel(wheel, out_dir / wheel.name, epoch)
    write_atomic(stamp, key.encode())
    return out_dir / wheel.name


def wheel_url(site_url: str | None, wheel: Path) -> str | None:
    """The address the site serves the wheel at, when the site knows its own address."""
    if not site_url:
        return None
    return f"{site_url.rstrip('/')}/{DOWNLOADS}/{wheel.name}"


def stamp_notebook(source: str, wheel_name: str, url: str | None) -> str:
    """The notebook source with the install cell before its first code cell."""
    first = FIRST_CODE_CELL.search(source)
    if first is None:
        raise ValueError("the notebook has no code cell")
    cell = INSTALL_CELL.format(url=json.dumps(url) if url else None, name=wheel_name)
    return source[:first.start()] + cell + source[first.start():]


def notebook_key(text: str) -> str:
    """What an executed notebook is kept under: the fingerprint of its text, the package source
    it reaches and the Python that ran it."""
    return sources.fingerprint(sources.direct_imports(text), {"notebook": text,
                                                               "python": sys.version})[:16]


def execute_notebook(source: Path, dest: Path, cwd: Path) -> Path:
    """Execute a jupytext notebook and write it as `.ipynb`; again only when it or the code it reaches changed.

    A failing cell raises (nbclient's CellExecutionError) and leaves dest untouched.
    """
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    text = source.read_text(encoding="utf-8")
    key = notebook_key(text)
    stamp = dest.with_suffix(".key")
    if dest.is_file() and stamp.is_file() and stamp.read_text() == key:
        return dest
    notebook = jupytext.reads(text, fmt="py:percent")
    notebook.metadata.pop("jupytext", None)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for number, cell in enumerate(notebook.cells, 1):
        cell.id = f"cell-{number}"  # jupytext gives random ids; the same checkout gives the same file
    NotebookClient(notebook, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(cwd)}}).execute()
    write_atomic(dest, nbformat.writes(notebook).encode() + b"\n")
    write_atomic(stamp, key.encode())
    return dest


def install_command(wheel: Path, url: str | None) -> str:
    """The one line a reader runs to install the package."""
    return f"pip install {url or wheel.name}\n"


def prepare(root: Path, notebooks: list[Path], out_dir: Path, site_url: str | None) -> Published:
    """Build the wheel, stamp and execute each notebook (a docs/notebooks/*.py), write the snippets."""
    try:
        wheel = build_wheel(root, out_dir / DOWNLOADS)
    except subprocess.CalledProcessError as error:
        raise PublishError(f"building the wheel failed: {error}") from error
    url = wheel_url(site_url, wheel)
    published = Published(wheel, downloads={f"{DOWNLOADS}/{wheel.name}": wheel})
    for notebook in notebooks:
        stamped = out_dir / "notebooks" / notebook.name
        text = stamp_notebook(notebook.read_text(encoding="utf-8"), wheel.name, url)
        if not stamped.is_file() or stamped.read_text(encoding="utf-8") != text:
            write_atomic(stamped, text.encode())
        try:
            executed = execute_notebook(stamped, stamped.with_suffix(".ipynb"), cwd=root)
        except Exception as error:  # nbclient's CellExecutionError, or a kernel that died
            raise PublishError(f"notebook {notebook} failed: {error}") from error
        # The page renders the executed notebook (mkdocs-jupyter does not run it again, and copies
        # it beside the page); the stamped source is served beside it (directory URLs).
        published.sources[f"notebooks/{notebook.name}"] = executed
        published.downloads[f"notebooks/{notebook.stem}/{stamped.name}"] = stamped
    snippets = out_dir / "snippets"
    write_atomic(snippets / "pip-install.txt", install_command(wheel, url).encode())
    link = f"[{wheel.name}]({DOWNLOADS}/{wheel.name})"
    write_atomic(snippets / "wheel-link.md", f"Or download the wheel, {link}, and install that file.\n".encode())
    return published
