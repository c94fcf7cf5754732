"""Build and compile the Keras model a project describes. TensorFlow is imported here, lazily."""

from __future__ import annotations

from typing import Any

from nnstudio.core.compute import planned_xla, steps_per_call, work_per_example
from nnstudio.core.errors import InvalidProjectError
from nnstudio.core.keras_args import Call, model_calls, optimizer_call
from nnstudio.core.spec import Project
from nnstudio.core.validate import DataInfoLike, Report, validate


def make(call: Call) -> Any:
    """Carry out a :class:`Call` against the real Keras."""
    import keras

    obj: Any = keras
    for part in call.func.split(".")[1:]:
        obj = getattr(obj, part)
    args = [make(a) if isinstance(a, Call) else a for a in call.args]
    kwargs = {k: make(v) if isinstance(v, Call) else v for k, v in call.kwargs.items()}
    return obj(*args, **kwargs)


def build_model(
    project: Project, data: DataInfoLike | None = None, report: Report | None = None
) -> Any:
    """A compiled ``keras.Sequential`` for ``project``, seeded with its training seed.

    Raises :class:`InvalidProjectError` listing every problem if the project is not valid.
    """
    report = report or validate(project, data)
    if not report.ok:
        raise InvalidProjectError(report.errors)
    import keras

    keras.utils.set_random_seed(project.train.seed)
    first = report.shapes[0]
    input_shape = first.output_shape if first is not None else None
    layers = [make(c) for c in model_calls(project.layers, input_shape)]
    model = keras.Sequential(layers, name="sequential")
    model.compile(
        optimizer=make(optimizer_call(project.compile)),
        loss=project.compile.loss,
        metrics=list(project.compile.metrics),
        # As the exported script compiles it: several steps per call, the same arithmetic.
        steps_per_execution=steps_per_call(work_per_example(report), project.train.batch_size),
        jit_compile=planned_xla(project),
    )
    return model
