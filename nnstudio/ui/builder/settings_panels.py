"""The loss-and-optimizer, data and training panels.

Every list and every explanation comes from the catalog; every edit goes through the editor
(one undoable step each); every panel redraws from the document, whoever changed it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core import catalog
from nnstudio.core.catalog import Param
from nnstudio.core.document import Section
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.paths import resolve_user_path
from nnstudio.core.validate import Problem
from nnstudio.ui.common.editor import Editor, follow
from nnstudio.ui.common.fields import (
    ChoiceField,
    Field,
    TextField,
    chain_tab_order,
    combo,
    make_field,
    problem_label,
    rebuild_fields,
    show_problems,
)
from nnstudio.ui.common.style import ERROR_COLOR, help_label, scroll_area, section_title

SettingsPanels = Context("SettingsPanels")

# The catalog explains each loss, optimizer and dataset; these say what the setting itself is.
LOSS_PARAM = Param(
    "loss",
    QT_TRANSLATE_NOOP("SettingsPanels", "Loss"),
    "choice",
    "sparse_categorical_crossentropy",
    QT_TRANSLATE_NOOP(
        "SettingsPanels",
        "The loss measures how wrong the network's answers are; training changes the weights "
        "to make it smaller.",
    ),
    choices=tuple(catalog.LOSSES),
    context="SettingsPanels",
)
OPTIMIZER_PARAM = Param(
    "optimizer",
    QT_TRANSLATE_NOOP("SettingsPanels", "Optimizer"),
    "choice",
    "adam",
    QT_TRANSLATE_NOOP(
        "SettingsPanels",
        "The optimizer decides how the weights change after each batch to lower the loss.",
    ),
    choices=tuple(catalog.OPTIMIZERS),
    context="SettingsPanels",
)
DATASET_PARAM = Param(
    "dataset",
    QT_TRANSLATE_NOOP("SettingsPanels", "Dataset"),
    "choice",
    "mnist",
    QT_TRANSLATE_NOOP("SettingsPanels", "The examples the network learns from, and tests on."),
    choices=tuple(catalog.DATASETS),
    context="SettingsPanels",
)
PREPROCESSING_PARAM = Param(
    "preprocessing",
    QT_TRANSLATE_NOOP("SettingsPanels", "Preprocessing"),
    "choice",
    "scale01",
    QT_TRANSLATE_NOOP(
        "SettingsPanels",
        "How the numbers are rescaled before training; networks learn best from small numbers.",
    ),
    choices=tuple(catalog.PREPROCESSING),
    context="SettingsPanels",
)
METRICS_HELP = QT_TRANSLATE_NOOP(
    "SettingsPanels",
    "Extra scores reported while training and testing; they do not change how the network learns.",
)
PATH_HELP = {
    "optional": QT_TRANSLATE_NOOP(
        "SettingsPanels",
        "Optional: an MNIST .npz file, or a folder holding the four MNIST IDX files. "
        "Empty uses the copy that comes with nnstudio.",
    ),
    "required": QT_TRANSLATE_NOOP(
        "SettingsPanels", "A CSV file: a header row naming the columns, then one example per row."
    ),
}
PATH_PLACEHOLDER = {
    "optional": QT_TRANSLATE_NOOP("SettingsPanels", "empty: nnstudio's own copy"),
    "required": QT_TRANSLATE_NOOP("SettingsPanels", "choose a .csv file"),
}
LABEL_COLUMN_HELP = QT_TRANSLATE_NOOP(
    "SettingsPanels",
    "The column that holds each row's answer (its class); all the other columns are the "
    "features the network reads.",
)


class _PathField(TextField):
    """A file path; the quotes of Windows Explorer's "Copy as path" are dropped."""

    def _parse(self, text: str) -> Any:
        return text.strip().strip('"').strip("'").strip()


F = TypeVar("F", bound=Field)


