"""What a plot or a heatmap shows, in a sentence: for a screen reader (the views' accessible
descriptions) and for every student (the Training tab says when the network starts to
memorise).

- :func:`history_summary`: the curves so far, and whether the validation loss has been rising
  while the training loss falls (overfitting);
- :func:`confusion_summary`: how many test examples are right, and the mix-ups most often
  made;
- :func:`weights_summary`: a layer's weights, their range and spread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from nnstudio.core import catalog
from nnstudio.core.captions import metric_label
from nnstudio.core.i18n import Context

Summaries = Context("Summaries")

#: The validation loss must have risen this many epochs in a row to speak of memorising.
RISING_EPOCHS = 3


def _finite(values: Sequence[float]) -> list[float]:
    return [v for v in values if isinstance(v, (int, float)) and math.isfinite(v)]


def rising_for(values: Sequence[float]) -> int:
    """For how many epochs, up to the last, each value was above the one before."""
    count = 0
    for before, after in zip(reversed(values[:-1]), reversed(values[1:]), strict=True):
        if after > before:
            count += 1
        else:
            break
    return count


def overfitting(history: dict[str, list[float]]) -> int:
    """How many epochs the validation loss has risen while the training loss fell (0: it
    has not, or there is no validation)."""
    val, loss = history.get("val_loss", []), history.get("loss", [])
    rising = rising_for(val)
    if rising < RISING_EPOCHS or len(loss) < 2 or loss[-1] >= loss[-1 - rising]:
        return 0
    return rising


def _trend(values: Sequence[float]) -> str:
    if len(values) < 2:
        return ""
    change = values[-1] - values[-2]
    if abs(change) <= 1e-3 * max(abs(values[-2]), 1e-9):
        #: How a curve went in the last epoch.
        return Summaries.tr("steady")
    return Summaries.tr("rising") if change > 0 else Summaries.tr("falling")


def _value(key: str, value: float) -> str:
    if key.endswith("accuracy"):
        return f"{value * 100:.1f}%"
    return f"{value:.4g}"


def history_summary(history: dict[str, list[float]], epochs: int | None = None) -> str:
    """The curves in words: the last epoch's numbers with their trend, and a warning when the
    network seems to be memorising the training data."""
    done = max((len(v) for v in history.values()), default=0)
    if not done:
        return Summaries.tr("No epoch has finished yet.")
    parts = []
    for key in sorted(history, key=lambda k: (k.startswith("val_"), k != "loss", k)):
        values = _finite(history[key])
        if not values:
            continue
        trend = _trend(values)
        label = catalog.in_sentence(metric_label(key[4:] if key.startswith("val_") else key))
        if key.startswith("val_"):
            label = Summaries.tr("validation {metric}").format(metric=label)
        value = _value(key, values[-1])
        if trend:
            part = Summaries.tr("{metric} {value} ({trend})").format(
                metric=label, value=value, trend=trend
            )
        else:
            part = Summaries.tr("{metric} {value}").format(metric=label, value=value)
        parts.append(part)
    if epochs:
        text = Summaries.tr("After epoch {done} of {epochs}: {values}.")
    else:
        text = Summaries.tr("After epoch {done}: {values}.")
    text = text.format(done=done, epochs=epochs, values=", ".join(parts))
    rising = overfitting(history)
    if rising:
        warning = Summaries.tr(
            "The validation loss has risen for %n epoch(s) while the training loss fell: the "
            "network may be memorising the training data.",
            "",
            rising,
        )
        text += " " + warning
    return text


def confusion_summary(
    matrix: npt.NDArray[np.int64], class_names: Sequence[str], most: int = 3
) -> str:
    """How many are right, and the mix-ups made most often ("4 taken for 9: 12 times")."""
    total = int(matrix.sum())
    if total == 0:
        return Summaries.tr("No test examples.")
    right = int(np.trace(matrix))
    text = Summaries.tr("{right:,} of {total:,} test examples right ({share:.1%}).").format(
        right=right, total=total, share=right / total
    )
    off = matrix.copy()
    np.fill_diagonal(off, 0)
    pairs = sorted(
        ((int(off[i, j]), i, j) for i in range(off.shape[0]) for j in range(off.shape[1])
         if off[i, j] > 0),
        reverse=True,
    )[:most]  # fmt: skip
    if pairs:
        said = [
            Summaries.tr("{true} taken for {predicted} (%n time(s))", "", n).format(
                true=class_names[i], predicted=class_names[j]
            )
            for n, i, j in pairs
        ]
        text += " " + Summaries.tr("Most often mixed up: {mixups}.").format(mixups="; ".join(said))
    return text


def weights_summary(name: str, kernel: npt.NDArray[np.floating]) -> str:
    """A layer's weights in numbers: how many, their range, and their spread."""
    if kernel.size == 0:
        return Summaries.tr("{layer}: no weights.").format(layer=name)
    shape = "×".join(str(d) for d in kernel.shape)
    return Summaries.tr(
        "{layer}: {count:,} weights ({shape}) from {low:.3g} to {high:.3g}, spread {spread:.3g}."
    ).format(
        layer=name,
        count=kernel.size,
        shape=shape,
        low=float(kernel.min()),
        high=float(kernel.max()),
        spread=float(kernel.std()),
    )
