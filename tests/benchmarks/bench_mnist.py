"""MNIST ``mnist-128``: engine (batch points and weight snapshots streaming to a listener)
against plain ``model.fit`` with Keras's default compile settings (one step per compiled call),
alternating, same network, data, batch size 32 and seed. Also prints the arithmetic rate each
achieves and the machine's own rate on a large matrix product, measured in the same run.

Run by hand: python tests/benchmarks/bench_mnist.py [epochs] [rounds] [--xla | --no-xla]
(defaults: 2 and 5, and the engine's own choice of XLA; the flags force it on or off)
"""

from __future__ import annotations

import statistics
import sys
import time

import common

from nnstudio.core.compute import work_per_example
from nnstudio.core.keras_args import optimizer_call
from nnstudio.core.labels import label_encoding
from nnstudio.core.templates import from_template
from nnstudio.core.validate import validate
from nnstudio.data import encode_labels, load_dataset
from nnstudio.training.build import build_model, make
from nnstudio.training.engine import Engine, EngineOptions
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

    options = EngineOptions(jit_compile=XLA)
    result = Engine(project(epochs), listener, dataset=data, options=options).run()
    assert result.reason == "completed", result.message
    return result.train_seconds, counts["updates"], counts["snapshots"]


def plain_run(epochs: int, data) -> float:
    import keras

    keras.backend.clear_session(free_memory=True)
    p = project(epochs)
    model = build_model(p)
    # Keras's defaults, as a student's own script would compile it.
    model.compile(
        optimizer=make(optimizer_call(p.compile)), loss=p.compile.loss, metrics=p.compile.metrics
    )
    assert model.steps_per_execution == 1
    y = encode_labels(data.y_train, label_encoding(p.compile.loss, 10), 10)
    t0 = time.monotonic()
    model.fit(data.x_train, y, batch_size=32, epochs=epochs, verbose=0, shuffle=True)
    return time.monotonic() - t0


XLA = True if "--xla" in sys.argv else False if "--no-xla" in sys.argv else None


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.endswith("xla")]
    epochs = int(args[0]) if args else 2
    rounds = int(args[1]) if len(args) > 1 else 5
    print("MNIST mnist-128 benchmark on", common.machine())
    data = load_dataset(project(epochs).data)
    print(f"{len(data.x_train)} training images, batch 32, {epochs} epochs per run"
          + {True: ", XLA forced on", False: ", XLA forced off", None: ""}[XLA])  # fmt: skip
    ratios, engine_times, plain_times = [], [], []
    for i in range(rounds):
        # Alternate which goes first, so drift on a shared machine hits both alike.
        if i % 2 == 0:
            e, updates, snaps = engine_run(epochs, data)
            p = plain_run(epochs, data)
        else:
            p = plain_run(epochs, data)
            e, updates, snaps = engine_run(epochs, data)
        ratios.append(e / p)
        engine_times.append(e)
        plain_times.append(p)
        print(f"round {i + 1}: engine {e:6.2f} s ({updates} updates, {snaps} weight snapshots), "
              f"plain fit {p:6.2f} s, engine/plain = {e / p:.3f}")  # fmt: skip
    print(f"median engine/plain time ratio: {statistics.median(ratios):.3f} "
          f"(rounds {min(ratios):.3f}-{max(ratios):.3f})")  # fmt: skip
    # A training step is a forward and a backward pass: about 3 times the forward pass's
    # multiply-adds, each 2 floating-point operations.
    flops = 6 * work_per_example(validate(project(epochs))) * len(data.x_train) * epochs
    peak = matmul_rate()
    for name, times in (("engine", engine_times), ("plain fit", plain_times)):
        rate = flops / statistics.median(times) / 1e9
        print(f"{name}: {rate:.1f} GFLOP/s, {rate / peak:.1%} of the machine's {peak:.0f} GFLOP/s")


def matmul_rate() -> float:
    """The machine's own arithmetic rate (GFLOP/s): the best of a few large float32 matrix
    products in TensorFlow, as the training uses."""
    import tensorflow as tf

    n = 2048
    a = tf.random.uniform((n, n))
    b = tf.random.uniform((n, n))
    tf.matmul(a, b).numpy()
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        tf.matmul(a, b).numpy()
        best = min(best, time.perf_counter() - t0)
    return 2 * n**3 / best / 1e9


if __name__ == "__main__":
    main()