class _SettingsPanel(QWidget):
    """A scrolling column of fields for one section of the project."""

    section: Section = "project"

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document
        #: The field of each setting, by the name validation problems use.
        self.fields: dict[str, Field] = {}
        self.content = QWidget()
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(8, 8, 8, 8)
        self.column.setSpacing(8)
        #: Problems of this section that belong to no field shown here.
        self.other_problems = problem_label()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(self.content))

    def _finish(self) -> None:
        self.column.addWidget(self.other_problems)
        self.column.addStretch(1)
        follow(self, self.document.changed, self.refresh)
        follow(self, self.document.replaced, self.refresh)
        self.editor.locks_changed.connect(self._show_locks)
        self.refresh()

    def _lock_name(self, key: str) -> str:
        """The name a lesson locks the setting ``key`` of this section by."""
        return f"{self.section}.{key}"

    def _locked_fields(self) -> dict[str, Field]:
        return self.fields

    def _show_locks(self) -> None:
        """A setting the lesson's step locks is greyed out, saying why."""
        for key, field in self._locked_fields().items():
            reason = self.editor.lock_reason(self._lock_name(key))
            field.setEnabled(reason is None)
            field.setToolTip(
                SettingsPanels.tr("Locked in this step: {reason}").format(reason=reason)
                if reason
                else ""
            )

    def _add(self, field: F, on_edit: Callable[[Any], None]) -> F:
        field.value_edited.connect(on_edit)
        self.column.addWidget(field)
        self.fields[field.param.name] = field
        return field

    def _add_setting(self, param: Param) -> Field:
        """A field for ``self.section``'s setting ``param``, edited with ``set_setting``."""
        key = param.name
        return self._add(
            make_field(param), lambda value: self.editor.set_setting(self.section, key, value)
        )

    # --- showing the document -----------------------------------------------------------------

    def refresh(self) -> None:
        self._show_values()
        self._show_problems()

    def _show_values(self) -> None:
        section = self.document.section(self.section)
        for key, field in self.fields.items():
            if hasattr(section, key):
                field.set_value(getattr(section, key))

    def _show_problems(self) -> None:
        problems = [p for p in self.document.report.problems if p.section == self.section]
        for key, field in self.fields.items():
            field.set_problems([p for p in problems if p.field == key])
        show_problems(self.other_problems, self._unplaced(problems))

    def _unplaced(self, problems: list[Problem]) -> list[Problem]:
        return [p for p in problems if p.field not in self.fields]


class CompilePanel(_SettingsPanel):
    """The loss, the optimizer with its own settings, and the metrics."""

    section = "compile"

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.loss = self._add(
            ChoiceField(LOSS_PARAM, entries=catalog.LOSSES),
            lambda value: editor.set_setting("compile", "loss", value),
        )
        self.optimizer = self._add(
            ChoiceField(OPTIMIZER_PARAM, entries=catalog.OPTIMIZERS), editor.set_optimizer
        )
        self.optimizer_box = QWidget()
        self.optimizer_layout = QVBoxLayout(self.optimizer_box)
        self.optimizer_layout.setContentsMargins(12, 0, 0, 0)
        self.optimizer_layout.setSpacing(8)
        self.optimizer_title = help_label()
        self.optimizer_layout.addWidget(self.optimizer_title)
        self.column.addWidget(self.optimizer_box)
        #: The fields of the current optimizer's settings, by name.
        self.optimizer_fields: dict[str, Field] = {}
        self._built_optimizer: str | None = None

        self.column.addWidget(section_title(SettingsPanels.tr("Metrics")))
        self.column.addWidget(help_label(translate("SettingsPanels", METRICS_HELP)))
        self.metric_checks: dict[str, QCheckBox] = {}
        self.metrics_layout = QVBoxLayout()
        self.metrics_layout.setSpacing(2)
        self.column.addLayout(self.metrics_layout)
        for name, info in catalog.METRICS.items():
            self._add_metric(name, info.label, info.help)
        self.metrics_problems = problem_label()
        self.column.addWidget(self.metrics_problems)
        self._finish()

    # --- metrics ------------------------------------------------------------------------------

    def _add_metric(self, name: str, label: str, help_text: str) -> None:
        check = QCheckBox(label)
        check.setToolTip(help_text)
        check.setAccessibleDescription(help_text)
        check.clicked.connect(lambda checked, key=name: self._toggle_metric(key, checked))
        self.metrics_layout.addWidget(check)
        if help_text:
            line = help_label(help_text)
            line.setContentsMargins(22, 0, 0, 4)  # under the box's text, not its tick
            self.metrics_layout.addWidget(line)
        self.metric_checks[name] = check

    def _toggle_metric(self, name: str, checked: bool) -> None:
        current = list(self.document.project.compile.metrics)
        if checked and name not in current:
            # Keep the catalog's order, so the list reads the same however it was ticked.
            order = list(self.metric_checks)
            current.append(name)
            current.sort(key=lambda m: order.index(m) if m in order else len(order))
        elif not checked:
            current = [m for m in current if m != name]
        self.editor.set_setting("compile", "metrics", current)

    def _show_metrics(self) -> None:
        chosen = self.document.project.compile.metrics
        for name in chosen:
            if name not in self.metric_checks:
                # A metric from a file that nnstudio does not know: visible, so it can go.
                self._add_metric(
                    name, SettingsPanels.tr("{metric} (not known)").format(metric=name), ""
                )
        for name, check in self.metric_checks.items():
            check.setChecked(name in chosen)
            unknown = name not in catalog.METRICS
            check.setVisible(not unknown or name in chosen)

    # --- optimizer ----------------------------------------------------------------------------

    def _rebuild_optimizer(self, name: str) -> None:
        """One field per setting of the optimizer ``name``."""
        self._built_optimizer = name
        info = catalog.OPTIMIZERS.get(name)
        self.optimizer_fields = rebuild_fields(
            self.optimizer_fields,
            info.params if info else (),
            self.optimizer_layout,
            self.editor.set_optimizer_param,
        )
        self.optimizer_box.setVisible(info is not None and bool(info.params))
        self._show_locks()
        if info is None:
            return
        self.optimizer_title.setText(
            SettingsPanels.tr("Settings of {optimizer}:").format(optimizer=info.label)
        )
        chain_tab_order(self.optimizer.combo, list(self.optimizer_fields.values()))

    def _show_values(self) -> None:
        c = self.document.project.compile
        self.loss.set_value(c.loss)
        self.optimizer.set_value(c.optimizer)
        if c.optimizer != self._built_optimizer:
            self._rebuild_optimizer(c.optimizer)
        for key, field in self.optimizer_fields.items():
            field.set_value(c.optimizer_params.get(key))
        self._show_metrics()

    def _show_problems(self) -> None:
        super()._show_problems()
        problems = [p for p in self.document.report.problems if p.section == "compile"]
        for key, field in self.optimizer_fields.items():
            field.set_problems([p for p in problems if p.field == key])
        show_problems(self.metrics_problems, [p for p in problems if p.field == "metrics"])

    def _lock_name(self, key: str) -> str:
        # The optimizer is locked with its settings.
        if key == "optimizer" or key in self.optimizer_fields:
            return "optimizer"
        return "loss" if key == "loss" else f"compile.{key}"

    def _locked_fields(self) -> dict[str, Field]:
        return {**self.fields, **self.optimizer_fields}

    def _unplaced(self, problems: list[Problem]) -> list[Problem]:
        placed = {*self.fields, *self.optimizer_fields, "metrics"}
        return [p for p in problems if p.field not in placed]


