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
from collections.abc import Callable
from typing import Any

import numpy as np

from nnstudio.training.evaluation import class_probabilities
from nnstudio.training.events import Moment

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
            outputs = np.asarray(self.model()(self.sample, training=False))
            answers = class_probabilities(outputs)
        grid = self.boundary()
        return Moment(epoch, step, weights, biases, grid, answers)


def moment_bytes(moment: Moment) -> int:
    """The memory a moment's arrays take."""
    arrays = [*moment.weights.values(), *moment.biases.values()]
    arrays += [a for a in (moment.boundary, moment.answers) if a is not None]
    return sum(int(a.nbytes) for a in arrays)


def epoch_label(epoch: float) -> str:
    """A moment's place in the run in words: "the start", "epoch 3", "a quarter into epoch 1"."""
    if epoch <= 0:
        return "the start, before any training"
    whole = math.floor(epoch)
    if epoch == whole:
        return f"the end of epoch {whole}"
    share = epoch - whole
    return f"{share:.0%} into epoch {whole + 1}"
