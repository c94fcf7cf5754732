"""Train again from the same start: two runs differ only by the student's change."""

from __future__ import annotations

import numpy as np
import pytest

from nnstudio.core.catalog import OPTIMIZERS
from nnstudio.core.document import new_layer
from nnstudio.core.spec import Project
from nnstudio.core.templates import from_template
from nnstudio.training.engine import Engine, EngineOptions
from nnstudio.training.events import RunFinished, RunStarted, Update
from nnstudio.training.reuse import CompiledModels
from nnstudio.training.start import StartPoint


class Events(list):
    def points(self) -> list:
        return [p for e in self if isinstance(e, Update) for p in e.points]

    def started(self) -> RunStarted:
        return next(e for e in self if isinstance(e, RunStarted))


def _project(epochs: int = 2) -> Project:
    project = from_template("layers-8-6-6-4")
    project.train.epochs = epochs
    return project


def _run(
    project: Project,
    previous: StartPoint | None = None,
    same: bool = False,
    compiled: CompiledModels | None = None,
) -> tuple[Engine, Events, RunFinished]:
    events = Events()
    options = EngineOptions(same_start=same, fast_path=False)
    engine = Engine(project, events.append, options=options, previous_start=previous,
                    compiled=compiled, keep_start=True)  # fmt: skip
    result = engine.run()
    assert result.reason == "completed", result.message
    return engine, events, result


def _weights(engine: Engine) -> dict[str, list[np.ndarray]]:
    """The starting weights of each layer with weights, by name."""
    assert engine.start_point is not None
    return {
        layer.name: list(layer.values)
        for layer in engine.start_point.layers
        if layer.name.startswith("dense")
    }


def _same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_the_same_project_and_seed_give_the_same_first_batches() -> None:
    compiled = CompiledModels()  # the second run trains the kept network, as the process does
    _, first, _ = _run(_project(), compiled=compiled)
    _, second, _ = _run(_project(), compiled=compiled)
    assert compiled.reused == 1
    losses = [[p.logs["loss"] for p in run.points()[:8]] for run in (first, second)]
    assert len(losses[0]) == 8 and losses[0] == losses[1]


def test_a_layer_inserted_keeps_every_other_layers_start_only_when_asked() -> None:
    before, _, _ = _run(_project())
    changed = _project()
    changed.layers.insert(2, new_layer("Dropout"))

    # Asked: every Dense layer starts where it started last time.
    after, events, _ = _run(changed, before.start_point, same=True)
    assert events.started().same_start == ("dense", "dense_1", "dense_2")
    old, new = _weights(before), _weights(after)
    assert all(_same(old[name], new[name]) for name in old)

    # Not asked: Keras draws the layers' weights one after another, and the Dropout layer's
    # own draw moves every later layer's start.
    plain, events, _ = _run(changed, before.start_point, same=False)
    assert events.started().same_start is None
    fresh = _weights(plain)
    assert _same(old["dense"], fresh["dense"])
    assert not _same(old["dense_1"], fresh["dense_1"])


def test_a_layer_with_more_neurons_starts_new_and_the_others_do_not() -> None:
    before, _, _ = _run(_project())
    changed = _project()
    changed.layers[2].params["units"] = 12  # the second hidden layer: 6 -> 12 neurons
    after, events, _ = _run(changed, before.start_point, same=True)
    # The layer itself and the one after it (12 inputs now) cannot start as before.
    assert events.started().same_start == ("dense",)
    old, new = _weights(before), _weights(after)
    assert _same(old["dense"], new["dense"])
    assert new["dense_1"][0].shape == (6, 12) and new["dense_2"][0].shape == (12, 4)


def test_a_new_optimizer_trains_from_the_very_same_start() -> None:
    before, first, _ = _run(_project())
    changed = _project()
    changed.compile.optimizer = "sgd"
    changed.compile.optimizer_params = {p.name: p.default for p in OPTIMIZERS["sgd"].params}
    after, second, _ = _run(changed, before.start_point, same=True)
    assert events_loss(first) == events_loss(second)  # the first loss is before any update
    old, new = _weights(before), _weights(after)
    assert all(_same(old[name], new[name]) for name in old)
    assert events_loss(first, 5) != events_loss(second, 5)  # then they part ways


def events_loss(events: Events, at: int = 0) -> float:
    return events.points()[at].logs["loss"]


def test_without_a_last_run_the_same_start_is_a_fresh_one() -> None:
    _, events, _ = _run(_project(), None, same=True)
    assert events.started().same_start == ()


@pytest.mark.parametrize("fast_path", [True, False], ids=["tiny-data loop", "model.fit"])
def test_xor_with_a_second_hidden_layer_keeps_the_first_layers_start(fast_path: bool) -> None:
    def xor() -> Project:
        project = from_template("xor")
        project.train.epochs = 20
        return project

    first = Engine(xor(), lambda e: None, options=EngineOptions(fast_path=fast_path),
                   keep_start=True)  # fmt: skip
    first.run()
    deeper = xor()
    layer = new_layer("Dense")
    layer.params.update(units=16, activation="relu")
    deeper.layers.insert(2, layer)
    events = Events()
    options = EngineOptions(same_start=True, fast_path=fast_path)
    second = Engine(deeper, events.append, options=options, previous_start=first.start_point,
                    keep_start=True)  # fmt: skip
    second.run()
    # dense (2 -> 16) as before; the new layer and the output (now 16 -> 1 again) match by
    # shape in order: the output takes its old start, the new layer starts new.
    assert events.started().same_start == ("dense", "dense_2")
    old, new = _weights(first), _weights(second)
    assert _same(old["dense"], new["dense"])
    assert _same(old["dense_1"], new["dense_2"])
