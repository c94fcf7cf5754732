"""Recording a run to replay it: the network at chosen moments of its training.

At each recorded moment the engine keeps what the Training tab shows and the student may want
to go back to: the weights of the layers whose weights are shown, the decision boundary for
data with two inputs, and the network's answers for a fixed sample of the test set (its first
:data:`SAMPLE` examples), from which the confusion matrix of that moment is counted. The
moments are the start (the random weights), a few within the first epoch, where most is
learned, and the end of every epoch; long runs record :data:`MAX_EPOCH_MOMENTS` epochs spread
over the run.

The moments travel to the window as :class:`~nnstudio.training.events.Moment` events. A
moment of ``mnist-128`` is about 0.45 MB (its two kernels and 1,000 answers), so a 10-epoch
run records 14 of them in about 6 MB. Layers whose weights would take more than
:data:`WEIGHT_BUDGET` over the run are not recorded (the first one always is).
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nnstudio.core.atomic_write import replace_atomically
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.training.evaluation import class_probabilities
from nnstudio.training.events import Moment, ReplayStarted

TrainingReplay = Context("TrainingReplay")

#: The test examples whose answers are recorded at every moment (the test set's first ones).
SAMPLE = 1000
#: Moments within the first epoch, as shares of its batches (when it has at least 8).
FIRST_EPOCH = (0.125, 0.25, 0.5)
#: Epoch ends recorded at most; a longer run records this many, spread evenly.
MAX_EPOCH_MOMENTS = 100
#: Bytes of weights a run may record in all.
WEIGHT_BUDGET = 40_000_000


def first_epoch_steps(steps_per_epoch: int) -> list[int]:
    """The batches of the first epoch after which a moment is recorded."""
    if steps_per_epoch < 8:
        return []
    return sorted({max(1, round(share * steps_per_epoch)) for share in FIRST_EPOCH})


def epoch_moments(epochs: int) -> set[int]:
    """The epochs (counted from 1) at whose end a moment is recorded."""
    if epochs <= MAX_EPOCH_MOMENTS:
        return set(range(1, epochs + 1))
    return {int(e) for e in np.round(np.linspace(1, epochs, MAX_EPOCH_MOMENTS))}


class ReplayRecorder:
    """Decides when a moment is due and takes it."""

    def __init__(
        self,
        model: Callable[[], Any],
        layers: list[tuple[int, Any]],
        epochs: int,
        steps_per_epoch: int,
        sample: np.ndarray | None,
        boundary: Callable[[], np.ndarray | None],
    ) -> None:
        #: The network being trained (a function: the engine may swap in a kept one).
        self.model = model
        self.boundary = boundary
        self.sample = sample
        self.in_first_epoch = first_epoch_steps(steps_per_epoch)
        self.epochs = epoch_moments(epochs)
        self.steps_per_epoch = max(1, steps_per_epoch)
        moments = 1 + len(self.in_first_epoch) + len(self.epochs)
        self.layers: list[tuple[int, Any]] = []
        spent = 0
        for index, layer in layers:
            size = sum(int(np.prod(w.shape)) * 4 for w in layer.weights[:2]) * moments
            if self.layers and spent + size > WEIGHT_BUDGET:
                continue
            spent += size
            self.layers.append((index, layer))
        self.recorded_epochs: set[int] = set()
        self.last: tuple[float, int] | None = None

    def set_layers(self, layers: list[tuple[int, Any]]) -> None:
        """The same layers of another network object (a kept network was swapped in)."""
        wanted = {index for index, _ in self.layers}
        self.layers = [(index, layer) for index, layer in layers if index in wanted]

    def due_within_first_epoch(self, epoch: int, batches_done: int, before: int) -> bool:
        """Whether a planned batch of the first epoch lies in (``before``, ``batches_done``]."""
        return epoch == 0 and any(before < b <= batches_done for b in self.in_first_epoch)

    def due_after_epochs(self, before: int, done: int) -> bool:
        """Whether a planned epoch end lies in (``before``, ``done``] and is not recorded."""
        return any(before < e <= done and e not in self.recorded_epochs for e in self.epochs)

    def take(self, epoch: float, step: int) -> Moment:
        """The network as it is now, ``epoch`` epochs (and ``step`` steps) into the run."""
        if epoch == int(epoch):
            self.recorded_epochs.add(int(epoch))
        self.last = (epoch, step)
        weights: dict[int, np.ndarray] = {}
        biases: dict[int, np.ndarray] = {}
        for index, layer in self.layers:
            values = [np.array(w.numpy(), copy=True) for w in layer.weights[:2]]
            if values:
                weights[index] = values[0]
                if len(values) > 1 and values[1].ndim == 1:
                    biases[index] = values[1]
        answers = None
        if self.sample is not None and len(self.sample):
            answers = class_probabilities(answers_of(self.model(), self.sample))
        grid = self.boundary()
        return Moment(epoch, step, weights, biases, grid, answers)


def answers_of(model: Any, x: np.ndarray) -> np.ndarray:
    """``model``'s outputs for ``x``, through a compiled function kept with the model (half the
    time of an eager call; made once per network, which the training process keeps)."""
    function = getattr(model, "_nnstudio_answers", None)
    if function is None:
        import tensorflow as tf

        function = tf.function(lambda batch: model(batch, training=False), jit_compile=False)
        model._nnstudio_answers = function
    return np.asarray(function(x))


def moment_bytes(moment: Moment) -> int:
    """The memory a moment's arrays take."""
    arrays = [*moment.weights.values(), *moment.biases.values()]
    arrays += [a for a in (moment.boundary, moment.answers) if a is not None]
    return sum(int(a.nbytes) for a in arrays)


