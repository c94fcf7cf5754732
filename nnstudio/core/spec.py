"""The network spec: layers, compile settings, data settings and training settings.

Plain dataclasses that turn into JSON-ready dicts and back. Values are stored as the user
entered them; :mod:`nnstudio.core.validate` judges them. Only the structure is checked here
(a layer must be an object with a known kind, and so on), with one clear sentence per problem.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field, fields
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.errors import ProjectFileError


def _layer_defaults(kind: str) -> dict[str, Any]:
    return copy.deepcopy(catalog.LAYER_KINDS[kind].defaults())


@dataclass
class LayerSpec:
    """One layer of the stack: its kind, its settings and an optional name."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    #: Empty means "name it automatically" (dense, dense_1, ...).
    name: str = ""

    @classmethod
    def new(cls, kind: str, name: str = "", **params: Any) -> LayerSpec:
        """A layer of ``kind`` with the catalog's defaults, overridden by ``params``."""
        if kind not in catalog.LAYER_KINDS:
            raise ValueError(f"unknown layer kind {kind!r}")
        values = _layer_defaults(kind)
        unknown = set(params) - set(values)
        if unknown:
            raise ValueError(f"{kind} has no setting(s) {sorted(unknown)}")
        values.update(params)
        return cls(kind, values, name)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "params": _jsonable(self.params)}
        if self.name:
            d["name"] = self.name
        return d


@dataclass
class CompileSpec:
    loss: str = "sparse_categorical_crossentropy"
    optimizer: str = "adam"
    optimizer_params: dict[str, Any] = field(default_factory=lambda: optimizer_defaults("adam"))
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])

    @classmethod
    def new(
        cls, loss: str, optimizer: str, metrics: list[str] | None = None, **optimizer_params: Any
    ) -> CompileSpec:
        params = optimizer_defaults(optimizer)
        params.update(optimizer_params)
        return cls(loss, optimizer, params, list(metrics or ["accuracy"]))


def optimizer_defaults(optimizer: str) -> dict[str, Any]:
    info = catalog.OPTIMIZERS.get(optimizer)
    return {p.name: p.default for p in info.params} if info else {}


@dataclass
class DataSpec:
    dataset: str = "mnist"
    #: A file or folder chosen by the user: an MNIST .npz or IDX folder, or a CSV file.
    path: str = ""
    #: For CSV files: the name of the column that holds the label.
    label_column: str = ""
    preprocessing: str = "scale01"
    flatten: bool = False
    validation_split: float = 0.0
    test_fraction: float = 0.2
    train_limit: int = 0
    test_limit: int = 0
    #: For CSV files: leave out rows with a missing value instead of refusing the file.
    skip_missing: bool = False


@dataclass
class TrainSpec:
    epochs: int = 5
    batch_size: int = 32
    seed: int = 42
    shuffle: bool = True


