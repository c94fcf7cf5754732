"""An exported project folder: everything needed to train the network elsewhere, offline.

The folder holds the Keras script and the notebook, the data they read (the CSV file, or
MNIST as ``mnist.npz``; XOR and the generated data are made by the code itself),
``requirements.txt`` pinned to the versions nnstudio trains with, and a README. The code
finds its data beside itself, so the folder can be copied anywhere (a USB stick, a school
server) and still train without a network. :mod:`nnstudio.export.verify` proves it.

The folder is written next to its final place and renamed into it when complete, so a
stopped export leaves no half folder.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from nnstudio import __version__
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.paths import os_error_sentence
from nnstudio.core.spec import Project
from nnstudio.data import resolve_data_path
from nnstudio.data.idx import is_idx_name
from nnstudio.export.assemble import notebook, script, suggested_filename
from nnstudio.export.data_code import csv_info, mnist_credit

FolderExport = Context("FolderExport")

#: The packages the exported code needs, as pip names them, in the order listed.
REQUIREMENTS = ("numpy", "keras", "tensorflow")
#: TensorFlow is installed under one of these names.
TENSORFLOW_NAMES = ("tensorflow", "tensorflow-cpu", "tensorflow-macos", "tensorflow-intel")


@dataclass
class ExportedFolder:
    folder: Path
    script: Path
    notebook: Path
    #: The data file or folder copied beside the code, if any.
    data: Path | None = None
    files: list[Path] = field(default_factory=list)


def installed_versions() -> dict[str, str]:
    """The versions of numpy, Keras and TensorFlow installed here (the ones nnstudio trains
    with), read from the installed packages' metadata without importing them."""
    found: dict[str, str] = {}
    for name in ("numpy", "keras", *TENSORFLOW_NAMES):
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return found


def requirements_text(versions: dict[str, str] | None = None) -> str:
    """The pinned packages. Its comments stay in English (plain ASCII): pip reads the file in
    the system's encoding, which on Windows cannot read every letter of every language."""
    versions = installed_versions() if versions is None else versions
    lines = [
        "# What the exported code needs, pinned to the versions nnstudio trained it with.",
        "# Install with: python -m pip install -r requirements.txt",
    ]
    for name in ("numpy", "keras"):
        lines.append(f"{name}=={versions[name]}" if name in versions else name)
    tf = next((n for n in TENSORFLOW_NAMES if n in versions), None)
    if tf is None:
        lines.append("tensorflow")
    else:
        if tf != "tensorflow":
            lines.append(f"# Installed here as {tf}; 'tensorflow' of the same version also works.")
        lines.append(f"{tf}=={versions[tf]}")
    return "\n".join(lines) + "\n"


