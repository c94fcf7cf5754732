"""The last compiled network, kept for the next run of the same network.

Every run used to build and compile its training step anew: 1-2 s before the first point
(tracing, and XLA compiling), and TensorFlow keeps each run's compiled step for good (about
5 MB a run, plain ``fit`` in a loop too). A student often trains the same network again: more
epochs, another seed, more data. Then the kept network is used again, with the new run's
starting point copied into it: the weights the project's seed gives (from a network built
fresh, which costs no compiling), the optimizer's state as new, and the step counter at 0.
So the run is the same as on a freshly built network, only without the compiling.

What must match is what the compiled step depends on: the layers, the compile settings,
the shape of the data, the batch size and the steps per call, and XLA. The seed, the epochs,
the number of examples and the validation share may differ.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("nnstudio.training")


@dataclass
class Compiled:
    key: str
    model: Any
    #: What the engine compiled around this model and needs again: the recorder of every
    #: step's logs (``fit``), or the tiny-data loop's compiled chunk. Its ``reset()`` is
    #: called before it is used again.
    recorder: Any


def graph_key(project_dict: dict[str, Any], input_shape: tuple[int, ...], *parts: Any) -> str:
    """What a compiled training step depends on, as one string."""
    what = [project_dict["layers"], project_dict["compile"], list(input_shape), *parts]
    return json.dumps(what, sort_keys=True, default=str)


class CompiledModels:
    """Holds one compiled network between runs (see the module's text)."""

    def __init__(self) -> None:
        self._kept: Compiled | None = None
        #: How many runs used a kept network (for the log and the tests).
        self.reused = 0

    def take(self, key: str, fresh: Any) -> Compiled | None:
        """The kept network for ``key``, set to ``fresh``'s starting point; None (and the kept
        one let go) if there is none for this key."""
        kept, self._kept = self._kept, None
        if kept is None or kept.key != key:
            return None
        try:
            restart_from(kept.model, fresh)
        except Exception:  # anything unforeseen: build anew rather than train on a mix
            log.exception("the kept network could not be set to the new starting point")
            return None
        kept.recorder.reset()
        self.reused += 1
        return kept

    def keep(self, compiled: Compiled) -> None:
        self._kept = compiled

    def clear(self) -> None:
        self._kept = None


def restart_from(model: Any, fresh: Any) -> None:
    """Give ``model`` the starting point of ``fresh`` (the same network, just built): every
    layer's variables (weights, and the random state of layers such as Dropout) and the
    optimizer's variables, built new (its step counter at 0)."""
    if len(model.layers) != len(fresh.layers):
        raise ValueError("not the same network")
    pairs = []
    for ours, theirs in zip(model.layers, fresh.layers, strict=True):
        pairs += list(zip(ours.variables, theirs.variables, strict=True))
    fresh.optimizer.build(fresh.trainable_variables)
    pairs += list(zip(model.optimizer.variables, fresh.optimizer.variables, strict=True))
    for ours, theirs in pairs:
        if tuple(ours.shape) != tuple(theirs.shape):
            raise ValueError(f"{ours.path}: shape {ours.shape} against {theirs.shape}")
    for ours, theirs in pairs:
        ours.assign(theirs.value)
