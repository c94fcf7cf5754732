"""Shared helpers for the benchmarks (run by hand: python tests/benchmarks/bench_*.py)."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def machine() -> str:
    import keras
    import tensorflow as tf

    cores = os.cpu_count()
    return (
        f"{platform.processor() or platform.machine()}, {cores} cores, Python "
        f"{platform.python_version()}, TensorFlow {tf.__version__}, Keras {keras.__version__}"
    )


def mnist_path() -> Path | None:
    for p in (REPO / "resources" / "mnist.npz", REPO.parent / "shared" / "data" / "mnist.npz"):
        if p.is_file():
            return p
    return None


class Collector:
    def __init__(self) -> None:
        self.events: list[object] = []

    def __call__(self, event: object) -> None:
        self.events.append(event)