def _safe_name(name: str, fallback: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", name).strip("-.") or fallback
    return stem[:80]


def export_folder(
    project: Project, folder: str | os.PathLike[str], base_dir: Path | None = None
) -> ExportedFolder:
    """Write the project's folder at ``folder``, which must not exist yet (or be empty).
    Raises :class:`NNStudioError` saying what is wrong, leaving nothing behind."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise NNStudioError(
            FolderExport.tr(
                "{folder} already exists and is not an empty folder: expected a new folder for "
                "the export (choose another name, or remove the old one first)."
            ).format(folder=folder)
        )
    stem = suggested_filename(project).removesuffix(".py")
    source = _data_source(project, base_dir)
    beside = None
    if source is not None:
        beside = "mnist" if source.is_dir() else (
            "mnist.npz" if project.data.dataset == "mnist" else _safe_name(source.name, "data.csv")
        )  # fmt: skip
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=parent))
        # mkdtemp makes a private folder; the export gets a folder's usual permissions.
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(work, 0o777 & ~mask)
    except OSError as exc:
        raise NNStudioError(os_error_sentence(exc, parent)) from None
    try:
        path = os.fspath(source) if source is not None else None
        data = csv_info(project, path) if project.data.dataset == "csv" else None
        files = [
            _write(work / f"{stem}.py", script(project, path, data=data, beside=beside)),
            _write(work / f"{stem}.ipynb", notebook(project, path, data=data, beside=beside)),
            _write(work / "requirements.txt", requirements_text()),
        ]
        if source is not None and beside is not None:
            files.append(_copy_data(source, work / beside))
        files.append(_write(work / "README.md", readme(project, stem, beside)))
        if folder.exists():
            folder.rmdir()  # empty (checked above): the finished folder takes its place
        os.replace(work, folder)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise NNStudioError(os_error_sentence(exc, folder)) from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ExportedFolder(
        folder,
        folder / f"{stem}.py",
        folder / f"{stem}.ipynb",
        folder / beside if beside else None,
        [folder / f.name for f in files],
    )


def _data_source(project: Project, base_dir: Path | None) -> Path | None:
    """The data file or folder to copy (None for data the code makes itself)."""
    d = project.data
    if d.dataset not in ("mnist", "csv"):
        return None
    found = resolve_data_path(d, base_dir)  # raises a sentence for a missing file
    if found is None:
        if d.dataset == "csv":
            raise NNStudioError(
                FolderExport.tr(
                    "The project has no CSV file chosen: expected one to copy into the folder."
                )
            )
        return None
    found = Path(found)
    if found.is_file() and is_idx_name(found.name):
        found = found.parent  # one of the four IDX files means their folder
    return found


def _write(path: Path, text: str) -> Path:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


def _copy_data(source: Path, target: Path) -> Path:
    if source.is_dir():
        target.mkdir()
        for item in sorted(source.iterdir()):
            if item.is_file() and is_idx_name(item.name):
                shutil.copy2(item, target / item.name)
    else:
        shutil.copy2(source, target)
    return target


def readme(project: Project, stem: str, beside: str | None) -> str:
    """The folder's README.md, in the language spoken (the commands in it stay as typed)."""
    name = project.name or FolderExport.tr("Untitled")
    lines = [
        f"# {name}",
        "",
        FolderExport.tr(
            "Exported from nnstudio {version}: the network, its data and its training, as "
            "plain Keras code that needs no nnstudio."
        ).format(version=__version__),
        "",
        "## " + FolderExport.tr("What is here"),
        "",
        "- "
        + FolderExport.tr(
            "`{script}`: the Keras script (load the data, build, train, test)."
        ).format(script=f"{stem}.py"),
        "- "
        + FolderExport.tr(
            "`{notebook}`: the same code as a Jupyter notebook, one step per cell."
        ).format(notebook=f"{stem}.ipynb"),
        "- "
        + FolderExport.tr(
            "`requirements.txt`: the packages it needs, at the versions nnstudio trained with."
        ),
    ]
    if beside is not None:
        lines.append(
            "- "
            + FolderExport.tr(
                "`{data}`: the data, read from beside the code (no download)."
            ).format(data=beside)
        )
    else:
        lines.append(
            "- " + FolderExport.tr("The data is made by the code itself (nothing to download).")
        )
    python = "py" if sys.platform == "win32" else "python3"
    lines += [
        "",
        "## " + FolderExport.tr("Run it"),
        "",
        "```",
        f"{python} -m venv .venv",
        ". .venv/bin/activate        "
        + FolderExport.tr("(on Windows: {command})").format(command=".venv\\Scripts\\activate"),
        "python -m pip install -r requirements.txt",
        f"python {stem}.py",
        "```",
        "",
        FolderExport.tr(
            "No network is needed once the packages are installed: copy the whole folder."
        ),
        "",
        "## " + FolderExport.tr("A school server with GPUs, or several computers"),
        "",
        FolderExport.tr(
            "On a computer with several GPUs, one copy of the network trains on each, every "
            "batch split between them (TensorFlow's `MirroredStrategy`):"
        ),
        "",
        "```",
        f"python {stem}.py --strategy mirrored",
        "```",
        "",
        FolderExport.tr(
            "On several computers (`MultiWorkerMirroredStrategy`), copy this folder to each, and "
            "start the script on every one at about the same time, each with `TF_CONFIG` naming "
            "all of them and which one it is (`index` 0 on the first, 1 on the second...):"
        ),
        "",
        "```",
        'TF_CONFIG=\'{"cluster": {"worker": ["pc1:12345", "pc2:12345"]}, '
        '"task": {"type": "worker", "index": 0}}\' \\',
        f"    python {stem}.py --strategy multiworker",
        "```",
        "",
        FolderExport.tr(
            "Each batch of the same size as on one computer is split between the workers, so the "
            "network learns the same; the first worker prints the progress and every worker "
            "tests."
        ),
    ]
    if project.data.dataset == "mnist":
        lines += ["", "## " + FolderExport.tr("Credit"), "", mnist_credit()]
    return "\n".join(lines) + "\n"
