"""A lesson step's goal: conditions over the project and its last run, combined with all/any.

A goal is written in a lesson file as JSON. A condition names what it checks::

    {"check": "layer", "kind": "Dense", "units": 128, "activation": "relu", "after": "Flatten"}
    {"check": "parameters", "max": 20000}
    {"check": "test_accuracy", "min": 0.97}
    {"all": [ ...conditions... ]}   {"any": [ ...conditions... ]}

:func:`parse` reads one and reports every problem in it at once; :func:`holds` says whether
it holds for a :class:`Situation`; :func:`sentence` says it in words a student reads ("Add a
Dense layer with 128 neurons and ReLU right after Flatten"), made from the condition's own
data and the catalog's labels, with the current value where that helps ("now 101,770").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.compare import settings_of
from nnstudio.core.spec import DataSpec, Project, RunRecord, TrainSpec, short_repr
from nnstudio.core.validate import Report, validate

#: What a student can do that a goal can ask for ("did"), with the words for it.
ACTIONS: dict[str, str] = {
    "train": "Press Train",
    "stop": "Press Stop while the network trains",
    "pause": "Press Pause while the network trains",
    "results": "Look at the Results tab",
    "inside": "Look at the Inside tab",
    "draw": "Draw a digit in the Draw a digit tab",
    "runs": "Look at the Runs tab",
    "replay": "Drag the replay slider back to an earlier moment",
    "code": "Look at the Keras code",
}


@dataclass
class Situation:
    """What a goal is judged against: the project, its validation report (for parameters),
    and what the student did during the step."""

    project: Project
    report: Report | None = None
    actions: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.report is None:
            self.report = validate(self.project, None)

    @property
    def parameters(self) -> int | None:
        assert self.report is not None
        return self.report.total_params if self.report.complete else None

    @property
    def last_run(self) -> RunRecord | None:
        """The project's last run, if it trained the network as it is now (same layers,
        compile, data and training settings): a run of an older network does not count."""
        if not self.project.runs:
            return None
        run = self.project.runs[-1]
        if run.settings is not None and run.settings != settings_of(self.project):
            return None
        return run

    @property
    def run_is_stale(self) -> bool:
        return bool(self.project.runs) and self.last_run is None


@dataclass(frozen=True)
class Condition:
    """One parsed condition: ``check`` is its kind ("all" and "any" combine ``parts``)."""

    check: str
    args: dict[str, Any] = field(default_factory=dict)
    parts: tuple[Condition, ...] = ()
    #: The lesson's own words for it, if it gave them ("say"); otherwise made from its data.
    say: str = ""


# --- values: 128, "relu", ["relu", "tanh"], {"min": 0.9}, {"max": 20000} ---------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _range_of(value: Any) -> tuple[float | None, float | None] | None:
    if isinstance(value, dict) and value and set(value) <= {"min", "max"}:
        low, high = value.get("min"), value.get("max")
        if all(v is None or _is_number(v) for v in (low, high)):
            return low, high
    return None


def _negation(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"not"}


def matches(expected: Any, value: Any) -> bool:
    """Whether ``value`` is what ``expected`` asks for: equal, one of a list, in a range, or
    anything but a value (``{"not": ""}``: filled in)."""
    if _negation(expected):
        return not matches(expected["not"], value)
    bounds = _range_of(expected)
    if bounds is not None:
        if not _is_number(value):
            return False
        low, high = bounds
        return (low is None or value >= low - 1e-12) and (high is None or value <= high + 1e-12)
    if isinstance(expected, list):
        return any(matches(item, value) for item in expected)
    if isinstance(value, (list, tuple)) and isinstance(expected, (list, tuple)):
        return list(value) == list(expected)
    if _is_number(expected) and _is_number(value):
        return math.isclose(float(expected), float(value), rel_tol=1e-9, abs_tol=1e-12)
    return bool(expected == value and type(expected) is type(value))


def _number_text(value: float, percent: bool = False) -> str:
    if percent:
        return f"{value * 100:g}%"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def _bounds_text(low: float | None, high: float | None, percent: bool = False) -> str:
    if low is not None and high is not None:
        if low == high:
            return _number_text(low, percent)
        return f"between {_number_text(low, percent)} and {_number_text(high, percent)}"
    if low is not None:
        return f"at least {_number_text(low, percent)}"
    assert high is not None
    return f"at most {_number_text(high, percent)}"


def _shape_matches(expected: Any, value: Any) -> bool:
    """A layer's shape setting: ``expected`` is one shape ([28, 28]) or a list of them."""
    if _negation(expected):
        return not _shape_matches(expected["not"], value)
    if not isinstance(value, (list, tuple)):
        return False
    if isinstance(expected, list) and expected and all(isinstance(e, list) for e in expected):
        return any(list(e) == list(value) for e in expected)
    return isinstance(expected, list) and list(expected) == list(value)


