"""Time and memory of ``nnstudio check`` on a big CSV file: 1.15 million rows of 20 numbers
and a label (about 200 MB), made in a temporary folder.

Run by hand: python tests/benchmarks/bench_csv.py [rows]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common
import numpy as np

from nnstudio.core import project_file
from nnstudio.core.spec import LayerSpec, Project

FEATURES = 20
CLASSES = 4


def write_csv(path: Path, rows: int) -> None:
    """``rows`` rows of 20 numbers with five decimals, and a class label."""
    rng = np.random.default_rng(0)
    header = ",".join([*(f"f{i}" for i in range(FEATURES)), "label"])
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(header + "\n")
        chunk = 50_000
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            x = rng.normal(0, 10, size=(n, FEATURES))
            labels = rng.integers(0, CLASSES, size=n)
            cells = np.char.mod("%.5f", x)
            lines = [
                ",".join(row) + f",class{label}" for row, label in zip(cells, labels, strict=True)
            ]
            out.write("\n".join(lines) + "\n")


def write_project(path: Path, csv_path: Path) -> None:
    project = Project(name="Big table")
    project.layers = [LayerSpec.new("Input"), LayerSpec.new("Dense"), LayerSpec.new("Dense")]
    project.layers[2].params.update(units=CLASSES, activation="softmax")
    project.data.dataset = "csv"
    project.data.path = csv_path.name
    project.data.label_column = "label"
    project.data.preprocessing = "standardize"
    project_file.save(project, path)


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "big.csv"
        write_csv(csv_path, rows)
        project = Path(folder) / "big.nnproj"
        write_project(project, csv_path)
        size = csv_path.stat().st_size / 1e6
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "nnstudio", "check", str(project)],
            capture_output=True,
            text=True,
            cwd=common.REPO,
        )
        seconds = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    data_line = next((s for s in done.stdout.splitlines() if s.startswith("Data:")), "")
    print(f"{rows:,} rows, {FEATURES + 1} columns, {size:.0f} MB")
    print(
        f"nnstudio check: exit {done.returncode}, {seconds:.1f} s ({cpu:.1f} s of processor "
        f"time), peak {peak:.0f} MB"
    )
    print(data_line[:200] or done.stderr[-400:])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_150_000)
