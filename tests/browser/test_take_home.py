"""The reader's path: download a notebook from the site, run it on a machine without the repository.

A fresh virtual environment gets Jupyter's runner (nbclient, ipykernel) and the scientific stack,
pinned as in requirements.lock, but not the package. Each .ipynb is downloaded from the served
site into an empty folder and executed there: its first cell must install the wheel from the
site's own address, and every cell must then produce its outputs. Nothing of the checkout is on
sys.path; a last probe cell checks where `descent` was imported from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
import venv
from pathlib import Path

import pytest

from site_pages import REPO, notebook_sources

RUNNER = ["nbclient", "ipykernel", "numpy", "matplotlib", "imageio", "pillow"]
PROBE = "import descent, sys\nprint(descent.__file__)\nprint(sys.executable)"
EXECUTE = """
import sys, nbformat
from nbclient import NotebookClient
notebook = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(notebook, kernel_name="python3", timeout=600).execute()
nbformat.write(notebook, sys.argv[1])
"""


def shown(cells: list[dict]) -> tuple[list[str], int]:
    """(printed text of each code cell after the install cell, number of images) of a notebook."""
    code = [cell for cell in cells if cell["cell_type"] == "code"][1:]
    outputs = [output for cell in code for output in cell["outputs"]]
    assert not [output for output in outputs if output["output_type"] == "error"]
    texts = ["".join("".join(o.get("text", "")) for o in cell["outputs"]) for cell in code]
    return texts, sum("image/png" in output.get("data", {}) for output in outputs)


def lock_pins(names: list[str]) -> list[str]:
    pins = {line.split("==")[0].lower(): line.strip()
            for line in (REPO / "requirements.lock").read_text().splitlines() if "==" in line}
    return [pins[name.lower()] for name in names]


def isolated_env(home: Path) -> dict:
    """No PYTHONPATH, and Jupyter looks for kernels only in the fresh venv."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "JUPYTER", "VIRTUAL_ENV"))}
    return {**env, "JUPYTER_PATH": str(home / "jupyter"), "JUPYTER_DATA_DIR": str(home / "jupyter"),
            "JUPYTER_CONFIG_DIR": str(home / "jupyter-config"), "IPYTHONDIR": str(home / "ipython")}


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    """(python, env) of a fresh venv with the runner installed from the package index, not descent."""
    home = tmp_path_factory.mktemp("reader")
    venv.create(home / "venv", with_pip=True)
    python = home / "venv" / "bin" / "python"
    env = isolated_env(home)
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", *lock_pins(RUNNER)],
                          env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    found = subprocess.run([str(python), "-c", "import descent"], env=env, cwd=home, capture_output=True)
    assert found.returncode != 0, "the fresh venv already imports descent"
    return python, env


@pytest.mark.parametrize(("source", "path"), notebook_sources())
def test_downloaded_notebook_runs_without_the_repository(reader, served_site, tmp_path, source, path):
    python, env = reader
    subprocess.run([str(python), "-m", "pip", "uninstall", "--quiet", "--yes", "descent-reproduced"],
                   env=env, capture_output=True)  # each notebook meets a machine without the package
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    folder = tmp_path / "downloads"
    folder.mkdir()
    target = folder / f"{stem}.ipynb"
    with urllib.request.urlopen(f"{served_site}{path}{stem}.ipynb") as response:
        notebook = json.loads(response.read())
    site_outputs = shown(notebook["cells"])
    for cell in notebook["cells"]:  # run afresh: the outputs must come from the reader's machine
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    notebook["cells"].append({"cell_type": "code", "id": "probe", "metadata": {}, "source": PROBE,
                              "outputs": [], "execution_count": None})
    target.write_text(json.dumps(notebook))

    done = subprocess.run([str(python), "-c", EXECUTE, target.name], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]

    cells = json.loads(target.read_text())["cells"]
    texts, images = shown(cells[:-1])
    assert images and images == site_outputs[1], "not the figures the site shows"
    assert any("\n" in text for text in texts), "no printed output"
    assert texts == site_outputs[0], "the reader's run prints other numbers than the site's"
    imported, kernel = "".join(cells[-1]["outputs"][0]["text"]).split()
    venv_dir = str(python.parent.parent)
    assert imported.startswith(venv_dir) and str(REPO) not in imported, imported
    assert kernel.startswith(venv_dir), kernel
    installed = subprocess.run([str(python), "-m", "pip", "show", "descent-reproduced"], env=env,
                               capture_output=True, text=True)
    assert installed.returncode == 0, "the first cell did not install the wheel"