def _value_text(expected: Any, param: catalog.Param | None = None, percent: bool = False) -> str:
    if _negation(expected):
        if expected["not"] == "":
            return "filled in"
        return "anything but " + _value_text(expected["not"], param, percent)
    if param is not None and param.type == "shape" and isinstance(expected, list):
        if expected and all(isinstance(e, list) for e in expected):
            return " or ".join(_value_text(e, param) for e in expected)
        return "×".join(str(d) for d in expected)
    bounds = _range_of(expected)
    if bounds is not None:
        return _bounds_text(*bounds, percent=percent)
    if isinstance(expected, list):
        words = [_value_text(item, param, percent) for item in expected]
        return " or ".join(words) if len(words) <= 2 else ", ".join(words[:-1]) + " or " + words[-1]
    if isinstance(expected, bool):
        return "on" if expected else "off"
    if _is_number(expected):
        return _number_text(expected, percent)
    if param is not None and param.type == "choice" and isinstance(param.choices, str):
        return catalog.choice_label(catalog.CHOICE_TABLES[param.choices], str(expected))
    return str(expected)


# --- the checks ----------------------------------------------------------------------------

Problems = list[str]


@dataclass(frozen=True)
class Check:
    """One kind of condition: the keys it takes, how to test it, and how to say it."""

    keys: frozenset[str]
    required: frozenset[str]
    validate: Callable[[dict[str, Any], str, Problems], None]
    holds: Callable[[dict[str, Any], Situation], bool]
    say: Callable[[dict[str, Any], Situation | None], str]


def _check_range(
    args: dict[str, Any],
    where: str,
    problems: Problems,
    *,
    what: str,
    low: float | None = None,
    high: float | None = None,
    required: bool = True,
) -> None:
    """``args`` holds "min" and/or "max" numbers for ``what``, that some value within
    [low, high] can meet."""
    given = {k: args[k] for k in ("min", "max") if k in args}
    if not given:
        if required:
            problems.append(f'{where}: expected "min" or "max" (a number) for {what}.')
        return
    for key, value in given.items():
        if not _is_number(value):
            problems.append(
                f"{where}: expected {key!r} to be a number for {what}. Received: "
                f"{short_repr(value)}."
            )
            return
    a, b = given.get("min"), given.get("max")
    if a is not None and b is not None and a > b:
        problems.append(
            f"{where}: this can never hold: {what} cannot be at least {a:g} and at most {b:g}."
        )
    elif b is not None and low is not None and b < low:
        problems.append(
            f"{where}: this can never hold: {what} is never below {low:g}, and the goal asks "
            f"for at most {b:g}."
        )
    elif a is not None and high is not None and a > high:
        problems.append(
            f"{where}: this can never hold: {what} is never above {high:g}, and the goal asks "
            f"for at least {a:g}."
        )


