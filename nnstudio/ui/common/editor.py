"""The editor: the one way the window's widgets change the project.

Every edit becomes a ``QUndoCommand`` on one ``QUndoStack`` (Ctrl+Z / Ctrl+Shift+Z), acting on
the plain :class:`~nnstudio.core.document.ProjectDocument`. Widgets call the methods here and
redraw when the document's signals say something changed, whoever changed it.
"""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from nnstudio.core import catalog
from nnstudio.core.compare import settings_of
from nnstudio.core.document import ProjectDocument, Section, new_layer
from nnstudio.core.document import Signal as CoreSignal
from nnstudio.core.i18n import SOURCE_LANGUAGE, Context, current_language
from nnstudio.core.spec import LayerSpec, Project, RunRecord
from nnstudio.data import describe

# The words of the edits (their undo and redo texts) and of the edits a lesson refuses.
Edits = Context("Edits")

# Edits of the same setting within this many seconds are undone together (typing "128").
_MERGE_SECONDS = 1.5


def follow(owner: QObject, signal: CoreSignal | SignalInstance, slot: Callable[..., Any]) -> None:
    """Connect a document signal (or a Qt one) to ``slot`` for as long as ``owner`` lives.

    The document outlives panels (tests make many); a slot left connected to a deleted widget
    would raise on the next change.
    """
    signal.connect(slot)

    def _disconnect(*_: Any) -> None:
        # Already gone (ValueError), or a slot whose object Qt has deleted (RuntimeError,
        # SystemError): nothing left to disconnect.
        with contextlib.suppress(RuntimeError, SystemError, ValueError):
            signal.disconnect(slot)

    owner.destroyed.connect(_disconnect)


def _setting_words(setting: str, param: catalog.Param | None = None) -> str:
    """A setting ("layers", "train.batch_size", a layer's "units") as the sentences about
    edits and locks name it: "layers", "batch size", "units"; in another language, the
    setting's own translated name (``param``'s, or the catalog's) where there is one."""
    section, _, key = setting.rpartition(".")
    if param is None:
        tables = {"data": catalog.DATA_PARAMS, "train": catalog.TRAINING_PARAMS}
        param = tables.get(section, {}).get(key)
    if param is not None and current_language() != SOURCE_LANGUAGE:
        return catalog.in_sentence(param.label)
    words = {
        "layers": Edits.tr("layers", "a setting, inside a sentence"),
        "loss": Edits.tr("loss", "a setting, inside a sentence"),
        "optimizer": Edits.tr("optimizer", "a setting, inside a sentence"),
        "metrics": Edits.tr("metrics", "a setting, inside a sentence"),
    }
    return words.get(key, key.replace("_", " "))


def _param(params: Iterable[catalog.Param], key: str) -> catalog.Param | None:
    return next((p for p in params if p.name == key), None)


