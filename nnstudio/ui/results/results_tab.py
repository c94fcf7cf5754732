"""How the trained network did on the test data: its accuracy, a confusion matrix, and a
gallery of the test examples behind any cell of it (the mistakes to begin with).

Everything shown comes from an :class:`~nnstudio.training.evaluation.Evaluation` (numpy only),
so the view needs no TensorFlow and can be tried with made-up numbers.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from nnstudio.core.summaries import confusion_summary
from nnstudio.training.evaluation import Evaluation
from nnstudio.ui.common.confusion import ConfusionModel
from nnstudio.ui.common.pictures import ZOOM, digit_pixmap
from nnstudio.ui.common.style import help_label, percent, section_title

Results = Context("Results")

#: The gallery shows at most this many examples; the title says how many more there are.
GALLERY_LIMIT = 200
#: Each digit in the gallery is drawn this many screen pixels per pixel.
#: Table rows show at most this many numbers of their inputs.
SHOWN_FEATURES = 6

NO_RESULTS = QT_TRANSLATE_NOOP("Results", "Train the network to see how it does on the test data.")


def by_kind(kind: str, digits: str, pictures: str, rows: str) -> str:
    """The words for the kind of test examples (:meth:`ResultsView.noun`): digits, other
    pictures, or table rows."""
    return digits if kind == "digits" else pictures if kind == "pictures" else rows


class ResultsView(QWidget):
    """The test results after training: accuracy, confusion matrix and example gallery."""

    #: A test example was double-clicked (or chosen with Enter) in the gallery: its index in
    #: the test set.
    example_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        #: The test-set indices the gallery shows, in order.
        self.shown: list[int] = []

        self.header = section_title("")
        self.header.setWordWrap(True)
        self.header.setAccessibleName(Results.tr("Test accuracy"))
        self.loss = help_label()

        self.explanation = help_label()
        self.model = ConfusionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setAccessibleName(Results.tr("Confusion matrix"))
        self.table.setAccessibleDescription(
            Results.tr("Train the network to see how it does on the test data")
        )
        self.table.setAccessibleDescription(
            Results.tr("Rows are the true classes, columns what the network answered.")
        )
        self.table.clicked.connect(self._cell_chosen)
        self.table.activated.connect(self._cell_chosen)

        self.gallery_title = QLabel()
        self.gallery_title.setWordWrap(True)
        bold = self.gallery_title.font()
        bold.setBold(True)
        self.gallery_title.setFont(bold)
        #: Which examples the gallery lists: every mistake (None) or a cell (true, predicted).
        self._cell: tuple[int, int] | None = None
        self.order = QComboBox()
        # By index: 0 is the most confident first (see most_sure_first).
        self.order.addItems(
            [Results.tr("Most confident first"), Results.tr("Least confident first")]
        )
        self.order.setToolTip(
            Results.tr(
                "The examples in the order of how sure the network was of its answer: the most "
                "confident first (a confident mistake is the strangest), or the least confident "
                "first (where it hesitated)."
            )
        )
        self.order.setAccessibleName(Results.tr("Order of the examples"))
        self.order.currentIndexChanged.connect(self._refill)
        self.mistakes_button = QPushButton(Results.tr("Show all mistakes"))
        self.mistakes_button.setToolTip(
            Results.tr("Show the wrongly answered test examples again.")
        )
        self.mistakes_button.clicked.connect(self.show_mistakes)
        #: The gallery shows at most GALLERY_LIMIT examples at a time; this shows the next ones.
        self.more_button = QPushButton()
        self.more_button.setToolTip(Results.tr("Show the next examples in the list below."))
        self.more_button.setAccessibleName(Results.tr("Show more examples"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self._indices: npt.NDArray[np.int64] = np.zeros(0, np.int64)
        self._title = ""
        self.gallery = QListWidget()
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.setAccessibleName(Results.tr("Test examples"))
        self.gallery.setAccessibleDescription(
            Results.tr(
                "The test examples of the chosen cell; activate one to follow it inside the network"
            )
        )
        self.gallery.itemActivated.connect(
            lambda item: self.example_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )

        matrix_side = QWidget()
        matrix_layout = QVBoxLayout(matrix_side)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.explanation)
        self.columns_label = QLabel(Results.tr("Columns: what the network answered (predicted) →"))
        self.columns_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        matrix_layout.addWidget(self.columns_label)
        matrix_layout.addWidget(
            self.table, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        matrix_layout.addStretch(1)

        gallery_side = QWidget()
        gallery_layout = QVBoxLayout(gallery_side)
        gallery_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.gallery_title, 1)
        title_row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.order, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.mistakes_button, 0, Qt.AlignmentFlag.AlignTop)
        gallery_layout.addLayout(title_row)
        gallery_layout.addWidget(self.gallery, 1)

        self._matrix_width = 0
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(matrix_side)
        self.splitter.addWidget(gallery_side)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)

        self.results_page = results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.header)
        results_layout.addWidget(self.loss)
        results_layout.addWidget(self.splitter, 1)

        self.message = QLabel(translate("Results", NO_RESULTS))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)

    # --- filling it -------------------------------------------------------------------------

    def set_evaluation(
        self, evaluation: Evaluation | None, test: dict[str, float] | None = None
    ) -> None:
        """Show ``evaluation`` (None: the "train first" message); ``test`` holds Keras's test
        numbers such as ``{"loss": 0.08, "accuracy": 0.976}``, of which the loss is shown."""
        self.evaluation = evaluation
        self.gallery.clear()
        self.shown = []
        if evaluation is None:
            self.model.set_matrix(np.zeros((0, 0), np.int64), ())
            self.table.setAccessibleDescription(
                Results.tr("Train the network to see how it does on the test data")
            )
            self.pages.setCurrentWidget(self.message)
            return
        noun = self.noun(evaluation)
        total = len(evaluation.labels)
        right = int(np.sum(evaluation.predicted == evaluation.labels))
        header = by_kind(
            noun,
            Results.tr("Test accuracy {accuracy:.2%} — {right:,} of {total:,} test digits right"),
            Results.tr("Test accuracy {accuracy:.2%} — {right:,} of {total:,} test pictures right"),
            Results.tr("Test accuracy {accuracy:.2%} — {right:,} of {total:,} test rows right"),
        )
        self.header.setText(header.format(accuracy=evaluation.accuracy, right=right, total=total))
        loss = (test or {}).get("loss")
        self.loss.setText(
            Results.tr(
                "Test loss {loss:.4g} (lower is better). Keras measured it on the same test data."
            ).format(loss=loss)
            if loss is not None
            else ""
        )
        self.loss.setVisible(loss is not None)
        self.explanation.setText(
            Results.tr(
                "Each row is a true digit; each column is what the network answered. The "
                "diagonal is right. Click a cell to see those test examples."
            )
            if noun == "digits"
            else Results.tr(
                "Each row is a true class; each column is what the network answered. The "
                "diagonal is right. Click a cell to see those test examples."
            )
        )
        matrix = evaluation.confusion()
        self.model.set_matrix(matrix, evaluation.class_names, noun)
        # What the matrix shows, in words, for a screen reader.
        self.table.setAccessibleDescription(confusion_summary(matrix, evaluation.class_names))
        self._size_columns()
        self._set_gallery_mode(evaluation.is_images)
        self.pages.setCurrentWidget(self.results_page)
        self.show_mistakes()

    def _size_columns(self) -> None:
        """All columns as wide as the widest count or class name, so the matrix is square."""
        metrics = self.table.fontMetrics()
        widest = max(
            [metrics.horizontalAdvance(f"{int(self.model.matrix.max(initial=0)):,}")]
            + [metrics.horizontalAdvance(name) for name in self.model.class_names]
        )
        # Square cells, roomy enough to click.
        side = max(widest + 14, round(metrics.height() * 2.2))
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, side)
        for row in range(self.model.rowCount()):
            self.table.setRowHeight(row, side)
        self.table.updateGeometry()
        header = self.table.verticalHeader().sizeHint().width()
        scrollbar = self.table.verticalScrollBar().sizeHint().width()
        self._matrix_width = (
            header + side * self.model.columnCount() + scrollbar + 2 * self.table.frameWidth() + 8
        )
        # Once laid out (this may run before the tab is first shown).
        QTimer.singleShot(0, self._fit_splitter)

    def _fit_splitter(self) -> None:
        """The whole matrix in view where the window allows; the gallery takes the rest."""
        total = sum(self.splitter.sizes())
        if total > 0 and self._matrix_width:
            left = min(self._matrix_width, int(total * 0.6))
            self.splitter.setSizes([left, max(total - left, 1)])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_splitter()

    @property
    def most_sure_first(self) -> bool:
        return self.order.currentIndex() == 0

    def _refill(self) -> None:
        """The same examples again, in the order now chosen."""
        if self._cell is None:
            self.show_mistakes()
        else:
            self.show_cell(*self._cell)

    def show_mistakes(self) -> None:
        """The gallery shows every wrong answer, in the chosen order of confidence."""
        evaluation = self.evaluation
        if evaluation is None:
            return
        self._cell = None
        self.table.clearSelection()
        wrong = evaluation.mistakes(self.most_sure_first)
        noun = self.noun(evaluation)
        if len(wrong) == 0:
            title = by_kind(
                noun,
                Results.tr("It got every one of the {total:,} test digits right."),
                Results.tr("It got every one of the {total:,} test pictures right."),
                Results.tr("It got every one of the {total:,} test rows right."),
            )
        elif len(wrong) == 1:
            title = by_kind(
                noun,
                Results.tr("The one test digit it got wrong"),
                Results.tr("The one test picture it got wrong"),
                Results.tr("The one test row it got wrong"),
            )
        elif self.most_sure_first:
            title = by_kind(
                noun,
                Results.tr(
                    "The {count:,} test digits it got wrong, the most confident mistakes first"
                ),
                Results.tr(
                    "The {count:,} test pictures it got wrong, the most confident mistakes first"
                ),
                Results.tr(
                    "The {count:,} test rows it got wrong, the most confident mistakes first"
                ),
            )
        else:
            title = by_kind(
                noun,
                Results.tr(
                    "The {count:,} test digits it got wrong, the least confident mistakes first"
                ),
                Results.tr(
                    "The {count:,} test pictures it got wrong, the least confident mistakes first"
                ),
                Results.tr(
                    "The {count:,} test rows it got wrong, the least confident mistakes first"
                ),
            )
        title = title.format(total=len(evaluation.labels), count=len(wrong))
        self._fill(wrong, title)
        self.mistakes_button.setEnabled(False)

    def show_cell(self, true: int, predicted: int) -> None:
        """The gallery shows the test examples of class ``true`` answered ``predicted``."""
        evaluation = self.evaluation
        if evaluation is None:
            return
        self._cell = (true, predicted)
        names = evaluation.class_names
        chosen = evaluation.examples(true, predicted, self.most_sure_first)
        count = len(chosen)
        if true == predicted:
            if count == 0:
                title = Results.tr("True {true}, answered {answered} (right): no examples")
            elif count == 1:
                title = Results.tr(
                    "True {true}, answered {answered} (right): {count:,} example(s)", "", count
                )
            elif self.most_sure_first:
                title = Results.tr(
                    "True {true}, answered {answered} (right): {count:,} example(s), the most "
                    "confident first",
                    "",
                    count,
                )
            else:
                title = Results.tr(
                    "True {true}, answered {answered} (right): {count:,} example(s), the least "
                    "confident first",
                    "",
                    count,
                )
        elif count == 0:
            title = Results.tr("True {true}, answered {answered}: no examples")
        elif count == 1:
            title = Results.tr("True {true}, answered {answered}: {count:,} example(s)", "", count)
        elif self.most_sure_first:
            title = Results.tr(
                "True {true}, answered {answered}: {count:,} example(s), the most confident first",
                "",
                count,
            )
        else:
            title = Results.tr(
                "True {true}, answered {answered}: {count:,} example(s), the least confident first",
                "",
                count,
            )
        title = title.format(true=names[true], answered=names[predicted], count=count)
        self._fill(chosen, title)
        self.mistakes_button.setEnabled(True)

    def _cell_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_cell(index.row(), index.column())

    # --- the gallery ------------------------------------------------------------------------

    def _set_gallery_mode(self, images: bool) -> None:
        if images:
            self.gallery.setViewMode(QListView.ViewMode.IconMode)
            self.gallery.setIconSize(QSize(28 * ZOOM, 28 * ZOOM))
            longest = max((len(name) for name in self.model.class_names), default=1)
            sample = gallery_text().format(answer="W" * longest, sure="99%", true="")
            metrics = self.gallery.fontMetrics()
            width = max(28 * ZOOM, *(metrics.horizontalAdvance(s) for s in sample.split("\n")))
            self.gallery.setGridSize(
                QSize(width + 12, 28 * ZOOM + 2 * self.fontMetrics().height() + 14)
            )
            self.gallery.setWrapping(True)
            self.gallery.setUniformItemSizes(True)
            self.gallery.setWordWrap(False)
            self.gallery.setTextElideMode(Qt.TextElideMode.ElideNone)
            self.gallery.setSpacing(0)
        else:
            self.gallery.setViewMode(QListView.ViewMode.ListMode)
            self.gallery.setIconSize(QSize())
            self.gallery.setGridSize(QSize())
            self.gallery.setWrapping(False)
            self.gallery.setWordWrap(False)
            self.gallery.setSpacing(2)

    def _fill(self, indices: npt.NDArray[np.int64], title: str) -> None:
        self._indices, self._title = indices, title
        self.gallery.clear()
        self.shown = []
        self.show_more()
        self.gallery.scrollToTop()

    def show_more(self) -> None:
        """Add the next GALLERY_LIMIT examples of the list to the gallery."""
        start = len(self.shown)
        chosen = [int(i) for i in self._indices[start : start + GALLERY_LIMIT]]
        self._add_examples(chosen)
        self.shown = self.shown + chosen
        more = len(self._indices) - len(self.shown)
        title = self._title
        if more > 0:
            title = Results.tr(
                "{title} (the first {shown:,} shown; {more:,} more not shown)"
            ).format(title=title, shown=len(self.shown), more=more)
            self.more_button.setText(
                Results.tr("Show {count:,} more").format(count=min(more, GALLERY_LIMIT))
            )
        self.gallery_title.setText(title)
        self.more_button.setVisible(more > 0)

    def _add_examples(self, shown: list[int]) -> None:
        evaluation = self.evaluation
        assert evaluation is not None
        names = evaluation.class_names
        predicted = evaluation.predicted
        confidence = evaluation.confidence
        for i in shown:
            answer, true = names[predicted[i]], names[evaluation.labels[i]]
            sure = percent(float(confidence[i]))
            tooltip = Results.tr(
                "Test example {index:,}: the network answered {answer} ({sure} sure); "
                "the right answer is {true}."
            ).format(index=i, answer=answer, sure=sure, true=true)
            if evaluation.is_images:
                pixels = np.clip(evaluation.inputs[i], 0, 255).astype(np.uint8)
                item = QListWidgetItem(
                    QIcon(digit_pixmap(pixels)),
                    gallery_text().format(answer=answer, sure=sure, true=true),
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            else:
                x = describe_row(evaluation.inputs[i])
                item = QListWidgetItem(
                    Results.tr("x = {inputs} → answered {answer} ({sure}), true {true}").format(
                        inputs=x, answer=answer, sure=sure, true=true
                    )
                )
            item.setToolTip(tooltip)
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tooltip)
            self.gallery.addItem(item)

    # --- words ------------------------------------------------------------------------------

    @staticmethod
    def noun(evaluation: Evaluation) -> str:
        """What the test examples are (an id, English words): "digits" for MNIST, "pictures"
        for other pictures, "rows" for tables."""
        if evaluation.is_images:
            digits = evaluation.class_names == tuple(str(d) for d in range(10))
            return "digits" if digits else "pictures"
        return "rows"


def gallery_text() -> str:
    """A picture's caption in the gallery, to fill with answer, sure and true."""
    return Results.tr("answered {answer} ({sure})\ntrue {true}")


