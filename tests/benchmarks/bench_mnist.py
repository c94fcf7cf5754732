"""MNIST ``mnist-128``: engine (batch points and weight snapshots streaming to a listener)
against plain ``model.fit``, alternating, same network, data, batch size 32 and seed.

Run by hand: python tests/benchmarks/bench_mnist.py [epochs] [rounds]
"""

from __future__ import annotations

import statistics
import sys
import time

import common

from nnstudio.core.labels import label_encoding
from nnstudio.core.templates import from_template
from nnstudio.data import encode_labels, load_dataset
from nnstudio.training.build import build_model
from nnstudio.training.engine import Engine
from nnstudio.training.events import Update, WeightSnapshot


def project(epochs: int):
    p = from_template("mnist-128")
    p.data.path = str(common.mnist_path())
    p.train.epochs = epochs
    p.train.batch_size = 32
    return p


def engine_run(epochs: int, data) -> tuple[float, int, int]:
    counts = {"updates": 0, "points": 0, "snapshots": 0}

    def listener(event: object) -> None:
        if isinstance(event, Update):
            counts["updates"] += 1
            counts["points"] += len(event.points)
        elif isinstance(event, WeightSnapshot):
            counts["snapshots"] += 1

    result = Engine(project(epochs), listener, dataset=data).run()
    assert result.reason == "completed", result.message
    return result.train_seconds, counts["updates"], counts["snapshots"]


def plain_run(epochs: int, data) -> float:
    import keras

    keras.backend.clear_session(free_memory=True)
    p = project(epochs)
    model = build_model(p)
    y = encode_labels(data.y_train, label_encoding(p.compile.loss, 10), 10)
    t0 = time.monotonic()
    model.fit(data.x_train, y, batch_size=32, epochs=epochs, verbose=0, shuffle=True)
    return time.monotonic() - t0


def main() -> None:
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print("MNIST mnist-128 benchmark on", common.machine())
    data = load_dataset(project(epochs).data)
    print(f"{len(data.x_train)} training images, batch 32, {epochs} epochs per run")
    ratios = []
    for i in range(rounds):
        # Alternate which goes first, so drift on a shared machine hits both alike.
        if i % 2 == 0:
            e, updates, snaps = engine_run(epochs, data)
            p = plain_run(epochs, data)
        else:
            p = plain_run(epochs, data)
            e, updates, snaps = engine_run(epochs, data)
        ratios.append(e / p)
        print(f"round {i + 1}: engine {e:6.2f} s ({updates} updates, {snaps} weight snapshots), "
              f"plain fit {p:6.2f} s, engine/plain = {e / p:.3f}")  # fmt: skip
    print(f"median engine/plain time ratio: {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
