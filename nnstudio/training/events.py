"""What the training engine tells its listener. Plain data: numpy arrays and Python numbers.

A run sends :class:`RunStarted`, then any number of :class:`Update` (batch points and finished
epochs, in order, coalesced to a few deliveries a second), :class:`WeightSnapshot` (one per
layer with weights, latest wins, a few a second at most) and, for data with two features,
:class:`BoundarySnapshot` (latest wins), then exactly one :class:`RunFinished`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from nnstudio.data.preprocess import InputTransform
from nnstudio.training.evaluation import Evaluation

Reason = Literal["completed", "stopped", "nan", "error"]


@dataclass(frozen=True)
class RunStarted:
    epochs: int
    steps_per_epoch: int
    batch_size: int
    train_examples: int
    validation_examples: int
    test_examples: int
    #: The metric names Keras reports, such as ("loss", "accuracy").
    metric_names: tuple[str, ...]
    #: Where the data came from, in one sentence.
    data_source: str
    #: True when the tiny-dataset loop is used instead of ``model.fit``.
    fast_path: bool
    #: The first layer whose weights are sent (None: none are).
    snapshot_layer: int | None
    #: Every layer whose weights are sent, as indices into the project's layers.
    snapshot_layers: tuple[int, ...] = ()
    #: The shape of one example as the network takes it.
    input_shape: tuple[int, ...] = ()
    class_names: tuple[str, ...] = ()
    #: When the run was asked to start as the last one did: the layers (with weights) that
    #: took over the last run's starting weights, () if none could (None: not asked).
    same_start: tuple[str, ...] | None = None


@dataclass(frozen=True)
class BatchPoint:
    """One training step. ``logs`` are Keras's running means over the epoch so far."""

    epoch: int
    batch: int
    step: int
    logs: dict[str, float]


@dataclass(frozen=True)
class EpochResult:
    epoch: int
    #: The epoch's mean training loss and metrics.
    logs: dict[str, float]
    #: Loss and metrics on the validation data after the epoch (empty without validation).
    validation: dict[str, float]
    seconds: float


@dataclass(frozen=True)
class Progress:
    epoch: int
    epochs: int
    batch: int
    steps_per_epoch: int
    elapsed: float
    #: Seconds left, estimated from the pace so far (None before the first step).
    eta: float | None

    @property
    def fraction(self) -> float:
        done = self.epoch * self.steps_per_epoch + self.batch
        total = self.epochs * self.steps_per_epoch
        return min(1.0, done / total) if total else 1.0


@dataclass(frozen=True)
class Update:
    """Everything that happened since the last update, in order."""

    points: tuple[BatchPoint, ...]
    epochs: tuple[EpochResult, ...]
    progress: Progress


@dataclass(frozen=True)
class WeightSnapshot:
    layer: int
    layer_name: str
    epoch: int
    step: int
    #: Copies, safe to keep: (inputs, units) for Dense.
    kernel: np.ndarray
    bias: np.ndarray | None


@dataclass(frozen=True)
class BoundarySnapshot:
    """What the network answers all over the plane of a 2-feature dataset (latest wins)."""

    epoch: int
    step: int
    #: The plane shown: (x from, x to, y from, y to), in the network's (preprocessed) inputs.
    extent: tuple[float, float, float, float]
    #: (rows, columns, classes): the class probabilities at each grid point; row 0 is y from.
    probabilities: np.ndarray
    #: The training examples to draw on top, (n, 2), and their classes.
    points: np.ndarray
    labels: np.ndarray


@dataclass(frozen=True)
class ReplayStarted:
    """The run is recorded for replaying: the test examples whose answers each moment keeps."""

    #: The true classes of the sample (the test set's first examples).
    labels: np.ndarray
    class_names: tuple[str, ...]
    #: Which stack layers' weights each moment keeps.
    layers: tuple[int, ...]


@dataclass(frozen=True)
class Moment:
    """One recorded moment of a run (see :mod:`nnstudio.training.replay`)."""

    #: Where in the run: epochs done, with a fraction within the first epoch (0 is the start).
    epoch: float
    step: int
    #: Kernels and biases by the layer's index in the stack (copies).
    weights: dict[int, np.ndarray]
    biases: dict[int, np.ndarray]
    #: For data with two inputs: (rows, columns, classes) over the plane, as a BoundarySnapshot.
    boundary: np.ndarray | None
    #: (sample, classes): the network's answers for the replay sample of the test set.
    answers: np.ndarray | None


@dataclass(frozen=True)
class RunFinished:
    reason: Reason
    #: One sentence for the student: why the run ended.
    message: str
    epochs_done: int
    #: The whole run: loading the data, building, training and testing.
    seconds: float
    #: Training alone (inside ``fit`` or the tiny-data loop).
    train_seconds: float = 0.0
    #: Loss and metrics on the test data (empty if the run failed before there was a model).
    test: dict[str, float] = field(default_factory=dict)
    #: Per-epoch history, as Keras's ``History.history``.
    history: dict[str, list[float]] = field(default_factory=dict)
    #: The trained Keras model (None after an error that left none).
    model: Any = None
    #: The traceback, for the log and the crash report; never shown as the message.
    details: str = ""
    #: Predictions on the test data (None without test data or a model).
    evaluation: Evaluation | None = None
    #: The preprocessing fitted on the training data, for new inputs such as a drawn digit.
    transform: InputTransform | None = None
    #: The shape of one example as the network takes it.
    input_shape: tuple[int, ...] = ()
    #: The run ended with an error nnstudio did not foresee (a bug to report, exit code 3 on
    #: the command line), rather than one it explains (bad data, out of memory).
    unexpected: bool = False


Event = (
    RunStarted | Update | WeightSnapshot | BoundarySnapshot | ReplayStarted | Moment | RunFinished
)
Listener = Callable[[Event], None]