class _Command(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class _SetValue(QUndoCommand):
    """Set one value; consecutive edits of the same value merge into one undo step."""

    ID = 1

    def __init__(
        self,
        text: str,
        target: tuple[Any, ...],
        apply: Callable[[Any], None],
        old: Any,
        new: Any,
    ) -> None:
        super().__init__(text)
        self.target, self.apply = target, apply
        self.old, self.new = old, new
        self.stamp = time.monotonic()

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, _SetValue)
            and other.target == self.target
            and other.stamp - self.stamp < _MERGE_SECONDS
        ):
            self.new, self.stamp = other.new, other.stamp
            return True
        return False

    def redo(self) -> None:
        self.apply(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.apply(copy.deepcopy(self.old))


class Editor(QObject):
    #: The selected layer's index, or -1 for none.
    selection_changed = Signal(int)
    #: A finished training run was added to the project.
    run_recorded = Signal()
    #: (sentence) an edit was refused: the setting is locked by the lesson's step.
    refused = Signal(str)
    #: Which settings are locked changed (a lesson's step began or ended).
    locks_changed = Signal()

    def __init__(self, document: ProjectDocument | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document or ProjectDocument(describe_data=describe)
        self.undo_stack = QUndoStack(self)
        self._selected = -1
        self._unsaved_run = False
        self._lock_reason: Callable[[str], str | None] = lambda setting: None
        stack = self.document.stack
        stack.inserted.connect(self._after_insert)
        stack.removed.connect(self._after_remove)
        stack.moved.connect(lambda s, d: self.select(d))
        stack.reset.connect(lambda: self.select(-1))

    # --- selection -------------------------------------------------------------------------

    @property
    def selected(self) -> int:
        return self._selected

    def select(self, index: int) -> None:
        index = index if 0 <= index < len(self.document.stack) else -1
        if index != self._selected:
            self._selected = index
            self.selection_changed.emit(index)

    def _after_insert(self, index: int) -> None:
        self._selected = -2  # the new layer is selected even where the old one was
        self.select(index)

    def _after_remove(self, index: int, layer: LayerSpec) -> None:
        self._selected = -2  # force a signal even if the index stays the same
        self.select(min(index, len(self.document.stack) - 1))

    # --- the project as a whole --------------------------------------------------------------

    def load(self, project: Project, path: Path | None = None) -> None:
        """Show another project; its history starts empty and it counts as saved."""
        self.undo_stack.clear()
        self.document.load(project, path)
        self.undo_stack.setClean()
        self._unsaved_run = False
        # The first layer that learns is selected, so its settings are on show from the start.
        learning = [
            i for i, layer in enumerate(project.layers) if catalog.LAYER_KINDS[layer.kind].trainable
        ]
        self._selected = -2
        self.select(learning[0] if learning else 0)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean() or self._unsaved_run

    @property
    def lock_reason(self) -> Callable[[str], str | None]:
        """Why a setting ("layers", "loss", "optimizer", "data.flatten"...) may not change
        now, or None: set by a lesson whose step locks settings."""
        return self._lock_reason

    @lock_reason.setter
    def lock_reason(self, reason: Callable[[str], str | None]) -> None:
        self._lock_reason = reason
        self.locks_changed.emit()

    def mark_changed(self) -> None:
        """Something that is not an edit changed the project (a lesson's progress): it counts
        as changed until it is saved."""
        self._unsaved_run = True

    def _locked(self, setting: str, refresh: Callable[[], None] | None = None) -> bool:
        """True, after saying why, when the lesson locks ``setting``; ``refresh`` puts the
        widget that asked back to the project's value."""
        reason = self.lock_reason(setting)
        if reason is None:
            return False
        self.refused.emit(
            Edits.tr("This step keeps {setting} as it is: {reason}").format(
                setting=_setting_words(setting), reason=reason
            )
        )
        if refresh is not None:
            refresh()
        return True

    def record_run(self, record: RunRecord) -> None:
        """Keep a finished run with the project. Not an undoable edit: undo is for the network,
        and a run cannot be un-trained; the project counts as changed until it is saved."""
        self.document.project.add_run(record)
        self._unsaved_run = True
        self.run_recorded.emit()

    def delete_run(self, index: int) -> None:
        """Remove the run at ``index`` from the project's history (undoable)."""
        runs = self.document.project.runs
        if not 0 <= index < len(runs):
            return
        record = runs[index]

        def remove() -> None:
            runs.remove(record)
            self.run_recorded.emit()

        def put_back() -> None:
            runs.insert(min(index, len(runs)), record)
            self.run_recorded.emit()

        self.undo_stack.push(
            _Command(Edits.tr("Delete run {number}").format(number=index + 1), remove, put_back)
        )

    def restore_settings(self, settings: dict[str, Any], text: str | None = None) -> None:
        """Put a run's ``settings`` back into the builder, as one undoable edit. Raises
        :class:`NNStudioError` saying why, changing nothing, if they cannot be read."""
        doc = self.document
        old = settings_of(doc.project)
        Project.from_dict(dict(settings))  # refused here, before anything changes
        if text is None:
            text = Edits.tr("Restore a run's settings")
        self.undo_stack.push(
            _Command(text, lambda: doc.apply_settings(settings), lambda: doc.apply_settings(old))
        )

    def mark_saved(self, path: Path) -> None:
        self.document.path = path
        self.undo_stack.setClean()
        self._unsaved_run = False

    # --- layers ----------------------------------------------------------------------------

    def insert_layer(self, index: int, layer: LayerSpec | str) -> None:
        if self._locked("layers"):
            return
        spec = new_layer(layer) if isinstance(layer, str) else layer
        stack = self.document.stack
        index = max(0, min(index, len(stack)))
        label = catalog.LAYER_KINDS[spec.kind].label
        self.undo_stack.push(
            _Command(
                Edits.tr("Insert {layer}").format(layer=label),
                lambda: stack.insert(index, copy.deepcopy(spec)),
                lambda: stack.remove(index),
            )
        )

    def remove_layer(self, index: int) -> None:
        if self._locked("layers"):
            return
        stack = self.document.stack
        if not 0 <= index < len(stack):
            return
        spec = copy.deepcopy(stack[index])
        label = catalog.LAYER_KINDS[spec.kind].label
        self.undo_stack.push(
            _Command(
                Edits.tr("Delete {layer}").format(layer=label),
                lambda: stack.remove(index),
                lambda: stack.insert(index, copy.deepcopy(spec)),
            )
        )

    def duplicate_layer(self, index: int) -> None:
        if self._locked("layers"):
            return
        stack = self.document.stack
        if 0 <= index < len(stack):
            spec = copy.deepcopy(stack[index])
            spec.name = ""  # names must stay unique
            self.insert_layer(index + 1, spec)

    def move_layer(self, source: int, destination: int) -> None:
        """Move the layer at ``source`` so it ends up at index ``destination``."""
        if self._locked("layers", self.document.stack.reset.emit):
            return
        stack = self.document.stack
        n = len(stack)
        if not (0 <= source < n and 0 <= destination < n) or source == destination:
            return
        label = catalog.LAYER_KINDS[stack[source].kind].label
        self.undo_stack.push(
            _Command(
                Edits.tr("Move {layer}").format(layer=label),
                lambda: stack.move(source, destination),
                lambda: stack.move(destination, source),
            )
        )

    def set_layer_param(self, index: int, key: str, value: Any) -> None:
        stack = self.document.stack
        layer = stack[index]
        old = layer.name if key == "name" else layer.params.get(key)
        if old == value and type(old) is type(value):
            return
        if key != "name" and self._locked("layers", lambda: stack.changed.emit(index, key)):
            return
        label = catalog.LAYER_KINDS[layer.kind].label
        self.undo_stack.push(
            _SetValue(
                Edits.tr("Change {layer} {setting}").format(
                    layer=label,
                    setting=_setting_words(
                        key, _param(catalog.LAYER_KINDS[layer.kind].params, key)
                    ),
                ),
                # The history is linear: whenever this is undone or redone, the stack is
                # as it was when the edit was made, so the index still names the layer.
                ("layer", index, key),
                lambda v: stack.set_param(index, key, v),
                copy.deepcopy(old),
                copy.deepcopy(value),
            )
        )

    # --- settings ----------------------------------------------------------------------------

    def set_setting(self, section: Section, key: str, value: Any) -> None:
        doc = self.document
        old = doc.get_setting(section, key)
        if old == value and type(old) is type(value):
            return
        setting = {"loss": "loss", "optimizer": "optimizer"}.get(key, f"{section}.{key}")
        if section != "project" and self._locked(
            setting, lambda: doc.setting_changed.emit(section, key)
        ):
            return
        self.undo_stack.push(
            _SetValue(
                Edits.tr("Change {setting}").format(setting=_setting_words(f"{section}.{key}")),
                (section, key),
                lambda v: doc.set_setting(section, key, v),
                old,
                copy.deepcopy(value),
            )
        )

    def set_optimizer(self, name: str) -> None:
        doc = self.document
        c = doc.project.compile
        if c.optimizer == name:
            return
        if self._locked("optimizer", lambda: doc.setting_changed.emit("compile", "optimizer")):
            return
        old = (c.optimizer, copy.deepcopy(c.optimizer_params))
        self.undo_stack.push(
            _Command(
                Edits.tr("Change optimizer"),
                lambda: doc.set_optimizer(name),
                lambda: doc.set_optimizer(old[0], copy.deepcopy(old[1])),
            )
        )

    def set_optimizer_param(self, key: str, value: Any) -> None:
        doc = self.document
        old = doc.project.compile.optimizer_params.get(key)
        if old == value and type(old) is type(value):
            return
        if self._locked(
            "optimizer", lambda: doc.setting_changed.emit("compile", "optimizer_params")
        ):
            return
        info = catalog.OPTIMIZERS.get(doc.project.compile.optimizer)
        optimizer_param = _param(info.params, key) if info is not None else None
        self.undo_stack.push(
            _SetValue(
                Edits.tr("Change {setting}").format(setting=_setting_words(key, optimizer_param)),
                ("optimizer", doc.project.compile.optimizer, key),
                lambda v: doc.set_optimizer_param(key, v),
                copy.deepcopy(old),
                copy.deepcopy(value),
            )
        )