def _check_value(
    expected: Any, param: catalog.Param | None, where: str, what: str, problems: Problems
) -> None:
    """``expected`` is a value, a list of values or a range that ``param`` can take."""
    if _negation(expected):
        _check_value(expected["not"], param, where, what, problems)
        return
    if param is not None and param.type == "shape":
        shapes = expected if expected and all(isinstance(e, list) for e in expected) else [expected]
        for shape in shapes:
            if not isinstance(shape, list) or not all(
                isinstance(d, int) and not isinstance(d, bool) and d >= 1 for d in shape
            ):
                problems.append(
                    f"{where}: expected {what} to be a shape, a list of whole numbers from 1 "
                    f"such as [28, 28] (or a list of shapes). Received: {short_repr(expected)}."
                )
                return
        return
    bounds = _range_of(expected)
    if isinstance(expected, dict) and bounds is None:
        problems.append(
            f"{where}: expected {what} to be a value, a list of values or "
            f'{{"min": …, "max": …}}. Received: {short_repr(expected)}.'
        )
        return
    if bounds is not None:
        low = param.minimum if param is not None else None
        high = param.maximum if param is not None else None
        _check_range(expected, where, problems, what=what, low=low, high=high)
        return
    if isinstance(expected, list):
        if not expected:
            problems.append(
                f"{where}: this can never hold: {what} is asked to be one of no values."
            )
        for item in expected:
            _check_value(item, param, where, what, problems)
        return
    if param is None:
        return
    if param.type == "choice":
        allowed = param.allowed_choices()
        if expected not in allowed:
            problems.append(
                f"{where}: {what} can never be {short_repr(expected)}. Expected one of: "
                f"{', '.join(allowed)}."
            )
    elif param.type == "bool":
        if not isinstance(expected, bool):
            problems.append(
                f"{where}: expected {what} to be true or false. Received: {short_repr(expected)}."
            )
    elif param.type in ("int", "float"):
        if not _is_number(expected):
            problems.append(
                f"{where}: expected {what} to be a number. Received: {short_repr(expected)}."
            )
        elif (param.minimum is not None and expected < param.minimum) or (
            param.maximum is not None and expected > param.maximum
        ):
            problems.append(
                f"{where}: this can never hold: {what} must lie between {param.minimum:g} and "
                f"{param.maximum:g}, and the goal asks for {expected:g}."
            )


def _known(name: Any, table: dict[str, Any], where: str, what: str, problems: Problems) -> bool:
    names = name if isinstance(name, list) else [name]
    ok = True
    for item in names:
        if item not in table:
            problems.append(
                f"{where}: there is no {what} called {short_repr(item)}. Expected one of: "
                f"{', '.join(table)}."
            )
            ok = False
    return ok


# layer -------------------------------------------------------------------------------------

_LAYER_KEYS = {"kind", "after", "position"}


def _validate_layer(args: dict[str, Any], where: str, problems: Problems) -> None:
    kind = args.get("kind")
    if not isinstance(kind, str):
        problems.append(
            f'{where}: expected "kind" to be one layer kind. Received: {short_repr(kind)}.'
        )
        return
    if not _known(kind, catalog.LAYER_KINDS, where, "layer kind", problems):
        return
    info = catalog.LAYER_KINDS[kind]
    for key, value in args.items():
        if key in _LAYER_KEYS:
            continue
        try:
            param = info.param(key)
        except KeyError:
            names = ", ".join(p.name for p in info.params) or "none"
            problems.append(
                f"{where}: a {kind} layer has no setting {short_repr(key)}. Expected one of its "
                f"settings ({names}) or after, position."
            )
            continue
        _check_value(value, param, where, f"a {kind} layer's {key}", problems)
    if "after" in args:
        _known(args["after"], catalog.LAYER_KINDS, where, "layer kind", problems)
    position = args.get("position")
    if (
        position is not None
        and position not in ("first", "last")
        and not (isinstance(position, int) and not isinstance(position, bool) and position >= 1)
    ):
        problems.append(
            f'{where}: expected "position" to be "first", "last" or a layer number from 1. '
            f"Received: {short_repr(position)}."
        )


def _layer_fits(args: dict[str, Any], project: Project, index: int) -> bool:
    layers = project.layers
    layer = layers[index]
    if layer.kind != args["kind"]:
        return False
    kind = catalog.LAYER_KINDS[layer.kind]
    for key, expected in args.items():
        if key in _LAYER_KEYS:
            continue
        value = layer.params.get(key)
        shape = kind.param(key).type == "shape"
        if not (_shape_matches(expected, value) if shape else matches(expected, value)):
            return False
    if "after" in args and (index == 0 or not matches(args["after"], layers[index - 1].kind)):
        return False
    position = args.get("position")
    if position == "first":
        return index == 0
    if position == "last":
        return index == len(layers) - 1
    return position is None or index == position - 1


def _holds_layer(args: dict[str, Any], s: Situation) -> bool:
    return any(_layer_fits(args, s.project, i) for i in range(len(s.project.layers)))


def _param_phrase(kind: catalog.LayerKind, key: str, expected: Any) -> str:
    param = kind.param(key)
    value = _value_text(expected, param)
    if key == "units":
        return f"{value} neuron{'' if expected == 1 else 's'}"
    if key == "activation":
        return value
    if key == "rate" and _is_number(expected):
        return f"rate {expected:g}"
    if param.type == "shape":
        return f"shape {value}"
    return f"{param.label.lower()} {value}"


