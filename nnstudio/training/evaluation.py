"""What a trained network got right and wrong on the test data. numpy only.

The engine fills an :class:`Evaluation` after training; the results view draws its confusion
matrix and its gallery of mistakes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class Evaluation:
    #: (n, k) the network's confidence in each class for every test example. A network with a
    #: single sigmoid output gets two columns: 1 - p and p.
    probabilities: npt.NDArray[np.float32]
    #: (n,) the true class of every test example.
    labels: npt.NDArray[np.int64]
    #: (n, ...) the test inputs as read (before flattening and preprocessing), for showing them.
    inputs: npt.NDArray[np.generic]
    class_names: tuple[str, ...]

    @property
    def predicted(self) -> npt.NDArray[np.int64]:
        chosen: npt.NDArray[np.int64] = np.argmax(self.probabilities, axis=1).astype(np.int64)
        return chosen

    @property
    def confidence(self) -> npt.NDArray[np.float32]:
        """How sure the network was of the class it chose, 0 to 1."""
        top: npt.NDArray[np.float32] = np.max(self.probabilities, axis=1).astype(np.float32)
        return top

    @property
    def accuracy(self) -> float:
        return float(np.mean(self.predicted == self.labels)) if len(self.labels) else 0.0

    @property
    def is_images(self) -> bool:
        """True when the inputs are pictures (height, width) such as MNIST digits."""
        return self.inputs.ndim == 3

    def confusion(self) -> npt.NDArray[np.int64]:
        return confusion_matrix(self.labels, self.predicted, len(self.class_names))

    def examples(
        self, true: int, predicted: int, most_sure_first: bool = True
    ) -> npt.NDArray[np.int64]:
        """Indices of the test examples of class ``true`` taken for ``predicted``, the most
        confident first (or the least)."""
        chosen = np.flatnonzero((self.labels == true) & (self.predicted == predicted))
        return self._by_confidence(chosen, most_sure_first)

    def mistakes(self, most_sure_first: bool = True) -> npt.NDArray[np.int64]:
        """Indices of the wrongly classified test examples, the most confident first (or the
        least)."""
        return self._by_confidence(np.flatnonzero(self.labels != self.predicted), most_sure_first)

    def _by_confidence(
        self, chosen: npt.NDArray[np.int64], most_sure_first: bool
    ) -> npt.NDArray[np.int64]:
        """``chosen`` in order of confidence; equally sure examples keep the test set's order."""
        key = -self.confidence[chosen] if most_sure_first else self.confidence[chosen]
        ordered: npt.NDArray[np.int64] = chosen[np.argsort(key, kind="stable")]
        return ordered


def class_probabilities(outputs: npt.NDArray[np.floating]) -> npt.NDArray[np.float32]:
    """A network's outputs as one column per class (a single sigmoid unit becomes two)."""
    out = np.asarray(outputs, dtype=np.float32)
    if out.ndim == 1:
        out = out.reshape(-1, 1)
    if out.shape[1] == 1:
        p = np.clip(out[:, 0], 0.0, 1.0)
        return np.stack([1.0 - p, p], axis=1).astype(np.float32)
    return out


def confusion_matrix(
    labels: npt.NDArray[np.integer], predicted: npt.NDArray[np.integer], num_classes: int
) -> npt.NDArray[np.int64]:
    """(k, k) counts: row = true class, column = the class the network chose."""
    matrix = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(matrix, (np.asarray(labels, np.int64), np.asarray(predicted, np.int64)), 1)
    return matrix
