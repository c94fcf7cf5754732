"""XOR: epochs per second and training time to 100% accuracy, engine against plain ``fit``.

Alternating runs with the same network, data, batch size and seed.
Run by hand: python tests/benchmarks/bench_xor.py
"""

from __future__ import annotations

import statistics
import time

import common
import numpy as np

from nnstudio.core.templates import from_template
from nnstudio.training.build import build_model
from nnstudio.training.engine import Engine
from nnstudio.training.events import EpochResult, Update

ENGINE_EPOCHS = 3000
PLAIN_EPOCHS = 300
ROUNDS = 3
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32)
Y = np.array([[0], [1], [1], [0]], np.float32)


def _first_perfect(epochs: list[tuple[float, float]]) -> float | None:
    """Training seconds until the first epoch at 100%, from (seconds, accuracy) per epoch."""
    total = 0.0
    for seconds, accuracy in epochs:
        total += seconds
        if accuracy == 1.0:
            return total
    return None


def engine_run() -> tuple[float, float | None]:
    project = from_template("xor")
    project.train.epochs = ENGINE_EPOCHS
    epochs: list[EpochResult] = []

    def listener(event: object) -> None:
        if isinstance(event, Update):
            epochs.extend(event.epochs)

    result = Engine(project, listener).run()
    assert result.reason == "completed", result.message
    perfect = _first_perfect([(e.seconds, e.logs["binary_accuracy"]) for e in epochs])
    return result.epochs_done / result.train_seconds, perfect


def plain_run() -> tuple[float, float | None]:
    import keras

    keras.backend.clear_session(free_memory=True)
    model = build_model(from_template("xor"))
    epochs: list[tuple[float, float]] = []

    class Watch(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.t0 = time.monotonic()

        def on_epoch_end(self, epoch, logs=None):
            epochs.append((time.monotonic() - self.t0, logs["binary_accuracy"]))

    t0 = time.monotonic()
    model.fit(X, Y, epochs=PLAIN_EPOCHS, batch_size=4, verbose=0, callbacks=[Watch()])
    seconds = time.monotonic() - t0
    return PLAIN_EPOCHS / seconds, _first_perfect(epochs)


def main() -> None:
    print("XOR benchmark on", common.machine())
    engine_rates, plain_rates, engine_perfect, plain_perfect = [], [], [], []
    for i in range(ROUNDS):
        rate, perfect = engine_run()
        engine_rates.append(rate)
        engine_perfect.append(perfect)
        rate_p, perfect_p = plain_run()
        plain_rates.append(rate_p)
        plain_perfect.append(perfect_p)
        print(f"round {i + 1}: engine {rate:8.0f} epochs/s  plain fit {rate_p:6.1f} epochs/s  "
              f"ratio {rate / rate_p:6.1f}x; 100% after {perfect} s (engine), "
              f"{perfect_p} s (plain, within {PLAIN_EPOCHS} epochs)")  # fmt: skip
    e, p = statistics.median(engine_rates), statistics.median(plain_rates)
    print(
        f"median: engine {e:.0f} epochs/s, plain fit {p:.1f} epochs/s, engine/plain = {e / p:.1f}x"
    )
    got = [x for x in engine_perfect if x is not None]
    print(f"engine training time to 100% accuracy: median {statistics.median(got):.3f} s"
          if got else "engine never reached 100%")  # fmt: skip


if __name__ == "__main__":
    main()
