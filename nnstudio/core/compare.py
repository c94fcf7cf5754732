"""What differs between two runs' settings, in short phrases a student reads at a glance.

Each run keeps the settings it trained with (:func:`settings_of`); :func:`differences` says
what changed from one to the next: "Layer 2 (Dense): neurons 128 → 32", "Adam → SGD",
"epochs 5 → 10", "Dropout added as layer 3". Labels come from the catalog.
"""

from __future__ import annotations

import difflib
import json
from pathlib import PurePath
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.i18n import Context
from nnstudio.core.spec import Project

CompareRuns = Context("CompareRuns")

#: The parts of a project a run's settings keep (not its name, description or runs).
SECTIONS = ("layers", "compile", "data", "train")
ARROW = "→"


def settings_of(project: Project) -> dict[str, Any]:
    """The settings ``project`` trains with, as plain data (what a run keeps)."""
    whole = project.to_dict()
    return {key: whole[key] for key in SECTIONS}


def _value(value: Any, param: catalog.Param | None = None) -> str:
    if param is not None and param.type == "choice" and isinstance(value, str):
        table = (
            catalog.CHOICE_TABLES.get(param.choices, {}) if isinstance(param.choices, str) else {}
        )
        return catalog.choice_label(table, value).split(" (")[0]
    if isinstance(value, bool):
        return CompareRuns.tr("on") if value else CompareRuns.tr("off")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "×".join(_value(v) for v in value)
    if value is None or value == "":
        return CompareRuns.tr("none")
    return str(value)


def _change(label: str, old: Any, new: Any, param: catalog.Param | None = None) -> str:
    #: A change from one run to the next: "neurons 128 → 32".
    return CompareRuns.tr("{setting} {old} → {new}").format(
        setting=label, old=_value(old, param), new=_value(new, param)
    )


def _label(param: catalog.Param | None, key: str) -> str:
    return catalog.in_sentence(param.label) if param is not None else key.replace("_", " ")


def _layer_name(index: int, layer: dict[str, Any]) -> str:
    return CompareRuns.tr("Layer {number} ({kind})").format(
        number=index + 1, kind=layer.get("kind", "?")
    )


def _kind_label(layer: dict[str, Any]) -> str:
    kind = catalog.LAYER_KINDS.get(str(layer.get("kind")))
    return kind.label if kind is not None else str(layer.get("kind"))