@dataclass
class RunRecord:
    """One finished training run, kept with the project so its curves can be looked at again."""

    #: When it ended, as an ISO 8601 date and time.
    finished: str = ""
    #: "completed", "stopped", "nan" or "error".
    reason: str = "completed"
    message: str = ""
    epochs_done: int = 0
    train_seconds: float = 0.0
    #: Loss and metrics on the test data.
    test: dict[str, float] = field(default_factory=dict)
    #: Per-epoch loss and metrics, as Keras's ``History.history``.
    history: dict[str, list[float]] = field(default_factory=dict)
    #: The trained model saved beside the project (a .keras file name), if it was.
    model_file: str = ""
    #: The settings it trained with (``nnstudio.core.compare.settings_of``): layers, compile,
    #: data and training. None for a run kept by an nnstudio that did not record them.
    settings: dict[str, Any] | None = None
    #: Its replay saved beside the project (a .replay.npz file name), if it was.
    replay_file: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = _plain_fields(self)
        # JSON has no NaN: a loss that became NaN is written as null.
        d["history"] = {
            k: [v if math.isfinite(v) else None for v in values]
            for k, values in self.history.items()
        }
        d["test"] = {k: v if math.isfinite(v) else None for k, v in self.test.items()}
        return d

    @classmethod
    def from_dict(cls, d: Any, index: int) -> RunRecord:
        where = f"training run {index + 1}"
        obj = _expect_object(d, where)
        record = cls(
            finished=_expect_str(obj.get("finished", ""), f"{where}'s time"),
            reason=_expect_str(obj.get("reason", "completed"), f"{where}'s reason"),
            message=_expect_str(obj.get("message", ""), f"{where}'s message"),
            model_file=_expect_str(obj.get("model_file", ""), f"{where}'s model file"),
            replay_file=_expect_str(obj.get("replay_file", ""), f"{where}'s replay file"),
        )
        epochs = obj.get("epochs_done", 0)
        seconds = obj.get("train_seconds", 0.0)
        if isinstance(epochs, bool) or not isinstance(epochs, int):
            raise ProjectFileError(
                f"{where}: expected 'epochs_done' to be a whole number. "
                f"Received: {_kind_of(epochs)}."
            )
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise ProjectFileError(
                f"{where}: expected 'train_seconds' to be a number. Received: {_kind_of(seconds)}."
            )
        record.epochs_done, record.train_seconds = epochs, _number(seconds, f"{where}'s time")
        settings = obj.get("settings")
        if settings is not None:
            record.settings = dict(_expect_object(settings, f"{where}'s settings"))
        test = _expect_object(obj.get("test", {}), f"{where}'s test results")
        record.test = {
            str(k): _number(v, f"{where}'s test {short_repr(k)}") for k, v in test.items()
        }
        history = _expect_object(obj.get("history", {}), f"{where}'s history")
        for key, values in history.items():
            if not isinstance(values, list):
                raise ProjectFileError(
                    f"{where}: expected the history of {short_repr(key)} to be a list of numbers. "
                    f"Received: {_kind_of(values)}."
                )
            what = f"{where}'s {short_repr(key)}"
            record.history[str(key)] = [_number(v, what) for v in values]
        return record


#: A project keeps the history of this many of its latest runs.
MAX_RUNS = 20


@dataclass
class LessonProgress:
    """How far a student got in a lesson, kept in the project so that they can stop and go
    on another day (and a teacher can grade the file)."""

    #: The lesson's id (``nnstudio.lessons``), and its title for anyone reading the file.
    lesson: str = ""
    title: str = ""
    #: The step the student is on (counted from 0) and whether they reached the end.
    step: int = 0
    finished: bool = False
    #: Per step: hints shown, runs finished (attempts), and whether its goal held when the
    #: student went on.
    hints: list[int] = field(default_factory=list)
    attempts: list[int] = field(default_factory=list)
    done: list[bool] = field(default_factory=list)
    #: Per prediction id: {"answer", "step", "before", "outcome"}.
    predictions: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: What the student did during the current step ("train", "results"...), and during
    #: the whole lesson (what a grade looks at).
    actions: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    #: When the lesson began (ISO 8601) and the seconds spent on it with the window open.
    started: str = ""
    seconds: float = 0.0
    #: A teacher's lesson, as its file held it, so the project opens it without the file;
    #: None for a built-in one.
    document: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(_plain_fields(self))  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, d: Any) -> LessonProgress:
        where = "the lesson progress"
        obj = _expect_object(d, where)
        progress = cls()
        names = [f.name for f in fields(cls)]
        for key in obj:
            if key not in names:
                raise ProjectFileError(
                    f"{where} has an unknown entry. Expected some of: {', '.join(names)}. "
                    f"Received: {short_repr(key)}."
                )
        progress.lesson = _expect_str(obj.get("lesson", ""), f"{where}'s lesson")
        progress.title = _expect_str(obj.get("title", ""), f"{where}'s title")
        progress.started = _expect_str(obj.get("started", ""), f"{where}'s start")
        progress.step = _whole_number(obj.get("step", 0), f"{where}'s step")
        progress.finished = obj.get("finished", False) is True
        progress.seconds = _number(obj.get("seconds", 0.0), f"{where}'s time")
        for key in ("hints", "attempts"):
            values = obj.get(key, [])
            if not isinstance(values, list):
                raise ProjectFileError(
                    f"Expected {where}'s {key} to be a list. Received: {_kind_of(values)}."
                )
            setattr(progress, key, [_whole_number(v, f"{where}'s {key}") for v in values])
        done = obj.get("done", [])
        if not isinstance(done, list) or not all(isinstance(v, bool) for v in done):
            raise ProjectFileError(
                f"Expected {where}'s done steps to be a list of true/false. "
                f"Received: {_kind_of(done)}."
            )
        progress.done = list(done)
        predictions = _expect_object(obj.get("predictions", {}), f"{where}'s predictions")
        progress.predictions = {
            str(k): dict(_expect_object(v, f"{where}'s prediction {short_repr(k)}"))
            for k, v in predictions.items()
        }
        actions = obj.get("actions", [])
        if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
            raise ProjectFileError(
                f"Expected {where}'s actions to be a list of names. Received: {_kind_of(actions)}."
            )
        progress.actions = list(actions)
        seen = obj.get("seen", [])
        if not isinstance(seen, list) or not all(isinstance(a, str) for a in seen):
            raise ProjectFileError(
                f"Expected {where}'s actions to be a list of names. Received: {_kind_of(seen)}."
            )
        progress.seen = list(seen)
        document = obj.get("document")
        progress.document = None if document is None else dict(_expect_object(document, where))
        return progress