class DataPanel(_SettingsPanel):
    """Which data, from which file, and how it is prepared."""

    section = "data"

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.dataset = self._add(
            ChoiceField(DATASET_PARAM, entries=catalog.DATASETS),
            lambda value: editor.set_setting("data", "dataset", value),
        )
        self._build_path_row()
        self._build_label_column()
        self.skip_missing = self._add_setting(catalog.DATA_PARAMS["skip_missing"])
        self.preprocessing = self._add(
            ChoiceField(PREPROCESSING_PARAM, entries=catalog.PREPROCESSING),
            lambda value: editor.set_setting("data", "preprocessing", value),
        )
        for name in ("flatten", "validation_split", "test_fraction", "train_limit", "test_limit"):
            self._add_setting(catalog.DATA_PARAMS[name])
        for name in catalog.DATA_PARAMS:  # any the catalog adds later
            if name not in self.fields:
                self._add_setting(catalog.DATA_PARAMS[name])
        self.source_title = section_title(SettingsPanels.tr("Where the data comes from"))
        self.column.addWidget(self.source_title)
        self.source = help_label()
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.source)
        self._file_key: tuple[Any, ...] | None = None
        #: The columns of the chosen CSV file, and why the chosen file cannot be used.
        self.csv_names: tuple[str, ...] = ()
        self.file_error = ""
        self._source_key: tuple[Any, ...] | None = None
        self._source_text = ("", False)
        self._finish()

    # --- the file -----------------------------------------------------------------------------

    def _build_path_row(self) -> None:
        self.path = self._add(
            _PathField(
                Param(
                    "path",
                    QT_TRANSLATE_NOOP("SettingsPanels", "File"),
                    "text",
                    "",
                    PATH_HELP["required"],
                    context="SettingsPanels",
                )
            ),
            lambda value: editor_set(self.editor, "path", value),
        )
        self.browse_button = QPushButton(SettingsPanels.tr("Browse…"))
        self.browse_button.setToolTip(SettingsPanels.tr("Choose the file on this computer."))
        self.browse_button.clicked.connect(self.browse)
        self.folder_button = QPushButton(SettingsPanels.tr("Folder…"))
        self.folder_button.setToolTip(
            SettingsPanels.tr("Choose a folder holding the four MNIST IDX files.")
        )
        self.folder_button.clicked.connect(self.browse_folder)
        # The buttons go under the line edit: a path needs the panel's whole width.
        layout = self.path.layout()
        assert isinstance(layout, QVBoxLayout)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.browse_button)
        row.addWidget(self.folder_button)
        layout.insertLayout(layout.indexOf(self.path.line) + 1, row)

    def browse(self) -> None:
        """Ask for a file: an MNIST .npz or IDX file, or a CSV file."""
        dataset = self.document.project.data.dataset
        if dataset == "mnist":
            title = SettingsPanels.tr("Choose an MNIST file")
            filters = SettingsPanels.tr("MNIST files (*.npz *-ubyte *.gz);;All files (*)")
        else:
            title = SettingsPanels.tr("Choose a CSV file")
            filters = SettingsPanels.tr("CSV files (*.csv *.txt);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, title, self._start_folder(), filters)
        if path:
            editor_set(self.editor, "path", self._stored_path(path))

    def browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, SettingsPanels.tr("Choose a folder of MNIST IDX files"), self._start_folder()
        )
        if path:
            editor_set(self.editor, "path", self._stored_path(path))

    def _start_folder(self) -> str:
        current = self._resolved(self.document.project.data.path)
        if current is not None:
            return str(current if current.is_dir() else current.parent)
        base = self.document.base_dir
        return str(base) if base else str(Path.home())

    def _stored_path(self, chosen: str) -> str:
        """A file next to the project is stored relative to it, so the folder can be copied
        to another computer (the class's shared drive) and still work."""
        path = Path(chosen)
        base = self.document.base_dir
        if base is not None:
            try:
                return path.resolve().relative_to(base.resolve()).as_posix()
            except ValueError:
                pass
        return str(path)

    def _resolved(self, text: str) -> Path | None:
        if not text:
            return None
        return resolve_user_path(text, self.document.base_dir)

    # --- the label column ---------------------------------------------------------------------

    def _build_label_column(self) -> None:
        self.label_column = QWidget()
        layout = QVBoxLayout(self.label_column)
        layout.setContentsMargins(6, 2, 0, 6)
        layout.setSpacing(2)
        title = QLabel(SettingsPanels.tr("Label column"))
        self.column_combo = combo()
        self.column_combo.setAccessibleName(SettingsPanels.tr("Label column"))
        label_column_help = translate("SettingsPanels", LABEL_COLUMN_HELP)
        self.column_combo.setToolTip(label_column_help)
        self.column_combo.activated.connect(self._column_picked)
        title.setBuddy(self.column_combo)
        self.column_problems = problem_label()
        for widget in (title, self.column_combo, help_label(label_column_help)):
            layout.addWidget(widget)
        layout.addWidget(self.column_problems)
        self.column.addWidget(self.label_column)

    def columns(self) -> list[str]:
        """The column names the label column combo offers."""
        return [
            self.column_combo.itemData(i)
            for i in range(self.column_combo.count())
            if self.column_combo.itemData(i)
        ]

    def _stamp(self) -> tuple[Path | None, int | None]:
        path = self._resolved(self.document.project.data.path)
        try:
            return path, (path.stat().st_mtime_ns if path is not None else None)
        except OSError:
            return path, None

    def _check_file(self) -> None:
        """Read what the chosen file offers (a CSV file's columns) or why it cannot be used;
        only again when the file, or its modification time, changes."""
        d = self.document.project.data
        path, stamp = self._stamp()
        key = (d.dataset, str(path), stamp)
        if key == self._file_key:
            return
        self._file_key = key
        self.csv_names = ()
        self.file_error = ""
        if path is None:
            return
        from nnstudio.data import csv_columns, resolve_data_path

        try:
            if d.dataset == "csv":
                self.csv_names = csv_columns(path)
            elif d.dataset == "mnist":
                resolve_data_path(d, self.document.base_dir)  # checks the file, reads nothing
        except NNStudioError as exc:
            self.file_error = str(exc)

    def _show_columns(self) -> None:
        d = self.document.project.data
        names = self.csv_names
        box = self.column_combo
        box.blockSignals(True)
        box.clear()
        if not d.label_column:
            box.addItem(
                SettingsPanels.tr("Choose the label column…")
                if names
                else SettingsPanels.tr("Choose a readable CSV file first"),
                "",
            )
        for name in names:
            box.addItem(name, name)
        if d.label_column and d.label_column not in names:
            box.addItem(
                SettingsPanels.tr("{column} (not in the file)").format(column=d.label_column),
                d.label_column,
            )
        box.setCurrentIndex(max(0, box.findData(d.label_column)))
        box.blockSignals(False)

    def _column_picked(self, index: int) -> None:
        name = self.column_combo.itemData(index)
        if name:
            editor_set(self.editor, "label_column", name)

    # --- showing the document -----------------------------------------------------------------

    def _show_values(self) -> None:
        super()._show_values()
        d = self.document.project.data
        info = catalog.DATASETS.get(d.dataset)
        uses_path = info is not None and info.path != "none"
        self.path.setVisible(uses_path)
        if info is not None and uses_path:
            self.path.help.setText(translate("SettingsPanels", PATH_HELP.get(info.path, "")))
            self.path.set_placeholder(
                translate("SettingsPanels", PATH_PLACEHOLDER.get(info.path, ""))
            )
            self.path.label.setText(
                SettingsPanels.tr("File (optional)")
                if info.path == "optional"
                else SettingsPanels.tr("File")
            )
            self.folder_button.setVisible(d.dataset == "mnist")
        self._check_file()
        is_csv = d.dataset == "csv"
        self.label_column.setVisible(is_csv)
        self.skip_missing.setVisible(is_csv or d.skip_missing is not False)
        if is_csv:
            self._show_columns()
        self._show_source()

    def _show_problems(self) -> None:
        super()._show_problems()
        problems = [p for p in self.document.report.problems if p.section == "data"]
        show_problems(self.column_problems, [p for p in problems if p.field == "label_column"])
        if self.file_error:
            # The file itself is the problem: say so where it is chosen (once: reading the
            # whole file may have found the same thing).
            own = [p for p in problems if p.field == "path" and p.message != self.file_error]
            self.path.set_problems([*own, Problem(self.file_error, section="data", field="path")])

    def _unplaced(self, problems: list[Problem]) -> list[Problem]:
        return [p for p in problems if p.field not in {*self.fields, "label_column"}]

    def _data_errors(self) -> list[Problem]:
        return [p for p in self.document.report.errors if p.section == "data"]

    def _show_source(self) -> None:
        """Say where the data will come from, or why it cannot be read."""
        d = self.document.project.data
        path, stamp = self._stamp()
        key = (d.dataset, d.path, d.label_column, d.skip_missing, d.test_fraction, str(path), stamp)
        if key != self._source_key:
            self._source_key = key
            self._source_text = _describe(self.document)
        text, failed = self._source_text
        error = self.document.data_error
        if error:
            text, failed = error, True
        if failed and (self.file_error or self._data_errors()):
            text = ""  # the problems next to the settings already say what to fix
        self.source.setText(text)
        self.source.setVisible(bool(text))
        self.source_title.setVisible(bool(text))
        self.source.setStyleSheet(f"color: {ERROR_COLOR};" if failed else "")