def _layer_changes(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    """Layers added, removed or changed. Whole layers are matched first, so a layer inserted
    between two alike is "added as layer 3", not a change of layer 3 and one added at the
    end; what is left is matched by kind, and kept layers report their changed settings."""
    whole_a = [json.dumps(layer, sort_keys=True, default=str) for layer in before]
    whole_b = [json.dumps(layer, sort_keys=True, default=str) for layer in after]
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=whole_a, b=whole_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out += _kind_changes(before, after, range(i1, i2), range(j1, j2))
    return out


def _kind_changes(
    before: list[dict[str, Any]], after: list[dict[str, Any]], old: range, new: range
) -> list[str]:
    kinds_a = [str(before[i].get("kind")) for i in old]
    kinds_b = [str(after[j].get("kind")) for j in new]
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=kinds_a, b=kinds_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                out += _param_changes(before[old[i]], after[new[j]], new[j])
            continue
        for i in range(i1, i2):
            out.append(
                CompareRuns.tr("{kind} (layer {number}) removed").format(
                    kind=_kind_label(before[old[i]]), number=old[i] + 1
                )
            )
        for j in range(j1, j2):
            out.append(
                CompareRuns.tr("{kind} added as layer {number}").format(
                    kind=_kind_label(after[new[j]]), number=new[j] + 1
                )
            )
    return out


def _param_changes(old: dict[str, Any], new: dict[str, Any], index: int) -> list[str]:
    kind = catalog.LAYER_KINDS.get(str(new.get("kind")))
    params = {p.name: p for p in kind.params} if kind is not None else {}
    a, b = old.get("params", {}), new.get("params", {})
    out = []
    for key in sorted(set(a) | set(b), key=lambda k: list(params).index(k) if k in params else 99):
        if a.get(key) != b.get(key):
            param = params.get(key)
            change = _change(_label(param, key), a.get(key), b.get(key), param)
            out.append(_in_layer(index, new, change))
    if old.get("name", "") != new.get("name", ""):
        change = _change(CompareRuns.tr("name"), old.get("name"), new.get("name"))
        out.append(_in_layer(index, new, change))
    return out


def _in_layer(index: int, layer: dict[str, Any], change: str) -> str:
    return CompareRuns.tr("{layer}: {change}").format(
        layer=_layer_name(index, layer), change=change
    )


def _compile_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    out = []
    if old.get("loss") != new.get("loss"):
        before, after = (
            catalog.choice_label(catalog.LOSSES, str(v)) for v in (old.get("loss"), new.get("loss"))
        )
        out.append(CompareRuns.tr("loss: {old} → {new}").format(old=before, new=after))
    if old.get("optimizer") != new.get("optimizer"):
        labels = (
            catalog.choice_label(catalog.OPTIMIZERS, str(v))
            for v in (old.get("optimizer"), new.get("optimizer"))
        )
        out.append(f" {ARROW} ".join(labels))
    else:
        info = catalog.OPTIMIZERS.get(str(new.get("optimizer")))
        params = {p.name: p for p in info.params} if info is not None else {}
        a, b = old.get("optimizer_params", {}), new.get("optimizer_params", {})
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                param = params.get(key)
                out.append(_change(_label(param, key), a.get(key), b.get(key), param))
    if old.get("metrics") != new.get("metrics"):
        out.append(
            _change(
                CompareRuns.tr("metrics"),
                ", ".join(old.get("metrics", [])),
                ", ".join(new.get("metrics", [])),
            )
        )
    return out


def _section_changes(
    old: dict[str, Any], new: dict[str, Any], params: dict[str, catalog.Param]
) -> list[str]:
    out = []
    for key in sorted(
        set(old) | set(new), key=lambda k: list(params).index(k) if k in params else 99
    ):
        if old.get(key) != new.get(key):
            out.append(
                _change(_label(params.get(key), key), old.get(key), new.get(key), params.get(key))
            )
    return out


def _data_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    out = []
    if old.get("dataset") != new.get("dataset"):
        before, after = (
            catalog.choice_label(catalog.DATASETS, str(v))
            for v in (old.get("dataset"), new.get("dataset"))
        )
        out.append(CompareRuns.tr("data: {old} → {new}").format(old=before, new=after))
    if old.get("preprocessing") != new.get("preprocessing"):
        before, after = (
            catalog.choice_label(catalog.PREPROCESSING, str(v)).split(" (")[0]
            for v in (old.get("preprocessing"), new.get("preprocessing"))
        )
        out.append(CompareRuns.tr("preprocessing: {old} → {new}").format(old=before, new=after))
    if old.get("path") != new.get("path"):
        before, after = (
            PurePath(str(v)).name if v else CompareRuns.tr("none")
            for v in (old.get("path"), new.get("path"))
        )
        out.append(CompareRuns.tr("data file {old} → {new}").format(old=before, new=after))
    done = ("dataset", "preprocessing", "path")
    rest = {k: v for k, v in old.items() if k not in done}
    rest_new = {k: v for k, v in new.items() if k not in done}
    return out + _section_changes(rest, rest_new, catalog.DATA_PARAMS)


def differences(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """What changed from the settings ``before`` to ``after``, one phrase each (layers, then
    loss and optimizer, data, training). None for either: the settings are not known."""
    if before is None or after is None:
        return []
    out = _layer_changes(list(before.get("layers", [])), list(after.get("layers", [])))
    out += _compile_changes(dict(before.get("compile", {})), dict(after.get("compile", {})))
    out += _data_changes(dict(before.get("data", {})), dict(after.get("data", {})))
    out += _section_changes(
        dict(before.get("train", {})), dict(after.get("train", {})), catalog.TRAINING_PARAMS
    )
    return out


def change_text(before: dict[str, Any] | None, after: dict[str, Any] | None, first: bool) -> str:
    """One line for a table or a legend: the changes joined, or why there are none."""
    if first:
        return CompareRuns.tr("the first run kept")
    if before is None or after is None:
        return CompareRuns.tr("settings not recorded (a run from an older nnstudio)")
    changes = differences(before, after)
    return "; ".join(changes) if changes else CompareRuns.tr("the same settings")