def describe_row(row: npt.NDArray[Any]) -> str:
    """A table row's inputs, short: "(0, 1)", or "(0.5, 1, 2, 3, 4, 5, … 8 numbers)"."""
    values = np.asarray(row).reshape(-1)
    shown = ", ".join(f"{float(v):g}" for v in values[:SHOWN_FEATURES])
    if len(values) > SHOWN_FEATURES:
        shown = Results.tr("{values}, … %n number(s)", "", len(values)).format(values=shown)
    return f"({shown})"


# --- the demo --------------------------------------------------------------------------------


def demo_evaluation(count: int = 2000) -> tuple[Evaluation, str]:
    """Made-up results to look at: MNIST test digits with a pretend network's answers that
    are right about 95% of the time (or generated blobs when MNIST is not here)."""
    rng = np.random.default_rng(0)
    try:
        from nnstudio.data.mnist import find_mnist, load_mnist

        if find_mnist()[0] == "download":
            raise FileNotFoundError("MNIST is not on this computer")
        data = load_mnist()
        inputs: npt.NDArray[Any] = data.x_test[:count]
        labels = data.y_test[:count].astype(np.int64)
        what = f"the first {count:,} MNIST test digits with made-up answers"
    except (NNStudioError, OSError):
        labels = rng.integers(0, 10, count).astype(np.int64)
        rows, cols = np.indices((28, 28))
        inputs = np.zeros((count, 28, 28), np.uint8)
        for n, label in enumerate(labels):
            radius = 4 + label
            inputs[n][(rows - 14) ** 2 + (cols - 14) ** 2 < radius**2] = 255
        what = f"{count:,} generated blobs (MNIST not found) with made-up answers"
    # A pretend network: mostly right, and when wrong, often picking a look-alike digit.
    look_alike = np.array([6, 7, 7, 5, 9, 3, 0, 1, 3, 4])
    answers = labels.copy()
    wrong = rng.random(count) < 0.05
    answers[wrong] = np.where(
        rng.random(wrong.sum()) < 0.6, look_alike[labels[wrong]], rng.integers(0, 10, wrong.sum())
    )
    logits = rng.normal(0, 1, (count, 10))
    logits[np.arange(count), answers] += rng.uniform(2.5, 7, count)
    odds = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities = (odds / odds.sum(axis=1, keepdims=True)).astype(np.float32)
    class_names = tuple(str(d) for d in range(10))
    return Evaluation(probabilities, labels, inputs, class_names), what


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    view = ResultsView()
    evaluation, description = demo_evaluation()
    view.set_evaluation(evaluation, {"loss": 0.1712, "accuracy": evaluation.accuracy})
    view.setWindowTitle(f"nnstudio: ResultsView — {description}")
    view.resize(900, 600)
    view.show()
    sys.exit(app.exec())