def _say_layer(args: dict[str, Any], s: Situation | None) -> str:
    kind = catalog.LAYER_KINDS[args["kind"]]
    phrases = [_param_phrase(kind, k, v) for k, v in args.items() if k not in _LAYER_KEYS]
    text = f"Add {'an' if kind.label[0] in 'AEIOU' else 'a'} {kind.label} layer"
    if phrases:
        text += " with " + (
            " and ".join(phrases)
            if len(phrases) <= 2
            else ", ".join(phrases[:-1]) + " and " + phrases[-1]
        )
    if "after" in args:
        text += " right after " + _value_text(args["after"])
    position = args.get("position")
    if position == "first":
        text += " as the first layer"
    elif position == "last":
        text += " as the last layer"
    elif position is not None:
        text += f" as layer {position}"
    return text + "."


# layers: the kinds in order ------------------------------------------------------------------


def _validate_layers(args: dict[str, Any], where: str, problems: Problems) -> None:
    kinds = args.get("kinds")
    if not isinstance(kinds, list) or not kinds:
        problems.append(
            f'{where}: expected "kinds" to be a list of layer kinds. Received: {short_repr(kinds)}.'
        )
        return
    for kind in kinds:
        _known(kind, catalog.LAYER_KINDS, where, "layer kind", problems)


def _holds_layers(args: dict[str, Any], s: Situation) -> bool:
    return [layer.kind for layer in s.project.layers] == list(args["kinds"])


def _say_layers(args: dict[str, Any], s: Situation | None) -> str:
    labels = [catalog.LAYER_KINDS[k].label for k in args["kinds"]]
    return f"Have exactly these layers, in this order: {', '.join(labels)}."


# count: how many layers (of a kind) ------------------------------------------------------------


def _validate_count(args: dict[str, Any], where: str, problems: Problems) -> None:
    if "kind" in args:
        _known(args["kind"], catalog.LAYER_KINDS, where, "layer kind", problems)
    _check_range(args, where, problems, what="the number of layers", low=0)


def _count(args: dict[str, Any], s: Situation) -> int:
    kind = args.get("kind")
    return sum(1 for layer in s.project.layers if kind is None or matches(kind, layer.kind))


def _holds_count(args: dict[str, Any], s: Situation) -> bool:
    return matches({k: args[k] for k in ("min", "max") if k in args}, _count(args, s))


def _say_count(args: dict[str, Any], s: Situation | None) -> str:
    bounds = _bounds_text(args.get("min"), args.get("max"))
    what = f"{_value_text(args['kind'])} layers" if "kind" in args else "layers"
    now = f" (now {_count(args, s)})" if s is not None else ""
    return f"Have {bounds} {what}{now}."


# loss and optimizer ------------------------------------------------------------------------


def _validate_loss(args: dict[str, Any], where: str, problems: Problems) -> None:
    _known(args.get("is"), catalog.LOSSES, where, "loss", problems)


def _holds_loss(args: dict[str, Any], s: Situation) -> bool:
    return matches(args["is"], s.project.compile.loss)


def _say_loss(args: dict[str, Any], s: Situation | None) -> str:
    names = args["is"] if isinstance(args["is"], list) else [args["is"]]
    labels = [catalog.LOSSES[n].label for n in names]
    return f"Use the loss {' or '.join(labels)}."


def _validate_optimizer(args: dict[str, Any], where: str, problems: Problems) -> None:
    name = args.get("is")
    if not _known(name, catalog.OPTIMIZERS, where, "optimizer", problems):
        return
    settings = args.get("settings", {})
    if not isinstance(settings, dict):
        problems.append(
            f'{where}: expected "settings" to be an object of optimizer settings. '
            f"Received: {short_repr(settings)}."
        )
        return
    names: list[str] = name if isinstance(name, list) else [str(name)]
    for key, value in settings.items():
        params = [p for n in names for p in catalog.OPTIMIZERS[n].params if p.name == key]
        if len(params) < len(names):
            problems.append(
                f"{where}: the optimizer {' / '.join(names)} has no setting {short_repr(key)}."
            )
            continue
        _check_value(value, params[0], where, f"the optimizer's {key}", problems)


def _holds_optimizer(args: dict[str, Any], s: Situation) -> bool:
    c = s.project.compile
    return matches(args["is"], c.optimizer) and all(
        matches(v, c.optimizer_params.get(k)) for k, v in args.get("settings", {}).items()
    )


