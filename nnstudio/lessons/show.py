"""A step's "show me": the actions that reach its goal, written in the lesson file.

The window's **Show me** does the step's edits for a student who is stuck (one undoable edit),
and the tests walk every built-in lesson with them, checking that they make each goal hold
and that leaving one out does not. The actions::

    {"insert": {"kind": "Dense", "units": 128, "activation": "relu"}, "at": 3}
    {"remove": 2}                                  (layer numbers count from 1)
    {"set": "layers.3.units", "to": 32}
    {"set": "compile.loss", "to": "categorical_crossentropy"}
    {"set": "compile.optimizer", "to": "sgd"}      (its settings start from their defaults)
    {"set": "optimizer.momentum", "to": 0.9}
    {"set": "data.flatten", "to": true}   {"set": "train.epochs", "to": 5}
    {"do": "train"}                                (something only the student can do)
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.i18n import Context
from nnstudio.core.spec import DataSpec, LayerSpec, Project, TrainSpec, optimizer_defaults
from nnstudio.core.spec import short_repr as _r
from nnstudio.lessons.goals import ACTIONS, action_words

ShowMe = Context("ShowMe")

_SECTIONS = {"data": DataSpec, "train": TrainSpec}


def check_action(action: dict[str, Any]) -> list[str]:
    """Every problem with one written action, as sentences (empty when it is usable)."""
    keys = set(action)
    if keys == {"insert"} or keys == {"insert", "at"}:
        layer = action["insert"]
        if not isinstance(layer, dict) or layer.get("kind") not in catalog.LAYER_KINDS:
            return [
                ShowMe.tr(
                    'expected "insert" to be a layer with a known "kind". Received: {value}.'
                ).format(value=_r(layer))
            ]
        try:
            _layer(layer)
        except ValueError as exc:
            return [ShowMe.tr("the layer to insert is wrong: {problem}.").format(problem=exc)]
        at = action.get("at", 0)
        if isinstance(at, bool) or not isinstance(at, int) or at < 0:
            return [
                ShowMe.tr('expected "at" to be a layer number from 1. Received: {value}.').format(
                    value=_r(at)
                )
            ]
        return []
    if keys == {"remove"}:
        at = action["remove"]
        if isinstance(at, bool) or not isinstance(at, int) or at < 1:
            return [
                ShowMe.tr(
                    'expected "remove" to be a layer number from 1. Received: {value}.'
                ).format(value=_r(at))
            ]
        return []
    if keys == {"set", "to"}:
        return _check_set(action["set"])
    if keys == {"do"}:
        if action["do"] not in ACTIONS:
            return [
                ShowMe.tr('expected "do" to be one of: {actions}. Received: {value}.').format(
                    actions=", ".join(ACTIONS), value=_r(action["do"])
                )
            ]
        return []
    return [
        ShowMe.tr(
            'expected an action with "insert" (and "at"), "remove", "set" and "to", or '
            '"do". Received: {value}.'
        ).format(value=_r(action))
    ]


def _check_set(path: Any) -> list[str]:
    parts = path.split(".") if isinstance(path, str) else []
    if len(parts) == 3 and parts[0] == "layers" and parts[1].isdigit() and int(parts[1]) >= 1:
        return []
    if len(parts) == 2:
        section, key = parts
        if section == "compile" and key in ("loss", "optimizer"):
            return []
        if section == "optimizer":
            return []
        if section in _SECTIONS and key in {f.name for f in fields(_SECTIONS[section])}:
            return []
    return [
        ShowMe.tr(
            'expected "set" to name a setting: layers.N.setting, compile.loss, '
            "compile.optimizer, optimizer.setting, data.setting or train.setting. Received: "
            "{value}."
        ).format(value=_r(path))
    ]


def _layer(raw: dict[str, Any]) -> LayerSpec:
    params = {k: v for k, v in raw.items() if k not in ("kind", "name")}
    if "shape" in params and isinstance(params["shape"], list):
        params["shape"] = tuple(params["shape"])
    return LayerSpec.new(raw["kind"], raw.get("name", ""), **params)


def edits(actions: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    """The actions that change the project (not the "do" ones)."""
    return [a for a in actions if "do" not in a]


def apply(action: dict[str, Any], project: Project) -> None:
    """Do one edit on ``project``; raises :class:`ValueError` saying why it cannot be done
    (a layer number beyond the stack, a setting the layer does not have)."""
    if "insert" in action:
        at = action.get("at", 0) or len(project.layers) + 1
        if at > len(project.layers) + 1:
            raise ValueError(f"layer {at} is beyond the {len(project.layers)} layers")
        project.layers.insert(at - 1, _layer(action["insert"]))
    elif "remove" in action:
        at = action["remove"]
        if at > len(project.layers):
            raise ValueError(f"there is no layer {at}")
        del project.layers[at - 1]
    elif "set" in action:
        section, *rest = action["set"].split(".")
        value = action["to"]
        if section == "layers":
            number, key = int(rest[0]), rest[1]
            if number > len(project.layers):
                raise ValueError(f"there is no layer {number}")
            layer = project.layers[number - 1]
            if key not in layer.params:
                raise ValueError(f"a {layer.kind} layer has no setting {key}")
            layer.params[key] = tuple(value) if isinstance(value, list) else value
        elif section == "compile" and rest[0] == "optimizer":
            project.compile.optimizer = value
            project.compile.optimizer_params = optimizer_defaults(value)
        elif section == "compile":
            project.compile.loss = value
        elif section == "optimizer":
            if rest[0] not in project.compile.optimizer_params:
                raise ValueError(f"the optimizer {project.compile.optimizer} has no {rest[0]}")
            project.compile.optimizer_params[rest[0]] = value
        else:
            setattr(getattr(project, section), rest[0], value)


def describe(action: dict[str, Any]) -> str:
    """One action in words, for the window's "Show me" and the lesson's checks."""
    if "insert" in action:
        kind = action["insert"]["kind"]
        if action.get("at"):
            return ShowMe.tr("Insert a {kind} layer as layer {number}.").format(
                kind=kind, number=action["at"]
            )
        return ShowMe.tr("Insert a {kind} layer at the end.").format(kind=kind)
    if "remove" in action:
        return ShowMe.tr("Remove layer {number}.").format(number=action["remove"])
    if "set" in action:
        return ShowMe.tr("Set {setting} to {value}.").format(
            setting=action["set"], value=repr(action["to"])
        )
    return action_words(action["do"]) + "."