def epoch_label(epoch: float) -> str:
    """A moment's place in the run in words: "the start", "epoch 3", "a quarter into epoch 1"."""
    if epoch <= 0:
        return TrainingReplay.tr("the start, before any training")
    whole = math.floor(epoch)
    if epoch == whole:
        return TrainingReplay.tr("the end of epoch {epoch}").format(epoch=whole)
    share = epoch - whole
    return TrainingReplay.tr("{share:.0%} into epoch {epoch}").format(share=share, epoch=whole + 1)


# --- kept beside the project ------------------------------------------------------------------

#: A project's replay is written beside it as ``name.replay.npz`` (numpy's compressed format).
FILE_SUFFIX = ".replay.npz"


@dataclass(frozen=True)
class Recording:
    """A run's replay as the window holds it and as it is saved."""

    started: ReplayStarted
    moments: tuple[Moment, ...]
    #: The shape of one example as the network takes it (for laying out weight pictures).
    input_shape: tuple[int, ...] = ()
    #: For data with two inputs: the plane shown and the examples on it (from the run's last
    #: decision boundary), so a saved replay draws the boundary too.
    extent: tuple[float, float, float, float] | None = None
    points: np.ndarray | None = None
    point_labels: np.ndarray | None = None


def replay_path(project_path: Path) -> Path:
    """Where the replay of the project saved at ``project_path`` goes."""
    return project_path.with_name(project_path.stem + FILE_SUFFIX)


def save_recording(recording: Recording, path: Path) -> None:
    """Write ``recording`` to ``path`` at once (a failure leaves any old file as it was)."""
    moments = recording.moments
    arrays: dict[str, np.ndarray] = {
        "labels": np.asarray(recording.started.labels),
        "class_names": np.asarray(recording.started.class_names, dtype=str),
        "layers": np.asarray(recording.started.layers, dtype=np.int64),
        "input_shape": np.asarray(recording.input_shape, dtype=np.int64),
        "epochs": np.asarray([m.epoch for m in moments], dtype=np.float64),
        "steps": np.asarray([m.step for m in moments], dtype=np.int64),
    }
    for layer in recording.started.layers:
        if all(layer in m.weights for m in moments):
            arrays[f"kernel_{layer}"] = np.stack([m.weights[layer] for m in moments])
        if all(layer in m.biases for m in moments):
            arrays[f"bias_{layer}"] = np.stack([m.biases[layer] for m in moments])
    grids = [m.boundary for m in moments if m.boundary is not None]
    if moments and len(grids) == len(moments):
        arrays["boundary"] = np.stack(grids).astype(np.float32)
    answers = [m.answers for m in moments if m.answers is not None]
    if moments and len(answers) == len(moments):
        arrays["answers"] = np.stack(answers).astype(np.float32)
    if recording.extent is not None:
        arrays["extent"] = np.asarray(recording.extent, dtype=np.float64)
    if recording.points is not None and recording.point_labels is not None:
        arrays["points"] = np.asarray(recording.points)
        arrays["point_labels"] = np.asarray(recording.point_labels)

    def write(temporary: Path) -> None:
        with open(temporary, "wb") as f:
            np.savez_compressed(f, **arrays)  # type: ignore[arg-type]

    replace_atomically(path, write)


def load_recording(path: Path) -> Recording:
    """Read a replay saved by :func:`save_recording`. Raises :class:`NNStudioError` saying
    what is wrong with the file (it is never half read)."""
    try:
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as f:
            arrays = {key: f[key] for key in f.files}
    except FileNotFoundError as exc:
        raise NNStudioError(
            TrainingReplay.tr("The replay file {file} is missing.").format(file=path.name)
        ) from exc
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise NNStudioError(
            TrainingReplay.tr(
                "The replay file {file} cannot be read: it is damaged or not a replay ({kind})."
            ).format(file=path.name, kind=type(exc).__name__)
        ) from exc
    try:
        return _recording(arrays)
    except (KeyError, ValueError, IndexError, TypeError) as exc:
        raise NNStudioError(
            TrainingReplay.tr(
                "The replay file {file} is not a complete replay (expected the moments' "
                "epochs, steps and arrays of matching lengths; {kind}: {error})."
            ).format(file=path.name, kind=type(exc).__name__, error=exc)
        ) from exc


def _recording(arrays: dict[str, np.ndarray]) -> Recording:
    epochs, steps = arrays["epochs"], arrays["steps"]
    n = len(epochs)
    if epochs.ndim != 1 or steps.shape != (n,):
        raise ValueError("epochs and steps differ in length")
    layers = tuple(int(v) for v in arrays["layers"])

    def per_moment(key: str) -> np.ndarray | None:
        value = arrays.get(key)
        if value is not None and (value.ndim < 1 or len(value) != n):
            raise ValueError(f"{key} has {len(value)} moments, not {n}")
        return value

    kernels = {layer: per_moment(f"kernel_{layer}") for layer in layers}
    biases = {layer: per_moment(f"bias_{layer}") for layer in layers}
    boundary, answers = per_moment("boundary"), per_moment("answers")
    moments = tuple(
        Moment(
            float(epochs[i]), int(steps[i]),
            {k: v[i] for k, v in kernels.items() if v is not None},
            {k: v[i] for k, v in biases.items() if v is not None},
            None if boundary is None else boundary[i],
            None if answers is None else answers[i],
        )
        for i in range(n)
    )  # fmt: skip
    started = ReplayStarted(
        np.asarray(arrays["labels"]), tuple(str(c) for c in arrays["class_names"]), layers
    )
    extent = arrays.get("extent")
    return Recording(
        started, moments, tuple(int(v) for v in arrays["input_shape"]),
        None if extent is None else (float(extent[0]), float(extent[1]), float(extent[2]),
                                     float(extent[3])),
        arrays.get("points"), arrays.get("point_labels"),
    )  # fmt: skip
