"""Where `figures` writes, checked before any work starts so that a bad folder is one clear line
naming that folder (not a temp file deep inside the build)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import descent


def project_root() -> Path | None:
    """The checkout this package runs from (src/descent -> the folder with mkdocs.yml), if any."""
    root = Path(descent.__file__).resolve().parents[2]
    return root if (root / "mkdocs.yml").is_file() else None


def default_figures_folder() -> Path:
    """The project's figures/, wherever the command is run from; ./figures for an installed
    package, which has no project around it."""
    root = project_root()
    return (root if root is not None else Path.cwd()) / "figures"


def problem(folder: Path, will_write: bool) -> str | None:
    """Why `folder` cannot take the figures, in a few words; None if it can.

    Writing is checked by writing (a probe file), not by os.access: as root, or on a read-only
    file system, os.access can say yes to a folder that refuses every file.
    """
    if folder.exists() and not folder.is_dir():
        return f"{folder} is not a folder"
    if not will_write:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return f"cannot create the folder {folder}: {error.strerror or error}"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return f"cannot write into the folder {folder}: {error.strerror or error}"
    return None
