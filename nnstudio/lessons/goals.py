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
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.spec import DataSpec, Project, RunRecord, TrainSpec, short_repr
from nnstudio.core.validate import Report, validate

LessonGoals = Context("LessonGoals")

#: What a student can do that a goal can ask for ("did"), with the words for it (English:
#: shown through :func:`action_words`).
ACTIONS: dict[str, str] = {
    "train": QT_TRANSLATE_NOOP("LessonGoals", "Press Train"),
    "stop": QT_TRANSLATE_NOOP("LessonGoals", "Press Stop while the network trains"),
    "pause": QT_TRANSLATE_NOOP("LessonGoals", "Press Pause while the network trains"),
    "results": QT_TRANSLATE_NOOP("LessonGoals", "Look at the Results tab"),
    "inside": QT_TRANSLATE_NOOP("LessonGoals", "Look at the Inside tab"),
    "draw": QT_TRANSLATE_NOOP("LessonGoals", "Draw a digit in the Draw a digit tab"),
    "runs": QT_TRANSLATE_NOOP("LessonGoals", "Look at the Runs tab"),
    "replay": QT_TRANSLATE_NOOP("LessonGoals", "Drag the replay slider back to an earlier moment"),
    "code": QT_TRANSLATE_NOOP("LessonGoals", "Look at the Keras code"),
}


def action_words(action: str) -> str:
    """What the student is asked to do (a key of :data:`ACTIONS`), in the language spoken."""
    return translate("LessonGoals", ACTIONS[action])


def _problem(problems: list[str], where: str, text: str) -> None:
    """One problem of a goal, after where it is (the lesson file, the step, the goal)."""
    problems.append(LessonGoals.tr("{where}: {problem}").format(where=where, problem=text))


def _either(words: list[str], commas: bool = True) -> str:
    """ "a or b", "a, b or c" (without ``commas``: "a or b or c")."""
    return _listed(words, LessonGoals.tr("{items} or {last}"), commas)


def _both(words: list[str], commas: bool = True) -> str:
    """ "a and b", "a, b and c" (without ``commas``: "a and b and c")."""
    return _listed(words, LessonGoals.tr("{items} and {last}"), commas)