@dataclass
class Project:
    """Everything needed to build, train and export one network."""

    name: str = "Untitled"
    description: str = ""
    layers: list[LayerSpec] = field(default_factory=list)
    compile: CompileSpec = field(default_factory=CompileSpec)
    data: DataSpec = field(default_factory=DataSpec)
    train: TrainSpec = field(default_factory=TrainSpec)
    #: The template this project started from, if any.
    template: str = ""
    #: Its latest training runs, oldest first (at most :data:`MAX_RUNS`).
    runs: list[RunRecord] = field(default_factory=list)
    #: The lesson it belongs to and the student's progress in it, if any.
    lesson: LessonProgress | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "template": self.template,
            "layers": [layer.to_dict() for layer in self.layers],
            "compile": _jsonable(_plain_fields(self.compile)),
            "data": _plain_fields(self.data),
            "train": _plain_fields(self.train),
            "runs": [run.to_dict() for run in self.runs],
            "lesson": self.lesson.to_dict() if self.lesson is not None else None,
        }

    @classmethod
    def from_dict(cls, d: Any) -> Project:
        """Rebuild a project from :meth:`to_dict`'s output, checking its structure.

        Raises :class:`ProjectFileError` with one sentence naming what is wrong.
        """
        obj = _expect_object(d, "the project")
        project = cls(
            name=_expect_str(obj.get("name", "Untitled"), "the project's name"),
            description=_expect_str(obj.get("description", ""), "the project's description"),
            template=_expect_str(obj.get("template", ""), "the project's template"),
        )
        layers = obj.get("layers", [])
        if not isinstance(layers, list):
            raise ProjectFileError(
                f"Expected 'layers' to be a list of layers. Received: {_kind_of(layers)}."
            )
        project.layers = [_layer_from_dict(item, i) for i, item in enumerate(layers)]
        project.compile = _compile_from_dict(obj.get("compile", {}))
        project.data = _fill(DataSpec(), obj.get("data", {}), "data")
        project.train = _fill(TrainSpec(), obj.get("train", {}), "train")
        runs = obj.get("runs", [])
        if not isinstance(runs, list):
            raise ProjectFileError(
                f"Expected 'runs' to be a list of training runs. Received: {_kind_of(runs)}."
            )
        # Beyond the cap the oldest runs would be dropped at the next run anyway.
        first = max(0, len(runs) - MAX_RUNS)
        project.runs = [RunRecord.from_dict(runs[i], i) for i in range(first, len(runs))]
        lesson = obj.get("lesson")
        project.lesson = None if lesson is None else LessonProgress.from_dict(lesson)
        return project

    def add_run(self, record: RunRecord) -> None:
        """Keep ``record``, dropping the oldest runs beyond :data:`MAX_RUNS`."""
        self.runs.append(record)
        del self.runs[:-MAX_RUNS]

    def copy(self) -> Project:
        return copy.deepcopy(self)


# --- helpers -------------------------------------------------------------------------------