def _describe(document: Any) -> tuple[str, bool]:
    """The sentence saying where the data comes from, and whether it is an error."""
    from nnstudio.data import describe_source

    try:
        return describe_source(document.project.data, document.base_dir), False
    except NNStudioError as exc:
        return str(exc), True
    except (OSError, ValueError) as exc:  # a file that vanished or cannot be parsed
        return SettingsPanels.tr("The data could not be read: {error}").format(error=exc), True


def editor_set(editor: Editor, key: str, value: Any) -> None:
    editor.set_setting("data", key, value)


class TrainingPanel(_SettingsPanel):
    """How long and in what batches to train, and the seed that makes a run repeatable."""

    section = "train"

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        for param in catalog.TRAINING_PARAMS.values():
            self._add_setting(param)
        self._finish()


def _demo_panels(editor: Editor) -> QWidget:
    """All three panels side by side, for ``python -m nnstudio.ui.builder.settings_panels``."""
    window = QWidget()
    row = QHBoxLayout(window)
    for panel in (CompilePanel(editor), DataPanel(editor), TrainingPanel(editor)):
        panel.setMinimumWidth(320)
        row.addWidget(panel)
    return window


if __name__ == "__main__":
    import sys

    from nnstudio.ui.common.demo import run_demo

    sys.exit(run_demo(_demo_panels, size=(1000, 800)))