def _listed(words: list[str], pattern: str, commas: bool) -> str:
    if not words:
        return ""
    if commas and len(words) > 2:
        return pattern.format(items=", ".join(words[:-1]), last=words[-1])
    text = words[0]
    for word in words[1:]:
        text = pattern.format(items=text, last=word)
    return text


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
        return LessonGoals.tr("between {low} and {high}").format(
            low=_number_text(low, percent), high=_number_text(high, percent)
        )
    if low is not None:
        return LessonGoals.tr("at least {value}").format(value=_number_text(low, percent))
    assert high is not None
    return LessonGoals.tr("at most {value}").format(value=_number_text(high, percent))


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
            return LessonGoals.tr("filled in")
        return LessonGoals.tr("anything but {value}").format(
            value=_value_text(expected["not"], param, percent)
        )
    if param is not None and param.type == "shape" and isinstance(expected, list):
        if expected and all(isinstance(e, list) for e in expected):
            return _either([_value_text(e, param) for e in expected], commas=False)
        return "×".join(str(d) for d in expected)
    bounds = _range_of(expected)
    if bounds is not None:
        return _bounds_text(*bounds, percent=percent)
    if isinstance(expected, list):
        return _either([_value_text(item, param, percent) for item in expected])
    if isinstance(expected, bool):
        return LessonGoals.tr("on", "a setting") if expected else LessonGoals.tr("off", "a setting")
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
            _problem(
                problems,
                where,
                LessonGoals.tr('expected "min" or "max" (a number) for {what}.').format(what=what),
            )
        return
    for key, value in given.items():
        if not _is_number(value):
            _problem(
                problems,
                where,
                LessonGoals.tr(
                    "expected {key} to be a number for {what}. Received: {value}."
                ).format(key=repr(key), what=what, value=short_repr(value)),
            )
            return
    a, b = given.get("min"), given.get("max")
    if a is not None and b is not None and a > b:
        _problem(
            problems,
            where,
            LessonGoals.tr(
                "this can never hold: {what} cannot be at least {min:g} and at most {max:g}."
            ).format(what=what, min=a, max=b),
        )
    elif b is not None and low is not None and b < low:
        _problem(
            problems,
            where,
            LessonGoals.tr(
                "this can never hold: {what} is never below {low:g}, and the goal asks for at "
                "most {max:g}."
            ).format(what=what, low=low, max=b),
        )
    elif a is not None and high is not None and a > high:
        _problem(
            problems,
            where,
            LessonGoals.tr(
                "this can never hold: {what} is never above {high:g}, and the goal asks for at "
                "least {min:g}."
            ).format(what=what, high=high, min=a),
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
                _problem(
                    problems,
                    where,
                    LessonGoals.tr(
                        "expected {what} to be a shape, a list of whole numbers from 1 such as "
                        "[28, 28] (or a list of shapes). Received: {value}."
                    ).format(what=what, value=short_repr(expected)),
                )
                return
        return
    bounds = _range_of(expected)
    if isinstance(expected, dict) and bounds is None:
        _problem(
            problems,
            where,
            LessonGoals.tr(
                "expected {what} to be a value, a list of values or "
                '{{"min": …, "max": …}}. Received: {value}.'
            ).format(what=what, value=short_repr(expected)),
        )
        return
    if bounds is not None:
        low = param.minimum if param is not None else None
        high = param.maximum if param is not None else None
        _check_range(expected, where, problems, what=what, low=low, high=high)
        return
    if isinstance(expected, list):
        if not expected:
            _problem(
                problems,
                where,
                LessonGoals.tr(
                    "this can never hold: {what} is asked to be one of no values."
                ).format(what=what),
            )
        for item in expected:
            _check_value(item, param, where, what, problems)
        return
    if param is None:
        return
    if param.type == "choice":
        allowed = param.allowed_choices()
        if expected not in allowed:
            _problem(
                problems,
                where,
                LessonGoals.tr("{what} can never be {value}. Expected one of: {allowed}.").format(
                    what=what, value=short_repr(expected), allowed=", ".join(allowed)
                ),
            )
    elif param.type == "bool":
        if not isinstance(expected, bool):
            _problem(
                problems,
                where,
                LessonGoals.tr("expected {what} to be true or false. Received: {value}.").format(
                    what=what, value=short_repr(expected)
                ),
            )
    elif param.type in ("int", "float"):
        if not _is_number(expected):
            _problem(
                problems,
                where,
                LessonGoals.tr("expected {what} to be a number. Received: {value}.").format(
                    what=what, value=short_repr(expected)
                ),
            )
        elif (param.minimum is not None and expected < param.minimum) or (
            param.maximum is not None and expected > param.maximum
        ):
            _problem(
                problems,
                where,
                LessonGoals.tr(
                    "this can never hold: {what} must lie between {low:g} and {high:g}, and the "
                    "goal asks for {value:g}."
                ).format(what=what, low=param.minimum, high=param.maximum, value=expected),
            )


def _known(name: Any, table: dict[str, Any], where: str, what: str, problems: Problems) -> bool:
    names = name if isinstance(name, list) else [name]
    ok = True
    for item in names:
        if item not in table:
            _problem(
                problems,
                where,
                LessonGoals.tr(
                    "there is no {what} called {name}. Expected one of: {names}."
                ).format(what=what, name=short_repr(item), names=", ".join(table)),
            )
            ok = False
    return ok


# layer -------------------------------------------------------------------------------------

_LAYER_KEYS = {"kind", "after", "position"}


def _validate_layer(args: dict[str, Any], where: str, problems: Problems) -> None:
    kind = args.get("kind")
    if not isinstance(kind, str):
        _problem(
            problems,
            where,
            LessonGoals.tr('expected "kind" to be one layer kind. Received: {value}.').format(
                value=short_repr(kind)
            ),
        )
        return
    if not _known(kind, catalog.LAYER_KINDS, where, LessonGoals.tr("layer kind"), problems):
        return
    info = catalog.LAYER_KINDS[kind]
    for key, value in args.items():
        if key in _LAYER_KEYS:
            continue
        try:
            param = info.param(key)
        except KeyError:
            names = ", ".join(p.name for p in info.params) or LessonGoals.tr("none")
            _problem(
                problems,
                where,
                LessonGoals.tr(
                    "a {kind} layer has no setting {key}. Expected one of its settings ({names}) "
                    "or after, position."
                ).format(kind=kind, key=short_repr(key), names=names),
            )
            continue
        what = LessonGoals.tr("a {kind} layer's {setting}").format(kind=kind, setting=key)
        _check_value(value, param, where, what, problems)
    if "after" in args:
        _known(args["after"], catalog.LAYER_KINDS, where, LessonGoals.tr("layer kind"), problems)
    position = args.get("position")
    if (
        position is not None
        and position not in ("first", "last")
        and not (isinstance(position, int) and not isinstance(position, bool) and position >= 1)
    ):
        _problem(
            problems,
            where,
            LessonGoals.tr(
                'expected "position" to be "first", "last" or a layer number from 1. '
                "Received: {value}."
            ).format(value=short_repr(position)),
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
        if _is_number(expected) and float(expected).is_integer():
            n = int(expected)  # "%n" is the bare number: the text keeps its "1,000"
            return LessonGoals.tr("%n neuron(s)", "", n).replace(str(n), value, 1)
        return LessonGoals.tr("{value} neurons").format(value=value)
    if key == "activation":
        return value
    if key == "rate" and _is_number(expected):
        return LessonGoals.tr("rate {value:g}").format(value=expected)
    if param.type == "shape":
        return LessonGoals.tr("shape {value}").format(value=value)
    return LessonGoals.tr("{setting} {value}").format(
        setting=catalog.in_sentence(param.label), value=value
    )


def _say_layer(args: dict[str, Any], s: Situation | None) -> str:
    kind = catalog.LAYER_KINDS[args["kind"]]
    phrases = [_param_phrase(kind, k, v) for k, v in args.items() if k not in _LAYER_KEYS]
    details = []
    if phrases:
        details.append(LessonGoals.tr("with {settings}").format(settings=_both(phrases)))
    if "after" in args:
        after = _value_text(args["after"])  # the kinds' own names, as in Keras
        details.append(LessonGoals.tr("right after {kind}").format(kind=after))
    position = args.get("position")
    if position == "first":
        details.append(LessonGoals.tr("as the first layer"))
    elif position == "last":
        details.append(LessonGoals.tr("as the last layer"))
    elif position is not None:
        details.append(LessonGoals.tr("as layer {number}").format(number=position))
    # The article goes with the English name ("an Input layer"); a translation says both alike.
    if kind.label_source[0] in "AEIOU":
        if details:
            text = LessonGoals.tr("Add an {kind} layer {details}.")
        else:
            text = LessonGoals.tr("Add an {kind} layer.")
    elif details:
        text = LessonGoals.tr("Add a {kind} layer {details}.")
    else:
        text = LessonGoals.tr("Add a {kind} layer.")
    return text.format(kind=kind.label, details=" ".join(details))


# layers: the kinds in order ------------------------------------------------------------------


def _validate_layers(args: dict[str, Any], where: str, problems: Problems) -> None:
    kinds = args.get("kinds")
    if not isinstance(kinds, list) or not kinds:
        _problem(
            problems,
            where,
            LessonGoals.tr(
                'expected "kinds" to be a list of layer kinds. Received: {value}.'
            ).format(value=short_repr(kinds)),
        )
        return
    for kind in kinds:
        _known(kind, catalog.LAYER_KINDS, where, LessonGoals.tr("layer kind"), problems)


def _holds_layers(args: dict[str, Any], s: Situation) -> bool:
    return [layer.kind for layer in s.project.layers] == list(args["kinds"])


def _say_layers(args: dict[str, Any], s: Situation | None) -> str:
    labels = [catalog.LAYER_KINDS[k].label for k in args["kinds"]]
    return LessonGoals.tr("Have exactly these layers, in this order: {kinds}.").format(
        kinds=", ".join(labels)
    )


# count: how many layers (of a kind) ------------------------------------------------------------


def _validate_count(args: dict[str, Any], where: str, problems: Problems) -> None:
    if "kind" in args:
        _known(args["kind"], catalog.LAYER_KINDS, where, LessonGoals.tr("layer kind"), problems)
    _check_range(args, where, problems, what=LessonGoals.tr("the number of layers"), low=0)


def _count(args: dict[str, Any], s: Situation) -> int:
    kind = args.get("kind")
    return sum(1 for layer in s.project.layers if kind is None or matches(kind, layer.kind))


def _holds_count(args: dict[str, Any], s: Situation) -> bool:
    return matches({k: args[k] for k in ("min", "max") if k in args}, _count(args, s))


def _say_count(args: dict[str, Any], s: Situation | None) -> str:
    bounds = _bounds_text(args.get("min"), args.get("max"))
    kind = _value_text(args["kind"]) if "kind" in args else ""
    if s is None:
        if kind:
            return LessonGoals.tr("Have {bounds} {kind} layers.").format(bounds=bounds, kind=kind)
        return LessonGoals.tr("Have {bounds} layers.").format(bounds=bounds)
    now = _count(args, s)
    if kind:
        return LessonGoals.tr("Have {bounds} {kind} layers (now {count}).").format(
            bounds=bounds, kind=kind, count=now
        )
    return LessonGoals.tr("Have {bounds} layers (now {count}).").format(bounds=bounds, count=now)


# loss and optimizer ------------------------------------------------------------------------


def _validate_loss(args: dict[str, Any], where: str, problems: Problems) -> None:
    _known(args.get("is"), catalog.LOSSES, where, LessonGoals.tr("loss"), problems)


def _holds_loss(args: dict[str, Any], s: Situation) -> bool:
    return matches(args["is"], s.project.compile.loss)


def _say_loss(args: dict[str, Any], s: Situation | None) -> str:
    names = args["is"] if isinstance(args["is"], list) else [args["is"]]
    labels = [catalog.LOSSES[n].label for n in names]
    return LessonGoals.tr("Use the loss {loss}.").format(loss=_either(labels, commas=False))


def _validate_optimizer(args: dict[str, Any], where: str, problems: Problems) -> None:
    name = args.get("is")
    if not _known(name, catalog.OPTIMIZERS, where, LessonGoals.tr("optimizer"), problems):
        return
    settings = args.get("settings", {})
    if not isinstance(settings, dict):
        _problem(
            problems,
            where,
            LessonGoals.tr(
                'expected "settings" to be an object of optimizer settings. Received: {value}.'
            ).format(value=short_repr(settings)),
        )
        return
    names: list[str] = name if isinstance(name, list) else [str(name)]
    for key, value in settings.items():
        params = [p for n in names for p in catalog.OPTIMIZERS[n].params if p.name == key]
        if len(params) < len(names):
            _problem(
                problems,
                where,
                LessonGoals.tr("the optimizer {optimizer} has no setting {key}.").format(
                    optimizer=" / ".join(names), key=short_repr(key)
                ),
            )
            continue
        what = LessonGoals.tr("the optimizer's {setting}").format(setting=key)
        _check_value(value, params[0], where, what, problems)


def _holds_optimizer(args: dict[str, Any], s: Situation) -> bool:
    c = s.project.compile
    return matches(args["is"], c.optimizer) and all(
        matches(v, c.optimizer_params.get(k)) for k, v in args.get("settings", {}).items()
    )


def _say_optimizer(args: dict[str, Any], s: Situation | None) -> str:
    names = args["is"] if isinstance(args["is"], list) else [args["is"]]
    optimizer = _either([catalog.OPTIMIZERS[n].label for n in names], commas=False)
    params = {p.name: p for n in names for p in catalog.OPTIMIZERS[n].params}
    phrases = [
        LessonGoals.tr("{setting} {value}").format(
            setting=catalog.in_sentence(params[k].label), value=_value_text(v, params[k])
        )
        for k, v in args.get("settings", {}).items()
    ]
    if not phrases:
        return LessonGoals.tr("Use the optimizer {optimizer}.").format(optimizer=optimizer)
    return LessonGoals.tr("Use the optimizer {optimizer} with {settings}.").format(
        optimizer=optimizer, settings=_both(phrases, commas=False)
    )


# data and training settings ------------------------------------------------------------------

_DATA_CHOICES: dict[str, dict[str, Any]] = {
    "dataset": catalog.DATASETS,
    "preprocessing": catalog.PREPROCESSING,
}
#: The words for the data settings the catalog has no label for.
_SETTING_WORDS = {
    "dataset": QT_TRANSLATE_NOOP("LessonGoals", "dataset"),
    "preprocessing": QT_TRANSLATE_NOOP("LessonGoals", "preprocessing"),
    "path": QT_TRANSLATE_NOOP("LessonGoals", "file"),
    "label_column": QT_TRANSLATE_NOOP("LessonGoals", "label column"),
}


def _setting_words(key: str, param: catalog.Param | None) -> str:
    if param is not None:
        return catalog.in_sentence(param.label)
    if key in _SETTING_WORDS:
        return translate("LessonGoals", _SETTING_WORDS[key])
    return key.replace("_", " ")


def _settings_check(section: str, spec: type[Any], params: dict[str, catalog.Param]) -> Check:
    """The check of the data settings (``section`` "data") or the training settings ("train")."""
    names = {f.name for f in fields(spec)}
    data = section == "data"

    def validate_(args: dict[str, Any], where: str, problems: Problems) -> None:
        if not args:
            _problem(
                problems,
                where,
                LessonGoals.tr("expected at least one data setting to check.")
                if data
                else LessonGoals.tr("expected at least one training setting to check."),
            )
        for key, value in args.items():
            if key not in names:
                text = (
                    LessonGoals.tr("there is no data setting {key}. Expected some of: {names}.")
                    if data
                    else LessonGoals.tr(
                        "there is no training setting {key}. Expected some of: {names}."
                    )
                )
                _problem(
                    problems,
                    where,
                    text.format(key=short_repr(key), names=", ".join(sorted(names))),
                )
            elif key in _DATA_CHOICES:
                inner = value["not"] if _negation(value) else value
                what = translate("LessonGoals", _SETTING_WORDS[key])
                _known(inner, _DATA_CHOICES[key], where, what, problems)
            else:
                what = (
                    LessonGoals.tr("the data setting {setting}")
                    if data
                    else LessonGoals.tr("the training setting {setting}")
                ).format(setting=key)
                _check_value(value, params.get(key), where, what, problems)

    def holds_(args: dict[str, Any], s: Situation) -> bool:
        target = getattr(s.project, section)
        return all(matches(v, getattr(target, k)) for k, v in args.items())

    def say_(args: dict[str, Any], s: Situation | None) -> str:
        phrases = []
        for key, value in args.items():
            if key in _DATA_CHOICES:
                if _negation(value):
                    inner = _value_text_in(value["not"], _DATA_CHOICES[key])
                    words = LessonGoals.tr("anything but {value}").format(value=inner)
                else:
                    words = _value_text_in(value, _DATA_CHOICES[key])
                phrases.append(
                    LessonGoals.tr("{setting} {value}").format(
                        setting=_setting_words(key, None), value=words
                    )
                )
                continue
            param = params.get(key)
            percent = key in ("validation_split", "test_fraction")
            phrases.append(
                LessonGoals.tr("{setting} {value}").format(
                    setting=_setting_words(key, param), value=_value_text(value, param, percent)
                )
            )
        if data:
            text = LessonGoals.tr("Set the data settings: {settings}.")
        else:
            text = LessonGoals.tr("Set the training settings: {settings}.")
        return text.format(settings="; ".join(phrases))

    return Check(frozenset(names), frozenset(), validate_, holds_, say_)


def _value_text_in(value: Any, table: dict[str, catalog.Choice]) -> str:
    names = value if isinstance(value, list) else [value]
    return _either([catalog.choice_label(table, str(n)) for n in names], commas=False)


# parameters ------------------------------------------------------------------------------


def _validate_parameters(args: dict[str, Any], where: str, problems: Problems) -> None:
    _check_range(args, where, problems, what=LessonGoals.tr("the number of parameters"), low=1)


def _holds_parameters(args: dict[str, Any], s: Situation) -> bool:
    return s.parameters is not None and matches(_bounds(args), s.parameters)


def _say_parameters(args: dict[str, Any], s: Situation | None) -> str:
    bounds = _bounds_text(*_bounds_pair(args))
    if s is None:
        return LessonGoals.tr("Keep the parameters (weights and biases) {bounds}.").format(
            bounds=bounds
        )
    if s.parameters is None:
        return LessonGoals.tr(
            "Keep the parameters (weights and biases) {bounds} (now unknown)."
        ).format(bounds=bounds)
    return LessonGoals.tr(
        "Keep the parameters (weights and biases) {bounds} (now {count})."
    ).format(bounds=bounds, count=f"{s.parameters:,}")


def _bounds(args: dict[str, Any]) -> dict[str, Any]:
    return {k: args[k] for k in ("min", "max") if k in args}


def _bounds_pair(args: dict[str, Any]) -> tuple[float | None, float | None]:
    return args.get("min"), args.get("max")


# the last run ------------------------------------------------------------------------------


def _validate_run(args: dict[str, Any], where: str, problems: Problems) -> None:
    if "stopped" in args and not isinstance(args["stopped"], bool):
        _problem(
            problems,
            where,
            LessonGoals.tr('expected "stopped" to be true or false. Received: {value}.').format(
                value=short_repr(args["stopped"])
            ),
        )


def _holds_run(args: dict[str, Any], s: Situation) -> bool:
    run = s.last_run
    if run is None:
        return False
    allowed = ("completed", "stopped") if args.get("stopped") else ("completed",)
    return run.reason in allowed


def _say_run(args: dict[str, Any], s: Situation | None) -> str:
    stale = s is not None and s.run_is_stale
    if args.get("stopped"):
        if stale:
            return LessonGoals.tr(
                "Train the network (stopping it early is fine) (the network changed since the "
                "last run, so train it again)."
            )
        return LessonGoals.tr("Train the network (stopping it early is fine).")
    if stale:
        return LessonGoals.tr(
            "Train the network until it finishes (the network changed since the last run, so "
            "train it again)."
        )
    return LessonGoals.tr("Train the network until it finishes.")


def accuracy_of(values: dict[str, Any]) -> float | None:
    """The accuracy among a run's test results or history ("accuracy", "binary_accuracy"...)."""
    for key, value in values.items():
        if key.endswith("accuracy") and not key.startswith("val_"):
            return value  # type: ignore[no-any-return]
    return None


def _metric_check(
    measure: str,
    read: Callable[[RunRecord], float | None],
    percent: bool,
    low: float | None,
    high: float | None,
) -> Check:
    """A check of the last run's ``measure`` (English words, marked for translation)."""

    def validate_(args: dict[str, Any], where: str, problems: Problems) -> None:
        what = translate("LessonGoals", measure)
        _check_range(args, where, problems, what=what, low=low, high=high)

    def holds_(args: dict[str, Any], s: Situation) -> bool:
        run = s.last_run
        value = read(run) if run is not None else None
        return value is not None and math.isfinite(value) and matches(_bounds(args), value)

    def say_(args: dict[str, Any], s: Situation | None) -> str:
        what = translate("LessonGoals", measure)
        bounds = _bounds_text(*_bounds_pair(args), percent=percent)
        if s is not None:
            run = s.last_run
            value = read(run) if run is not None else None
            if value is not None and math.isfinite(value):
                return LessonGoals.tr("Reach {what} {bounds} (last run: {value}).").format(
                    what=what, bounds=bounds, value=_number_text(round(value, 4), percent)
                )
            if s.run_is_stale:
                return LessonGoals.tr(
                    "Reach {what} {bounds} (train the network as it is now)."
                ).format(what=what, bounds=bounds)
        return LessonGoals.tr("Reach {what} {bounds}.").format(what=what, bounds=bounds)

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
    _known(args.get("action"), ACTIONS, where, LessonGoals.tr("action"), problems)


def _holds_did(args: dict[str, Any], s: Situation) -> bool:
    return args["action"] in s.actions


def _say_did(args: dict[str, Any], s: Situation | None) -> str:
    return action_words(args["action"]) + "."


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
    "data": _settings_check("data", DataSpec, catalog.DATA_PARAMS),
    "train": _settings_check("train", TrainSpec, catalog.TRAINING_PARAMS),
    "parameters": Check(
        frozenset({"min", "max"}),
        frozenset(),
        _validate_parameters,
        _holds_parameters,
        _say_parameters,
    ),
    "run": Check(frozenset({"stopped"}), frozenset(), _validate_run, _holds_run, _say_run),
    "test_accuracy": _metric_check(
        QT_TRANSLATE_NOOP("LessonGoals", "a test accuracy"),
        lambda r: accuracy_of(r.test),
        True,
        0.0,
        1.0,
    ),
    "test_loss": _metric_check(
        QT_TRANSLATE_NOOP("LessonGoals", "a test loss"),
        lambda r: r.test.get("loss"),
        False,
        0.0,
        None,
    ),
    "training_accuracy": _metric_check(
        QT_TRANSLATE_NOOP("LessonGoals", "a training accuracy (last epoch)"),
        lambda r: _last_epoch(r, "accuracy"),
        True,
        0.0,
        1.0,
    ),
    "epochs_done": _metric_check(
        QT_TRANSLATE_NOOP("LessonGoals", "a number of epochs trained"),
        lambda r: float(r.epochs_done),
        False,
        0.0,
        None,
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
        _problem(
            problems,
            where,
            LessonGoals.tr(
                'expected a condition (an object with "check", "all" or "any"). Received: {value}.'
            ).format(value=short_repr(raw)),
        )
        return None
    say = raw.get("say", "")
    if not isinstance(say, str):
        _problem(
            problems,
            where,
            LessonGoals.tr('expected "say" to be text. Received: {value}.').format(
                value=short_repr(say)
            ),
        )
        say = ""
    combiner = [key for key in COMBINERS if key in raw]
    if combiner:
        key = combiner[0]
        extra = sorted(set(raw) - {key, "say"})
        if extra:
            _problem(
                problems,
                where,
                LessonGoals.tr(
                    'a condition with "{key}" takes only a list of conditions (and "say"). '
                    "Received also: {extra}."
                ).format(key=key, extra=", ".join(extra)),
            )
        items = raw[key]
        if not isinstance(items, list) or not items:
            _problem(
                problems,
                where,
                LessonGoals.tr(
                    'expected "{key}" to be a list of at least one condition. Received: {value}.'
                ).format(key=key, value=short_repr(items)),
            )
            return None
        parts = [parse(item, f"{where}, {key} #{i + 1}", problems) for i, item in enumerate(items)]
        if any(p is None for p in parts):
            return None
        return Condition(key, {}, tuple(p for p in parts if p is not None), say)
    check = raw.get("check")
    if check not in CHECKS:
        _problem(
            problems,
            where,
            LessonGoals.tr(
                'there is no check called {name}. Expected one of: {names}, or "all" / "any" '
                "with a list."
            ).format(name=short_repr(check), names=", ".join(CHECKS)),
        )
        return None
    spec = CHECKS[check]
    args = {k: v for k, v in raw.items() if k not in ("check", "say")}
    before = len(problems)
    missing = sorted(spec.required - set(args))
    if missing:
        _problem(
            problems,
            where,
            LessonGoals.tr('the check "{check}" needs {keys}.').format(
                check=check, keys=", ".join(missing)
            ),
        )
    unknown = sorted(set(args) - spec.keys)
    if unknown:
        _problem(
            problems,
            where,
            LessonGoals.tr(
                'the check "{check}" has no setting {key}. Expected some of: {keys}.'
            ).format(check=check, key=short_repr(unknown[0]), keys=", ".join(sorted(spec.keys))),
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
        if condition.check == "all":
            glue = LessonGoals.tr("{goals}; and {goal}", "goals that must all hold")
        else:
            glue = LessonGoals.tr("{goals}; or {goal}", "goals of which one must hold")
        text = joined[0]
        for goal in joined[1:]:
            text = glue.format(goals=text, goal=goal)
        return text + "."
    return CHECKS[condition.check].say(condition.args, situation)


def checklist(condition: Condition, situation: Situation) -> list[tuple[str, bool]]:
    """The goal as lines to tick: each part of a top-level "all" (or the whole condition) with
    whether it holds now."""
    parts = condition.parts if condition.check == "all" and not condition.say else (condition,)
    return [(sentence(p, situation), holds(p, situation)) for p in parts]


def parts_of(condition: Condition) -> tuple[Condition, ...]:
    """What a grade table shows as columns: the parts of a top-level "all", or the whole."""
    return condition.parts if condition.check == "all" else (condition,)
