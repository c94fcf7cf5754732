"""MNIST ``mnist-128``: engine (batch points and weight snapshots streaming to a listener)
against plain ``model.fit`` with Keras's default compile settings (one step per compiled call),
alternating, same network, data, batch size 32 and seed. Also prints the arithmetic rate each
achieves and the machine's own rate on a large matrix product, measured in the same run.

With ``--template NAME`` another MNIST template runs with its own batch size, validation
share and (unless given) epochs, and each run's test accuracy is printed too: for
``mnist-tanh-sgd``, 50 epochs of batch 64 with 10% held back for validation.

Run by hand: python tests/benchmarks/bench_mnist.py [epochs] [rounds] [--xla | --no-xla]
[--template NAME] [--latency] (defaults: 2 and 5, and the engine's own choice of XLA; the
flags force it on or off; --latency also times how soon a stop and a pause are honoured)
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


def _option(name: str) -> str | None:
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return None


TEMPLATE = _option("--template")


def project(epochs: int | None):
    p = from_template(TEMPLATE or "mnist-128")
    p.data.path = str(common.mnist_path())
    if epochs is not None:
        p.train.epochs = epochs
    if TEMPLATE is None:
        p.train.batch_size = 32
    return p


def test_accuracy(model, data, p) -> float:
    """The test accuracy of a trained model (not timed)."""
    y = encode_labels(data.y_test, label_encoding(p.compile.loss, 10), 10)
    results = model.evaluate(data.x_test, y, batch_size=256, verbose=0, return_dict=True)
    return float(next(v for k, v in results.items() if "accuracy" in k))


def engine_run(epochs: int | None, data) -> tuple[float, int, int, float]:
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
    accuracy = next(v for k, v in result.test.items() if "accuracy" in k)
    return result.train_seconds, counts["updates"], counts["snapshots"], accuracy


def stop_and_pause_latency(data) -> tuple[float, float]:
    """Seconds from a stop request to the end of the run (its last batch points delivered),
    and from a pause request to the engine holding, in a run of many steps per call. The
    pause comes at the tenth delivery, the stop 1.5 s after it: while training runs, not
    while its step is being compiled (a stop then waits for the compiler)."""
    import threading

    stop, pause = threading.Event(), threading.Event()
    marks: dict[str, float] = {}
    updates = {"n": 0}

    def listener(event: object) -> None:
        if isinstance(event, Update):
            updates["n"] += 1
            if updates["n"] == 10:
                marks["pause"] = time.monotonic()
                pause.set()

    options = EngineOptions(jit_compile=XLA, evaluate=False)
    engine = Engine(project(5), listener, stop=stop, pause=pause, dataset=data, options=options)
    held = engine.wait_while_paused

    def stop_now() -> None:
        marks["stop"] = time.monotonic()
        stop.set()

    def holding() -> None:
        marks.setdefault("held", time.monotonic())
        pause.clear()
        held()
        threading.Timer(1.5, stop_now).start()

    engine.wait_while_paused = holding  # type: ignore[method-assign]
    result = engine.run()
    assert result.reason == "stopped", result.message
    # The last points were flushed as the run ended; run() returned right after.
    return time.monotonic() - marks["stop"], marks["held"] - marks["pause"]


def plain_run(epochs: int | None, data) -> tuple[float, float]:
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
    model.fit(
        data.x_train,
        y,
        batch_size=p.train.batch_size,
        epochs=p.train.epochs,
        validation_split=p.data.validation_split,
        verbose=0,
        shuffle=True,
    )
    seconds = time.monotonic() - t0
    return seconds, test_accuracy(model, data, p)


XLA = True if "--xla" in sys.argv else False if "--no-xla" in sys.argv else None


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.endswith("xla") and not a.startswith("-")]
    args = [a for a in args if a != TEMPLATE]
    epochs = int(args[0]) if args else (None if TEMPLATE else 2)
    rounds = int(args[1]) if len(args) > 1 else 5
    settings = project(epochs)
    print(f"MNIST {TEMPLATE or 'mnist-128'} benchmark on", common.machine())
    data = load_dataset(settings.data)
    forced = {True: ", XLA forced on", False: ", XLA forced off", None: ""}[XLA]
    print(f"{len(data.x_train)} training images ({settings.data.validation_split:.0%} held back "
          f"for validation), batch {settings.train.batch_size}, {settings.train.epochs} epochs "
          f"per run{forced}")  # fmt: skip
    ratios, engine_times, plain_times = [], [], []
    for i in range(rounds):
        # Alternate which goes first, so drift on a shared machine hits both alike.
        if i % 2 == 0:
            e, updates, snaps, e_acc = engine_run(epochs, data)
            p, p_acc = plain_run(epochs, data)
        else:
            p, p_acc = plain_run(epochs, data)
            e, updates, snaps, e_acc = engine_run(epochs, data)
        ratios.append(e / p)
        engine_times.append(e)
        plain_times.append(p)
        print(f"round {i + 1}: engine {e:6.2f} s ({updates} updates, {snaps} weight snapshots, "
              f"test accuracy {e_acc:.2%}), plain fit {p:6.2f} s (test accuracy {p_acc:.2%}), "
              f"engine/plain = {e / p:.3f}")  # fmt: skip
    print(f"median engine/plain time ratio: {statistics.median(ratios):.3f} "
          f"(rounds {min(ratios):.3f}-{max(ratios):.3f})")  # fmt: skip
    if "--latency" in sys.argv:
        stops, pauses = zip(*(stop_and_pause_latency(data) for _ in range(rounds)), strict=True)
        print(f"stop honoured after {statistics.median(stops) * 1000:.0f} ms (median; "
              f"{min(stops) * 1000:.0f}-{max(stops) * 1000:.0f}), pause after "
              f"{statistics.median(pauses) * 1000:.0f} ms ({min(pauses) * 1000:.0f}-"
              f"{max(pauses) * 1000:.0f})")  # fmt: skip
    # A training step is a forward and a backward pass: about 3 times the forward pass's
    # multiply-adds, each 2 floating-point operations.
    trained = len(data.x_train) * (1 - settings.data.validation_split)
    flops = 6 * work_per_example(validate(settings)) * trained * settings.train.epochs
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