def _plain_fields(obj: Any) -> dict[str, Any]:
    return {f.name: copy.deepcopy(getattr(obj, f.name)) for f in fields(obj)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _number(value: Any, what: str) -> float:
    if value is None:  # written for NaN
        return math.nan
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProjectFileError(f"Expected {what} to be a number. Received: {_kind_of(value)}.")
    try:
        return float(value)
    except OverflowError:  # a whole number beyond the largest float (about 1.8e308)
        raise ProjectFileError(
            f"Expected {what} to be a number no larger than about 1.8e308. "
            f"Received: a whole number of {len(str(abs(value)))} digits."
        ) from None


def _whole_number(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ProjectFileError(
            f"Expected {what} to be a whole number from 0. Received: {_kind_of(value)}."
        )
    return value


def _kind_of(value: Any) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "nothing (null)",
    }
    return f"{names.get(type(value), type(value).__name__)} ({short_repr(value)})"


def short_repr(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _expect_object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProjectFileError(f"Expected {what} to be an object. Received: {_kind_of(value)}.")
    return value


def _expect_str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ProjectFileError(f"Expected {what} to be text. Received: {_kind_of(value)}.")
    return value


def _layer_from_dict(item: Any, index: int) -> LayerSpec:
    where = f"layer {index + 1}"
    obj = _expect_object(item, where)
    kind = obj.get("kind")
    if not isinstance(kind, str) or kind not in catalog.LAYER_KINDS:
        known = ", ".join(catalog.LAYER_KINDS)
        raise ProjectFileError(
            f"Layer {index + 1} has an unknown kind. Expected one of: {known}. "
            f"Received: {short_repr(kind)}."
        )
    params = _expect_object(obj.get("params", {}), f"the settings of {where} ({kind})")
    values = _layer_defaults(kind)
    unknown = sorted(set(params) - set(values))
    if unknown:
        raise ProjectFileError(
            f"Layer {index + 1} ({kind}) has an unknown setting. Expected one of its "
            f"settings: {', '.join(values) or 'none'}. Received: {short_repr(unknown[0])}."
        )
    for p in catalog.LAYER_KINDS[kind].params:
        if p.name in params:
            value = params[p.name]
            if p.type == "shape" and isinstance(value, list):
                value = tuple(value)
            values[p.name] = value
    name = _expect_str(obj.get("name", ""), f"the name of {where}")
    return LayerSpec(kind, values, name)


def _compile_from_dict(value: Any) -> CompileSpec:
    obj = _expect_object(value, "the compile settings")
    spec = CompileSpec()
    spec.loss = _expect_str(obj.get("loss", spec.loss), "the loss")
    spec.optimizer = _expect_str(obj.get("optimizer", spec.optimizer), "the optimizer")
    params = _expect_object(obj.get("optimizer_params", {}), "the optimizer's settings")
    defaults = optimizer_defaults(spec.optimizer)
    if defaults:
        unknown = sorted(set(params) - set(defaults))
        if unknown:
            raise ProjectFileError(
                f"The optimizer {spec.optimizer} has an unknown setting. Expected one of its "
                f"settings: {', '.join(defaults)}. Received: {short_repr(unknown[0])}."
            )
    defaults.update(params)
    spec.optimizer_params = defaults
    metrics = obj.get("metrics", spec.metrics)
    if not isinstance(metrics, list) or not all(isinstance(m, str) for m in metrics):
        raise ProjectFileError(
            f"Expected the metrics to be a list of names. Received: {_kind_of(metrics)}."
        )
    spec.metrics = list(metrics)
    return spec


def _fill(target: Any, value: Any, section: str) -> Any:
    obj = _expect_object(value, f"the {section} settings")
    names = {f.name: f for f in fields(target)}
    for key, item in obj.items():
        if key not in names:
            raise ProjectFileError(
                f"The {section} settings have an unknown entry. Expected some of: "
                f"{', '.join(names)}. Received: {short_repr(key)}."
            )
        default = getattr(target, key)
        if isinstance(default, str) and not isinstance(item, str):
            raise ProjectFileError(
                f"Expected the {section} setting {short_repr(key)} to be text. "
                f"Received: {_kind_of(item)}."
            )
        setattr(target, key, item)
    return target
