"""The project being edited, as a plain observable object.

The window's widgets show it and change it only through its methods, which announce every
change on :class:`Signal`s; the Qt list model and the undo commands are thin layers over it
(the way napari's layer list works). No Qt here, so all of it is testable headless.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any, Literal

from nnstudio.core import catalog
from nnstudio.core.errors import NNStudioError
from nnstudio.core.paths import resolve_user_path
from nnstudio.core.spec import DataSpec, LayerSpec, Project, optimizer_defaults
from nnstudio.core.validate import DataInfoLike, Report, validate

#: Describes a project's data for validation (``nnstudio.data.describe``); raises
#: :class:`NNStudioError` with a sentence when the data cannot be read.
DescribeData = Callable[[DataSpec, Path | None], DataInfoLike]

Section = Literal["compile", "data", "train", "project"]


class Signal:
    """A list of callbacks: ``connect`` them, ``emit`` calls each in order."""

    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):
            slot(*args)


class LayerStack:
    """The list of layers, with a signal for each kind of change."""

    def __init__(self, layers: list[LayerSpec]) -> None:
        self._layers = layers
        #: (index) after a layer was inserted there.
        self.inserted = Signal()
        #: (index, layer) after the layer at index was removed.
        self.removed = Signal()
        #: (source, destination) after a layer moved; destination is its new index.
        self.moved = Signal()
        #: (index, key) after a setting (or "name") of the layer at index changed.
        self.changed = Signal()
        #: () after the whole list was replaced.
        self.reset = Signal()

    def __len__(self) -> int:
        return len(self._layers)

    def __getitem__(self, index: int) -> LayerSpec:
        return self._layers[index]

    def __iter__(self) -> Any:
        return iter(self._layers)

    def index(self, layer: LayerSpec) -> int:
        for i, item in enumerate(self._layers):
            if item is layer:
                return i
        raise ValueError("layer not in the stack")

    def insert(self, index: int, layer: LayerSpec) -> None:
        index = max(0, min(index, len(self._layers)))
        self._layers.insert(index, layer)
        self.inserted.emit(index)

    def remove(self, index: int) -> LayerSpec:
        layer = self._layers.pop(index)
        self.removed.emit(index, layer)
        return layer

    def move(self, source: int, destination: int) -> None:
        """Move the layer at ``source`` so that it ends up at index ``destination``."""
        if source == destination:
            return
        layer = self._layers.pop(source)
        self._layers.insert(destination, layer)
        self.moved.emit(source, destination)

    def set_param(self, index: int, key: str, value: Any) -> None:
        layer = self._layers[index]
        if key == "name":
            layer.name = value
        else:
            layer.params[key] = value
        self.changed.emit(index, key)


class ProjectDocument:
    """A project with its file, its unsaved state, its layer stack and a validation report
    that follows every change.

    ``describe_data`` tells validation about the data (the data layer's ``describe``, handed
    in by whoever sits above both); without it, the network is checked without its data.
    """

    def __init__(
        self,
        project: Project | None = None,
        path: Path | None = None,
        *,
        describe_data: DescribeData | None = None,
    ) -> None:
        self.project = project or Project()
        self.path = path
        self._describe_data = describe_data
        self.stack = LayerStack(self.project.layers)
        #: () after anything at all changed (layers, settings, a whole new project).
        self.changed = Signal()
        #: (section, key) after a compile, data, training or project setting changed.
        self.setting_changed = Signal()
        #: () after a different project was loaded into this document.
        self.replaced = Signal()
        self._report: Report | None = None
        self._data_info_cache: tuple[tuple[Any, ...], DataInfoLike | None] | None = None
        self._data_error: str = ""
        for signal in (
            self.stack.inserted,
            self.stack.removed,
            self.stack.moved,
            self.stack.changed,
            self.stack.reset,
        ):
            signal.connect(self._on_change)
        self.setting_changed.connect(self._on_change)

    # --- whole project -------------------------------------------------------------------

    def load(self, project: Project, path: Path | None) -> None:
        """Show ``project`` instead of the current one (after New or Open)."""
        self.project = project
        self.path = path
        # Keep the same stack object (widgets hold it); point it at the new list.
        self.stack._layers = project.layers
        self._report = None
        self._data_info_cache = None
        self.stack.reset.emit()
        self.replaced.emit()

    def apply_settings(self, settings: dict[str, Any]) -> None:
        """Put ``settings`` (layers, compile, data and training, as a run kept them) in place
        of the project's own; its name, description and runs stay. Raises
        :class:`~nnstudio.core.errors.ProjectFileError` saying what is wrong, changing
        nothing, when they cannot be read."""
        new = Project.from_dict({key: copy.deepcopy(settings[key]) for key in settings
                                 if key in ("layers", "compile", "data", "train")})  # fmt: skip
        self.project.layers[:] = new.layers  # the same list: the stack holds it
        self.project.compile, self.project.data, self.project.train = (
            new.compile, new.data, new.train,
        )  # fmt: skip
        self._report = None
        self.stack.reset.emit()
        for section in ("compile", "data", "train"):
            for f in fields(self.section(section)):
                self.setting_changed.emit(section, f.name)

    @property
    def base_dir(self) -> Path | None:
        return self.path.parent if self.path else None

    # --- settings ------------------------------------------------------------------------

    def section(self, section: Section) -> Any:
        return self.project if section == "project" else getattr(self.project, section)

    def get_setting(self, section: Section, key: str) -> Any:
        return copy.deepcopy(getattr(self.section(section), key))

    def set_setting(self, section: Section, key: str, value: Any) -> None:
        target = self.section(section)
        if key not in {f.name for f in fields(target)}:
            raise KeyError(f"{section} has no setting {key!r}")
        setattr(target, key, copy.deepcopy(value))
        self.setting_changed.emit(section, key)

    def set_optimizer(self, name: str, params: dict[str, Any] | None = None) -> None:
        """Switch optimizer; its settings start from the catalog's defaults."""
        c = self.project.compile
        c.optimizer = name
        c.optimizer_params = params if params is not None else optimizer_defaults(name)
        self.setting_changed.emit("compile", "optimizer")

    def set_optimizer_param(self, key: str, value: Any) -> None:
        self.project.compile.optimizer_params[key] = value
        self.setting_changed.emit("compile", "optimizer_params")

    # --- validation ----------------------------------------------------------------------

    def _on_change(self, *args: Any) -> None:
        self._report = None
        self.changed.emit()

    @property
    def report(self) -> Report:
        """The current validation report (worked out again only after a change)."""
        if self._report is None:
            info = self.data_info()
            self._report = validate(self.project, info, self._data_error)
        return self._report

    @property
    def data_error(self) -> str:
        """Why the data could not be described (a CSV file that cannot be read), or ''."""
        self.report  # noqa: B018  (fills it in)
        return self._data_error

    def data_info(self) -> DataInfoLike | None:
        """What validation needs to know about the data; cached, since a CSV file is read."""
        d = self.project.data
        key: tuple[Any, ...] = (d.dataset, d.path, d.label_column, d.flatten, d.skip_missing)
        if d.dataset in ("csv", "mnist") and d.path:
            try:
                key += (resolve_user_path(d.path, self.base_dir).stat().st_mtime_ns,)
            except OSError:
                key += (None,)
        if self._data_info_cache and self._data_info_cache[0] == key:
            return self._data_info_cache[1]
        info: DataInfoLike | None
        self._data_error = ""
        if self._describe_data is None or (
            d.dataset == "csv" and (not d.path or not d.label_column)
        ):
            info = None
        else:
            try:
                info = self._describe_data(d, self.base_dir)
            except NNStudioError as exc:
                self._data_error = str(exc)
                info = None
        self._data_info_cache = (key, info)
        return info


def new_layer(kind: str) -> LayerSpec:
    """A layer of ``kind`` with the catalog's defaults (what the palette inserts)."""
    if kind not in catalog.LAYER_KINDS:
        raise KeyError(kind)
    return LayerSpec.new(kind)
