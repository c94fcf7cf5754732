"""Peak memory and memory growth over 10 consecutive engine runs in one process, next to
10 plain ``model.fit`` runs that also clear Keras's state between them.

Run by hand: python tests/benchmarks/bench_memory.py [runs]
"""

from __future__ import annotations

import gc
import resource
import sys

import common

from nnstudio.core.labels import label_encoding
from nnstudio.core.templates import from_template
from nnstudio.data import encode_labels, load_dataset
from nnstudio.training.build import build_model
from nnstudio.training.engine import Engine
from nnstudio.training.reuse import CompiledModels


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def project(name: str):
    p = from_template(name)
    if name.startswith("mnist"):
        p.data.path = str(common.mnist_path())
        p.data.train_limit = 6000
        p.data.test_limit = 1000
        p.train.epochs = 1
    else:
        p.train.epochs = 300
    return p


def engine_runs(name: str, runs: int, keep: bool = False) -> list[float]:
    """RSS after each run; with ``keep``, the compiled network is kept between runs, as the
    training process keeps it."""
    data = load_dataset(project(name).data)
    kept = CompiledModels() if keep else None
    sizes = []
    for _ in range(runs):
        result = Engine(project(name), lambda e: None, dataset=data, compiled=kept).run()
        assert result.reason == "completed", result.message
        del result
        gc.collect()
        sizes.append(rss_mb())
    return sizes


def plain_runs(name: str, runs: int) -> list[float]:
    import keras

    p = project(name)
    data = load_dataset(p.data)
    y = encode_labels(data.y_train, label_encoding(p.compile.loss, data.num_classes),
                      data.num_classes)  # fmt: skip
    sizes = []
    for _ in range(runs):
        keras.backend.clear_session(free_memory=True)
        model = build_model(p)
        model.fit(data.x_train, y, batch_size=p.train.batch_size, epochs=p.train.epochs, verbose=0)
        del model
        gc.collect()
        sizes.append(rss_mb())
    return sizes


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    print("Memory benchmark on", common.machine())
    for name in ("xor", "mnist-128"):
        e = engine_runs(name, runs)
        k = engine_runs(name, runs, keep=True)
        p = plain_runs(name, runs)
        print(
            f"{name}: engine RSS after run 1 {e[0]:.0f} MB, after run {runs} {e[-1]:.0f} MB, "
            f"growth {e[-1] - e[0]:+.0f} MB; with the compiled network kept between runs (as "
            f"in the training process) {k[-1] - k[0]:+.0f} MB; plain fit growth "
            f"{p[-1] - p[0]:+.0f} MB"
        )
    print(f"peak RSS of the whole process: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