def _say_optimizer(args: dict[str, Any], s: Situation | None) -> str:
    names = args["is"] if isinstance(args["is"], list) else [args["is"]]
    text = f"Use the optimizer {' or '.join(catalog.OPTIMIZERS[n].label for n in names)}"
    params = {p.name: p for n in names for p in catalog.OPTIMIZERS[n].params}
    phrases = [
        f"{params[k].label.lower()} {_value_text(v, params[k])}"
        for k, v in args.get("settings", {}).items()
    ]
    return text + (" with " + " and ".join(phrases) if phrases else "") + "."


# data and training settings ------------------------------------------------------------------

_DATA_CHOICES: dict[str, dict[str, Any]] = {
    "dataset": catalog.DATASETS,
    "preprocessing": catalog.PREPROCESSING,
}


def _settings_check(
    section: str, spec: type[Any], params: dict[str, catalog.Param], what: str
) -> Check:
    names = {f.name for f in fields(spec)}

    def validate_(args: dict[str, Any], where: str, problems: Problems) -> None:
        if not args:
            problems.append(f"{where}: expected at least one {what} setting to check.")
        for key, value in args.items():
            if key not in names:
                problems.append(
                    f"{where}: there is no {what} setting {short_repr(key)}. Expected some of: "
                    f"{', '.join(sorted(names))}."
                )
            elif key in _DATA_CHOICES:
                inner = value["not"] if _negation(value) else value
                _known(inner, _DATA_CHOICES[key], where, key, problems)
            else:
                _check_value(value, params.get(key), where, f"the {what} setting {key}", problems)

    def holds_(args: dict[str, Any], s: Situation) -> bool:
        target = getattr(s.project, section)
        return all(matches(v, getattr(target, k)) for k, v in args.items())

    def say_(args: dict[str, Any], s: Situation | None) -> str:
        phrases = []
        for key, value in args.items():
            if key in _DATA_CHOICES:
                if _negation(value):
                    inner = _value_text_in(value["not"], _DATA_CHOICES[key])
                    phrases.append(f"{key} anything but {inner}")
                else:
                    phrases.append(f"{key} {_value_text_in(value, _DATA_CHOICES[key])}")
                continue
            param = params.get(key)
            label = (
                param.label.lower()
                if param is not None
                else {"path": "file"}.get(key, key.replace("_", " "))
            )
            percent = key in ("validation_split", "test_fraction")
            phrases.append(f"{label} {_value_text(value, param, percent)}")
        return f"Set the {what} settings: {'; '.join(phrases)}."

    return Check(frozenset(names), frozenset(), validate_, holds_, say_)


def _value_text_in(value: Any, table: dict[str, catalog.Choice]) -> str:
    names = value if isinstance(value, list) else [value]
    return " or ".join(catalog.choice_label(table, str(n)) for n in names)


# parameters ------------------------------------------------------------------------------


def _validate_parameters(args: dict[str, Any], where: str, problems: Problems) -> None:
    _check_range(args, where, problems, what="the number of parameters", low=1)


def _holds_parameters(args: dict[str, Any], s: Situation) -> bool:
    return s.parameters is not None and matches(_bounds(args), s.parameters)


def _say_parameters(args: dict[str, Any], s: Situation | None) -> str:
    now = ""
    if s is not None:
        now = f" (now {s.parameters:,})" if s.parameters is not None else " (now unknown)"
    return f"Keep the parameters (weights and biases) {_bounds_text(*_bounds_pair(args))}{now}."


def _bounds(args: dict[str, Any]) -> dict[str, Any]:
    return {k: args[k] for k in ("min", "max") if k in args}


def _bounds_pair(args: dict[str, Any]) -> tuple[float | None, float | None]:
    return args.get("min"), args.get("max")


# the last run ------------------------------------------------------------------------------


def _validate_run(args: dict[str, Any], where: str, problems: Problems) -> None:
    if "stopped" in args and not isinstance(args["stopped"], bool):
        problems.append(
            f'{where}: expected "stopped" to be true or false. Received: '
            f"{short_repr(args['stopped'])}."
        )


def _holds_run(args: dict[str, Any], s: Situation) -> bool:
    run = s.last_run
    if run is None:
        return False
    allowed = ("completed", "stopped") if args.get("stopped") else ("completed",)
    return run.reason in allowed


