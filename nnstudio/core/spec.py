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
from nnstudio.core.i18n import Context

Spec = Context("Spec")


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
        n = index + 1
        #: Phrases like this one name a part of a project file; they are put into sentences such
        #: as "Expected {what} to be text. Received: {received}."
        obj = _expect_object(d, Spec.tr("training run {number}").format(number=n))
        record = cls(
            finished=_expect_str(
                obj.get("finished", ""), Spec.tr("training run {number}'s time").format(number=n)
            ),
            reason=_expect_str(
                obj.get("reason", "completed"),
                Spec.tr("training run {number}'s reason").format(number=n),
            ),
            message=_expect_str(
                obj.get("message", ""), Spec.tr("training run {number}'s message").format(number=n)
            ),
            model_file=_expect_str(
                obj.get("model_file", ""),
                Spec.tr("training run {number}'s model file").format(number=n),
            ),
            replay_file=_expect_str(
                obj.get("replay_file", ""),
                Spec.tr("training run {number}'s replay file").format(number=n),
            ),
        )
        epochs = obj.get("epochs_done", 0)
        seconds = obj.get("train_seconds", 0.0)
        if isinstance(epochs, bool) or not isinstance(epochs, int):
            raise ProjectFileError(
                Spec.tr(
                    "training run {number}: expected 'epochs_done' to be a whole number. "
                    "Received: {received}."
                ).format(number=n, received=_kind_of(epochs))
            )
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise ProjectFileError(
                Spec.tr(
                    "training run {number}: expected 'train_seconds' to be a number. "
                    "Received: {received}."
                ).format(number=n, received=_kind_of(seconds))
            )
        record.epochs_done = epochs
        record.train_seconds = _number(
            seconds, Spec.tr("training run {number}'s time").format(number=n)
        )
        settings = obj.get("settings")
        if settings is not None:
            record.settings = dict(
                _expect_object(
                    settings, Spec.tr("training run {number}'s settings").format(number=n)
                )
            )
        test = _expect_object(
            obj.get("test", {}), Spec.tr("training run {number}'s test results").format(number=n)
        )
        record.test = {
            str(k): _number(
                v,
                Spec.tr("training run {number}'s test {key}").format(number=n, key=short_repr(k)),
            )
            for k, v in test.items()
        }
        history = _expect_object(
            obj.get("history", {}), Spec.tr("training run {number}'s history").format(number=n)
        )
        for key, values in history.items():
            if not isinstance(values, list):
                raise ProjectFileError(
                    Spec.tr(
                        "training run {number}: expected the history of {key} to be a list of "
                        "numbers. Received: {received}."
                    ).format(number=n, key=short_repr(key), received=_kind_of(values))
                )
            what = Spec.tr("training run {number}'s {key}").format(number=n, key=short_repr(key))
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
        obj = _expect_object(d, Spec.tr("the lesson progress"))
        progress = cls()
        names = [f.name for f in fields(cls)]
        for key in obj:
            if key not in names:
                raise ProjectFileError(
                    Spec.tr(
                        "the lesson progress has an unknown entry. Expected some of: {names}. "
                        "Received: {received}."
                    ).format(names=", ".join(names), received=short_repr(key))
                )
        progress.lesson = _expect_str(
            obj.get("lesson", ""), Spec.tr("the lesson progress's lesson")
        )
        progress.title = _expect_str(obj.get("title", ""), Spec.tr("the lesson progress's title"))
        progress.started = _expect_str(
            obj.get("started", ""), Spec.tr("the lesson progress's start")
        )
        progress.step = _whole_number(obj.get("step", 0), Spec.tr("the lesson progress's step"))
        progress.finished = obj.get("finished", False) is True
        progress.seconds = _number(obj.get("seconds", 0.0), Spec.tr("the lesson progress's time"))
        for key, what in (
            ("hints", Spec.tr("the lesson progress's hints")),
            ("attempts", Spec.tr("the lesson progress's attempts")),
        ):
            values = obj.get(key, [])
            if not isinstance(values, list):
                raise ProjectFileError(
                    Spec.tr("Expected {what} to be a list. Received: {received}.").format(
                        what=what, received=_kind_of(values)
                    )
                )
            setattr(progress, key, [_whole_number(v, what) for v in values])
        done = obj.get("done", [])
        if not isinstance(done, list) or not all(isinstance(v, bool) for v in done):
            raise ProjectFileError(
                Spec.tr(
                    "Expected the lesson progress's done steps to be a list of true/false. "
                    "Received: {received}."
                ).format(received=_kind_of(done))
            )
        progress.done = list(done)
        predictions = _expect_object(
            obj.get("predictions", {}), Spec.tr("the lesson progress's predictions")
        )
        progress.predictions = {
            str(k): dict(
                _expect_object(
                    v, Spec.tr("the lesson progress's prediction {key}").format(key=short_repr(k))
                )
            )
            for k, v in predictions.items()
        }
        for key in ("actions", "seen"):
            actions = obj.get(key, [])
            if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
                raise ProjectFileError(
                    Spec.tr(
                        "Expected the lesson progress's actions to be a list of names. "
                        "Received: {received}."
                    ).format(received=_kind_of(actions))
                )
            setattr(progress, key, list(actions))
        document = obj.get("document")
        progress.document = (
            None
            if document is None
            else dict(_expect_object(document, Spec.tr("the lesson progress")))
        )
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
        obj = _expect_object(d, Spec.tr("the project"))
        project = cls(
            name=_expect_str(obj.get("name", "Untitled"), Spec.tr("the project's name")),
            description=_expect_str(
                obj.get("description", ""), Spec.tr("the project's description")
            ),
            template=_expect_str(obj.get("template", ""), Spec.tr("the project's template")),
        )
        layers = obj.get("layers", [])
        if not isinstance(layers, list):
            raise ProjectFileError(
                Spec.tr("Expected 'layers' to be a list of layers. Received: {received}.").format(
                    received=_kind_of(layers)
                )
            )
        project.layers = [_layer_from_dict(item, i) for i, item in enumerate(layers)]
        project.compile = _compile_from_dict(obj.get("compile", {}))
        project.data = _fill(DataSpec(), obj.get("data", {}), "data")
        project.train = _fill(TrainSpec(), obj.get("train", {}), "train")
        runs = obj.get("runs", [])
        if not isinstance(runs, list):
            raise ProjectFileError(
                Spec.tr(
                    "Expected 'runs' to be a list of training runs. Received: {received}."
                ).format(received=_kind_of(runs))
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
        raise ProjectFileError(
            Spec.tr("Expected {what} to be a number. Received: {received}.").format(
                what=what, received=_kind_of(value)
            )
        )
    try:
        return float(value)
    except OverflowError:  # a whole number beyond the largest float (about 1.8e308)
        raise ProjectFileError(
            Spec.tr(
                "Expected {what} to be a number no larger than about 1.8e308. "
                "Received: a whole number of {digits} digits."
            ).format(what=what, digits=len(str(abs(value))))
        ) from None


def _whole_number(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ProjectFileError(
            Spec.tr("Expected {what} to be a whole number from 0. Received: {received}.").format(
                what=what, received=_kind_of(value)
            )
        )
    return value


def _kind_of(value: Any) -> str:
    names = {
        dict: Spec.tr("an object"),
        list: Spec.tr("a list"),
        str: Spec.tr("text"),
        bool: Spec.tr("true/false"),
        int: Spec.tr("a number"),
        float: Spec.tr("a number"),
        type(None): Spec.tr("nothing (null)"),
    }
    return f"{names.get(type(value), type(value).__name__)} ({short_repr(value)})"


def short_repr(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _expect_object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProjectFileError(
            Spec.tr("Expected {what} to be an object. Received: {received}.").format(
                what=what, received=_kind_of(value)
            )
        )
    return value


def _expect_str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ProjectFileError(
            #: {what}: a part of the file ("the project's name"); {received}: what the file holds,
            #: such as "a number (3)".
            Spec.tr("Expected {what} to be text. Received: {received}.").format(
                what=what, received=_kind_of(value)
            )
        )
    return value


def _layer_from_dict(item: Any, index: int) -> LayerSpec:
    n = index + 1
    obj = _expect_object(item, Spec.tr("layer {number}").format(number=n))
    kind = obj.get("kind")
    if not isinstance(kind, str) or kind not in catalog.LAYER_KINDS:
        known = ", ".join(catalog.LAYER_KINDS)
        raise ProjectFileError(
            Spec.tr(
                "Layer {number} has an unknown kind. Expected one of: {known}. "
                "Received: {received}."
            ).format(number=n, known=known, received=short_repr(kind))
        )
    params = _expect_object(
        obj.get("params", {}),
        Spec.tr("the settings of layer {number} ({kind})").format(number=n, kind=kind),
    )
    values = _layer_defaults(kind)
    unknown = sorted(set(params) - set(values))
    if unknown:
        raise ProjectFileError(
            Spec.tr(
                "Layer {number} ({kind}) has an unknown setting. Expected one of its "
                "settings: {settings}. Received: {received}."
            ).format(
                number=n,
                kind=kind,
                settings=", ".join(values) or Spec.tr("none", "no settings"),
                received=short_repr(unknown[0]),
            )
        )
    for p in catalog.LAYER_KINDS[kind].params:
        if p.name in params:
            value = params[p.name]
            if p.type == "shape" and isinstance(value, list):
                value = tuple(value)
            values[p.name] = value
    name = _expect_str(obj.get("name", ""), Spec.tr("the name of layer {number}").format(number=n))
    return LayerSpec(kind, values, name)


def _compile_from_dict(value: Any) -> CompileSpec:
    obj = _expect_object(value, Spec.tr("the compile settings"))
    spec = CompileSpec()
    spec.loss = _expect_str(obj.get("loss", spec.loss), Spec.tr("the loss"))
    spec.optimizer = _expect_str(obj.get("optimizer", spec.optimizer), Spec.tr("the optimizer"))
    params = _expect_object(obj.get("optimizer_params", {}), Spec.tr("the optimizer's settings"))
    defaults = optimizer_defaults(spec.optimizer)
    if defaults:
        unknown = sorted(set(params) - set(defaults))
        if unknown:
            raise ProjectFileError(
                Spec.tr(
                    "The optimizer {optimizer} has an unknown setting. Expected one of its "
                    "settings: {settings}. Received: {received}."
                ).format(
                    optimizer=spec.optimizer,
                    settings=", ".join(defaults),
                    received=short_repr(unknown[0]),
                )
            )
    defaults.update(params)
    spec.optimizer_params = defaults
    metrics = obj.get("metrics", spec.metrics)
    if not isinstance(metrics, list) or not all(isinstance(m, str) for m in metrics):
        raise ProjectFileError(
            Spec.tr("Expected the metrics to be a list of names. Received: {received}.").format(
                received=_kind_of(metrics)
            )
        )
    spec.metrics = list(metrics)
    return spec


def _fill(target: Any, value: Any, section: str) -> Any:
    #: {section} is the key of the settings in the file: data or train (not translated).
    obj = _expect_object(value, Spec.tr("the {section} settings").format(section=section))
    names = {f.name: f for f in fields(target)}
    for key, item in obj.items():
        if key not in names:
            raise ProjectFileError(
                Spec.tr(
                    "The {section} settings have an unknown entry. Expected some of: "
                    "{names}. Received: {received}."
                ).format(section=section, names=", ".join(names), received=short_repr(key))
            )
        default = getattr(target, key)
        if isinstance(default, str) and not isinstance(item, str):
            raise ProjectFileError(
                Spec.tr(
                    "Expected the {section} setting {key} to be text. Received: {received}."
                ).format(section=section, key=short_repr(key), received=_kind_of(item))
            )
        setattr(target, key, item)
    return target
