"""A trained network saved beside its project, brought back with what the window shows for it:
its answers on the test data and the preprocessing a drawn digit needs. No Qt; TensorFlow is
imported when it is called."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.core.spec import Project
from nnstudio.data.cache import DatasetCache
from nnstudio.data.preprocess import InputTransform
from nnstudio.training.evaluation import Evaluation, class_probabilities
from nnstudio.training.model_file import check_model_file

RestoreNetwork = Context("RestoreNetwork")


@dataclass(frozen=True)
class Restored:
    model: Any
    model_path: Path
    transform: InputTransform | None
    input_shape: tuple[int, ...]
    evaluation: Evaluation | None
    #: The test results recorded when it was trained.
    test: dict[str, float]


def saved_model_path(project: Project, base_dir: Path | None) -> Path | None:
    """The trained network the project's latest run saved, if that file is still there."""
    if not project.runs or not project.runs[-1].model_file or base_dir is None:
        return None
    path = base_dir / project.runs[-1].model_file
    try:
        return path if path.is_file() else None
    except OSError:  # a name in the project file too long for this file system
        return None


def restore(
    project: Project,
    base_dir: Path | None,
    model_path: Path,
    data_cache: DatasetCache | None = None,
) -> Restored:
    """Load ``model_path`` and the project's data (through ``data_cache`` if given); raises
    :class:`NNStudioError` in words."""
    from nnstudio.data import load_dataset
    from nnstudio.training.tf_import import import_tensorflow

    check_model_file(model_path)
    load = data_cache.load if data_cache is not None else load_dataset
    data = load(project.data, base_dir)
    import_tensorflow()
    import keras

    try:
        model = keras.models.load_model(model_path)
    except Exception as exc:  # a damaged or foreign file: Keras raises many kinds
        raise NNStudioError(
            RestoreNetwork.tr(
                "{file} could not be read as a trained Keras network ({error})."
            ).format(file=model_path.name, error=exc)
        ) from exc
    expected = (None, *data.feature_shape)
    if tuple(model.input_shape) != expected:
        raise NNStudioError(
            RestoreNetwork.tr(
                "{file} takes inputs of shape {shape}, but the project's data has shape "
                "{data_shape}: it was trained on other data."
            ).format(
                file=model_path.name,
                shape=tuple(model.input_shape)[1:],
                data_shape=data.feature_shape,
            )
        )
    evaluation = None
    if len(data.x_test):
        outputs = model.predict(data.x_test, batch_size=256, verbose=0)
        shown = data.x_test_raw if data.x_test_raw is not None else data.x_test
        evaluation = Evaluation(class_probabilities(outputs), data.y_test, shown, data.class_names)
    return Restored(
        model, model_path, data.transform, data.feature_shape, evaluation,
        dict(project.runs[-1].test) if project.runs else {},
    )  # fmt: skip