def _say_run(args: dict[str, Any], s: Situation | None) -> str:
    text = "Train the network"
    text += " (stopping it early is fine)" if args.get("stopped") else " until it finishes"
    if s is not None and s.run_is_stale:
        text += " (the network changed since the last run, so train it again)"
    return text + "."


def accuracy_of(values: dict[str, Any]) -> float | None:
    """The accuracy among a run's test results or history ("accuracy", "binary_accuracy"...)."""
    for key, value in values.items():
        if key.endswith("accuracy") and not key.startswith("val_"):
            return value  # type: ignore[no-any-return]
    return None


def _metric_check(
    what: str,
    read: Callable[[RunRecord], float | None],
    percent: bool,
    low: float | None,
    high: float | None,
) -> Check:
    def validate_(args: dict[str, Any], where: str, problems: Problems) -> None:
        _check_range(args, where, problems, what=what, low=low, high=high)

    def holds_(args: dict[str, Any], s: Situation) -> bool:
        run = s.last_run
        value = read(run) if run is not None else None
        return value is not None and math.isfinite(value) and matches(_bounds(args), value)

    def say_(args: dict[str, Any], s: Situation | None) -> str:
        text = f"Reach {what} {_bounds_text(*_bounds_pair(args), percent=percent)}"
        if s is not None:
            run = s.last_run
            value = read(run) if run is not None else None
            if value is not None and math.isfinite(value):
                text += f" (last run: {_number_text(round(value, 4), percent)})"
            elif s.run_is_stale:
                text += " (train the network as it is now)"
        return text + "."

    return Check(frozenset({"min", "max"}), frozenset(), validate_, holds_, say_)


def _last_epoch(run: RunRecord, key: str) -> float | None:
    if key == "accuracy":
        series = next(
            (
                v
                for k, v in run.history.items()
                if k.endswith("accuracy") and not k.startswith("val_")
            ),
            None,
        )
    else:
        series = run.history.get(key)
    return series[-1] if series else None


def first_full_accuracy_epoch(run: RunRecord) -> int | None:
    """The first epoch (counted from 1) whose training accuracy was 100%, or None."""
    series = next(
        (v for k, v in run.history.items() if k.endswith("accuracy") and not k.startswith("val_")),
        None,
    )
    for i, value in enumerate(series or []):
        if value >= 1.0 - 1e-9:
            return i + 1
    return None


# did: something the student did during the step ------------------------------------------------


def _validate_did(args: dict[str, Any], where: str, problems: Problems) -> None:
    _known(args.get("action"), ACTIONS, where, "action", problems)


def _holds_did(args: dict[str, Any], s: Situation) -> bool:
    return args["action"] in s.actions


def _say_did(args: dict[str, Any], s: Situation | None) -> str:
    return ACTIONS[args["action"]] + "."


CHECKS: dict[str, Check] = {
    "layer": Check(
        frozenset(_LAYER_KEYS | {p.name for k in catalog.LAYER_KINDS.values() for p in k.params}),
        frozenset({"kind"}),
        _validate_layer,
        _holds_layer,
        _say_layer,
    ),
    "layers": Check(
        frozenset({"kinds"}), frozenset({"kinds"}), _validate_layers, _holds_layers, _say_layers
    ),
    "count": Check(
        frozenset({"kind", "min", "max"}), frozenset(), _validate_count, _holds_count, _say_count
    ),
    "loss": Check(frozenset({"is"}), frozenset({"is"}), _validate_loss, _holds_loss, _say_loss),
    "optimizer": Check(
        frozenset({"is", "settings"}),
        frozenset({"is"}),
        _validate_optimizer,
        _holds_optimizer,
        _say_optimizer,
    ),
    "data": _settings_check("data", DataSpec, catalog.DATA_PARAMS, "data"),
    "train": _settings_check("train", TrainSpec, catalog.TRAINING_PARAMS, "training"),
    "parameters": Check(
        frozenset({"min", "max"}),
        frozenset(),
        _validate_parameters,
        _holds_parameters,
        _say_parameters,
    ),
    "run": Check(frozenset({"stopped"}), frozenset(), _validate_run, _holds_run, _say_run),
    "test_accuracy": _metric_check(
        "a test accuracy", lambda r: accuracy_of(r.test), True, 0.0, 1.0
    ),
    "test_loss": _metric_check("a test loss", lambda r: r.test.get("loss"), False, 0.0, None),
    "training_accuracy": _metric_check(
        "a training accuracy (last epoch)", lambda r: _last_epoch(r, "accuracy"), True, 0.0, 1.0
    ),
    "epochs_done": _metric_check(
        "a number of epochs trained", lambda r: float(r.epochs_done), False, 0.0, None
    ),
    "did": Check(frozenset({"action"}), frozenset({"action"}), _validate_did, _holds_did, _say_did),
}

# "kind" of a layer check is required; data/train take their section's names.
COMBINERS = ("all", "any")


# --- parse, holds, sentence ----------------------------------------------------------------


def parse(raw: Any, where: str, problems: Problems) -> Condition | None:
    """The condition written as ``raw``; every problem found is added to ``problems`` as a
    sentence that starts with ``where`` (the lesson file and step). None if it is unusable."""
    if not isinstance(raw, dict):
        problems.append(
            f'{where}: expected a condition (an object with "check", "all" or "any"). '
            f"Received: {short_repr(raw)}."
        )
        return None
    say = raw.get("say", "")
    if not isinstance(say, str):
        problems.append(f'{where}: expected "say" to be text. Received: {short_repr(say)}.')
        say = ""
    combiner = [key for key in COMBINERS if key in raw]
    if combiner:
        key = combiner[0]
        extra = sorted(set(raw) - {key, "say"})
        if extra:
            problems.append(
                f'{where}: a condition with "{key}" takes only a list of conditions (and "say"). '
                f"Received also: {', '.join(extra)}."
            )
        items = raw[key]
        if not isinstance(items, list) or not items:
            problems.append(
                f'{where}: expected "{key}" to be a list of at least one condition. '
                f"Received: {short_repr(items)}."
            )
            return None
        parts = [parse(item, f"{where}, {key} #{i + 1}", problems) for i, item in enumerate(items)]
        if any(p is None for p in parts):
            return None
        return Condition(key, {}, tuple(p for p in parts if p is not None), say)
    check = raw.get("check")
    if check not in CHECKS:
        problems.append(
            f"{where}: there is no check called {short_repr(check)}. Expected one of: "
            f'{", ".join(CHECKS)}, or "all" / "any" with a list.'
        )
        return None
    spec = CHECKS[check]
    args = {k: v for k, v in raw.items() if k not in ("check", "say")}
    before = len(problems)
    missing = sorted(spec.required - set(args))
    if missing:
        problems.append(f'{where}: the check "{check}" needs {", ".join(missing)}.')
    unknown = sorted(set(args) - spec.keys)
    if unknown:
        problems.append(
            f'{where}: the check "{check}" has no setting {short_repr(unknown[0])}. Expected '
            f"some of: {', '.join(sorted(spec.keys))}."
        )
    if not missing:  # the rest is checked too, so that every problem is reported at once
        spec.validate({k: v for k, v in args.items() if k not in unknown}, where, problems)
    if len(problems) > before:
        return None
    return Condition(check, args, (), say)


def holds(condition: Condition, situation: Situation) -> bool:
    if condition.check == "all":
        return all(holds(p, situation) for p in condition.parts)
    if condition.check == "any":
        return any(holds(p, situation) for p in condition.parts)
    return CHECKS[condition.check].holds(condition.args, situation)


def sentence(condition: Condition, situation: Situation | None = None) -> str:
    """The condition in words: the lesson's own ("say") or made from its data; with a
    ``situation``, where it helps, the current value."""
    if condition.say:
        return condition.say
    if condition.check in COMBINERS:
        joined = [sentence(p, situation).rstrip(".") for p in condition.parts]
        glue = "; and " if condition.check == "all" else "; or "
        return glue.join(joined) + "."
    return CHECKS[condition.check].say(condition.args, situation)


def checklist(condition: Condition, situation: Situation) -> list[tuple[str, bool]]:
    """The goal as lines to tick: each part of a top-level "all" (or the whole condition) with
    whether it holds now."""
    parts = condition.parts if condition.check == "all" and not condition.say else (condition,)
    return [(sentence(p, situation), holds(p, situation)) for p in parts]


def parts_of(condition: Condition) -> tuple[Condition, ...]:
    """What a grade table shows as columns: the parts of a top-level "all", or the whole."""
    return condition.parts if condition.check == "all" else (condition,)
