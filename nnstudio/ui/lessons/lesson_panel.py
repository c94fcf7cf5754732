"""The lesson panel: the step's text, its goal ticking live, hints, a prediction before Train,
Show me, Back and Next, and the summary at the end.

A thin view over :class:`~nnstudio.lessons.session.LessonSession`; the main window tells it
what the student did (pressed Train, opened Results, a run finished) and keeps it beside
every tab.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.compare import settings_of
from nnstudio.core.errors import NNStudioError
from nnstudio.core.i18n import Context
from nnstudio.lessons import markup, show
from nnstudio.lessons.lesson import lock_words, place_words
from nnstudio.lessons.session import AnswerError, LessonSession
from nnstudio.ui.common.colours import colours
from nnstudio.ui.common.editor import Editor, follow
from nnstudio.ui.common.style import ERROR_COLOR

log = logging.getLogger(__name__)

LessonsPanel = Context("LessonsPanel")

MET_COLOR = "#1a7f37"
OPEN_COLOR = "#57606a"
#: The same on a dark window.
MET_COLOR_DARK = "#57d27a"
OPEN_COLOR_DARK = "#a8b0b8"


def _met_colour() -> str:
    return MET_COLOR_DARK if colours().dark else MET_COLOR


def _open_colour() -> str:
    return OPEN_COLOR_DARK if colours().dark else OPEN_COLOR


class PredictionBox(QFrame):
    """The step's question, asked before Train: choices or a number, and Keep my answer."""

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prediction")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self._layout.addWidget(self.question)
        self._choices = QWidget()
        self._choice_layout = QVBoxLayout(self._choices)
        self._choice_layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._layout.addWidget(self._choices)
        self.number = QDoubleSpinBox()
        self.number.setAccessibleName(LessonsPanel.tr("Your prediction"))
        self.number.setAccessibleDescription(
            LessonsPanel.tr("Your answer to the question, before you train")
        )
        self._layout.addWidget(self.number)
        self.error = QLabel()
        self.error.setObjectName("prediction-error")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setWordWrap(True)
        self.error.hide()
        self._layout.addWidget(self.error)
        self.keep = QPushButton(LessonsPanel.tr("Keep my answer"))
        self.keep.setObjectName("keep-answer")
        self.keep.setToolTip(
            LessonsPanel.tr("Keep your answer; it is shown beside what happened at the end")
        )
        self.keep.clicked.connect(self._keep)
        self._layout.addWidget(self.keep)
        #: The choices asked, by their buttons' ids.
        self._choice_texts: tuple[str, ...] = ()

    def ask(
        self,
        question: str,
        choices: tuple[str, ...],
        low: float | None,
        high: float | None,
        unit: str,
    ) -> None:
        self.question.setText(
            LessonsPanel.tr("<b>Predict first:</b> {question}").format(
                question=html.escape(question, quote=False)
            )
        )
        self._choice_texts = tuple(choices)
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        for i, choice in enumerate(choices):
            button = QRadioButton(choice)
            self._group.addButton(button, i)
            self._choice_layout.addWidget(button)
        self._choices.setVisible(bool(choices))
        self.number.setVisible(not choices)
        if not choices:
            self.number.setRange(
                low if low is not None else -1e9, high if high is not None else 1e9
            )
            whole = unit != "%" and all(v is None or float(v).is_integer() for v in (low, high))
            self.number.setDecimals(0 if whole else 1)
            self.number.setSuffix(f" {unit}" if unit else "")
            self.number.setValue(low if low is not None else 0.0)
        self.say("")

    def say(self, text: str) -> None:
        """A line under the question (empty: none)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _keep(self) -> None:
        if self._choices.isVisible():
            button = self._group.checkedButton()
            if button is None:
                self.say(LessonsPanel.tr("Choose one answer first."))
                return
            # The choice itself, not the button's text (a style may add a shortcut's "&" to it).
            self.answered.emit(self._choice_texts[self._group.id(button)])
        else:
            self.answered.emit(self.number.value())


class LessonPanel(QWidget):
    """The lesson beside the window's work."""

    #: (place) the step points at a part of the window ("palette", "results"...).
    look_at = Signal(str)
    #: The student closed the lesson (the project stays as it is).
    closed = Signal()
    #: (text) a line for the status bar.
    said = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.session: LessonSession | None = None
        self.setObjectName("lesson-panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("lesson-title")
        self.title.setWordWrap(True)
        self.close_button = QPushButton(LessonsPanel.tr("Close"))
        self.close_button.setObjectName("lesson-close")
        self.close_button.setToolTip(
            LessonsPanel.tr(
                "Hide the lesson; the project keeps your progress (Learn → Continue the lesson)"
            )
        )
        self.close_button.clicked.connect(self._close)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(14)
        layout.addWidget(self.progress)
        self.text = QTextBrowser()
        self.text.setObjectName("lesson-text")
        self.text.setOpenLinks(False)
        # "Look at …" is a link in the text: it points at that part of the window again.
        self.text.anchorClicked.connect(lambda url: self._point())
        self.text.setAccessibleName(LessonsPanel.tr("The step's text"))
        self.text.setAccessibleDescription(
            LessonsPanel.tr("What this step explains and asks you to do")
        )
        # The text scrolls when the screen is short; the goal and the buttons stay in sight.
        self.text.setMinimumHeight(80)
        layout.addWidget(self.text, 1)
        self.goal = QLabel()
        self.goal.setObjectName("lesson-goal")
        self.goal.setWordWrap(True)
        self.goal.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.goal)
        self.prediction = PredictionBox()
        self.prediction.answered.connect(self._answer)
        layout.addWidget(self.prediction)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(LessonsPanel.tr("Back"))
        self.hint_button = QPushButton(LessonsPanel.tr("Hint"))
        self.show_button = QPushButton(LessonsPanel.tr("Show me"))
        self.show_button.setToolTip(
            LessonsPanel.tr("Do this step's changes for you (Ctrl+Z undoes them)")
        )
        self.next_button = QPushButton(LessonsPanel.tr("Next"))
        self.next_button.setDefault(True)
        for name, button in (
            ("back", self.back_button),
            ("hint", self.hint_button),
            ("show-me", self.show_button),
            ("next", self.next_button),
        ):
            button.setObjectName(f"lesson-{name}")
            buttons.addWidget(button)
        self.back_button.setToolTip(LessonsPanel.tr("Back to the step before"))
        self.hint_button.setToolTip(LessonsPanel.tr("Show one more hint for this step"))
        self.next_button.setToolTip(
            LessonsPanel.tr("On to the next step, once the goal is reached")
        )
        self.back_button.clicked.connect(self._back)
        self.hint_button.clicked.connect(self._hint)
        self.show_button.clicked.connect(self._show_me)
        self.next_button.clicked.connect(self._next)
        layout.addLayout(buttons)
        follow(self, editor.document.changed, self.refresh)
        editor.run_recorded.connect(self.refresh)

    # --- the session -----------------------------------------------------------------------

    def set_session(self, session: LessonSession | None) -> None:
        self.session = session
        self.editor.lock_reason = session.locked if session is not None else lambda s: None
        self.refresh()
        if session is not None and session.step.look_at and not session.progress.finished:
            # After the project has finished loading (which selects a layer and brings its
            # settings forward), so that the step's part of the window is the one in front.
            place = session.step.look_at
            QTimer.singleShot(0, lambda: self.look_at.emit(place))

    def record(self, action: str) -> None:
        """The student did ``action`` ("train", "results", "replay"...)."""
        s = self.session
        if s is not None and action not in s.progress.actions and not s.progress.finished:
            s.record(action)
            self.editor.mark_changed()
            self.refresh()

    def run_finished(self) -> None:
        if self.session is not None:
            self.session.run_finished()
            self.editor.mark_changed()
            self.refresh()

    def needs_answer(self) -> bool:
        """True (and the question shown) while the step's prediction waits for an answer:
        Train waits for it."""
        if self.session is None or self.session.question is None:
            return False
        self.prediction.setFocus()
        self.prediction.say(LessonsPanel.tr("Answer the question before you train."))
        return True

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        s = self.session
        if s is None:
            return
        lesson, p = s.lesson, s.progress
        total = len(lesson.steps)
        self.title.setText(f"<b>{html.escape(lesson.heading, quote=False)}</b>")
        self.progress.setRange(0, total)
        self.progress.setValue(sum(p.done))
        if p.finished:
            self.progress.setFormat(LessonsPanel.tr("Done!"))
            self._show_summary()
            return
        step = s.step
        self.progress.setFormat(
            LessonsPanel.tr("Step {number} of {count}").format(number=s.index + 1, count=total)
        )
        heading = f"<h3>{html.escape(step.title, quote=False)}</h3>" if step.title else ""
        self.text.setHtml(heading + markup.to_html(step.text) + self._extras())
        if s.hints_shown() and self.property("hints") != (s.index, len(s.hints_shown())):
            # A new hint: scroll down to it.
            self.setProperty("hints", (s.index, len(s.hints_shown())))
            bar = self.text.verticalScrollBar()
            bar.setValue(bar.maximum())
        report = self.editor.document.report
        lines = s.checklist(report)
        self.goal.setVisible(bool(lines))
        self.goal.setText(
            LessonsPanel.tr("<b>Goal</b>")
            + "<br>"
            + "<br>".join(
                f"<span style='color:{_met_colour() if ok else _open_colour()}'>"
                f"{'✔' if ok else '○'} {html.escape(text, quote=False)}</span>"
                for text, ok in lines
            )
        )
        question = s.question
        self.prediction.setVisible(question is not None)
        if question is not None and self.prediction.property("asked") != question.id:
            self.prediction.setProperty("asked", question.id)
            self.prediction.ask(
                question.question,
                question.choices,
                question.minimum,
                question.maximum,
                question.unit,
            )
        shown = s.hints_shown()
        left = len(step.hints) - len(shown)
        self.hint_button.setEnabled(left > 0)
        self.hint_button.setText(
            LessonsPanel.tr("Hint ({count})").format(count=left)
            if step.hints
            else LessonsPanel.tr("Hint")
        )
        self.show_button.setVisible(not lesson.is_challenge and bool(show.edits(step.show_me)))
        self.back_button.setEnabled(s.index > 0)
        ready = s.can_go_next(report)
        self.next_button.setEnabled(ready)
        self.next_button.setText(
            LessonsPanel.tr("Finish") if s.is_last else LessonsPanel.tr("Next")
        )
        self.next_button.setToolTip(
            LessonsPanel.tr("On to the next step")
            if ready
            else LessonsPanel.tr("Reach the goal first, then go on")
        )

    def _extras(self) -> str:
        """Below the step's text: where to look (a link), what is locked, the hints shown."""
        s = self.session
        assert s is not None
        step = s.step
        parts = []
        if step.look_at:
            look = LessonsPanel.tr("Look at {place} ↗").format(place=place_words(step.look_at))
            parts.append(f"<p><a href='look'>{look}</a></p>")
        for lock in step.locks:
            locked = LessonsPanel.tr("<b>Locked:</b> {setting} stays as it is: {reason}").format(
                setting=lock_words(lock.setting), reason=html.escape(lock.reason, quote=False)
            )
            parts.append(f"<p style='color:{_open_colour()}'>{locked}</p>")
        for i, hint in enumerate(s.hints_shown()):
            hint_text = LessonsPanel.tr("<b>Hint {number}:</b> {hint}").format(
                number=i + 1, hint=markup.inline(hint)
            )
            parts.append(f"<p>{hint_text}</p>")
        return "".join(parts)

    def _show_summary(self) -> None:
        s = self.session
        assert s is not None
        items = "".join(f"<li>{html.escape(line, quote=False)}</li>" for line in s.summary())
        title = html.escape(s.lesson.title, quote=False)
        self.text.setHtml(
            LessonsPanel.tr(
                "<h3>Well done: you finished “{title}”.</h3><ul>{items}</ul>"
                "<p>Save the project to keep it (and hand it in).</p>"
            ).format(title=title, items=items)
        )
        for widget in (self.goal, self.prediction):
            widget.setVisible(False)
        self.hint_button.setEnabled(False)
        self.show_button.setVisible(False)
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(True)

    # --- buttons ---------------------------------------------------------------------------

    def _changed(self) -> None:
        """Another step (or the end): its locks, its text, where it points."""
        self.editor.mark_changed()
        self.editor.locks_changed.emit()
        self.refresh()
        s = self.session
        if s is not None and not s.progress.finished and s.step.look_at:
            self.look_at.emit(s.step.look_at)

    def _next(self) -> None:
        s = self.session
        if s is not None and s.can_go_next(self.editor.document.report):
            s.next(self.editor.document.report)
            self.prediction.setProperty("asked", None)
            self._changed()

    def _back(self) -> None:
        if self.session is not None:
            self.session.back()
            self._changed()

    def _hint(self) -> None:
        if self.session is not None and self.session.hint() is not None:
            self.editor.mark_changed()
            self.refresh()

    def _point(self) -> None:
        s = self.session
        if s is not None and s.step.look_at:
            self.look_at.emit(s.step.look_at)

    def _answer(self, value: object) -> None:
        s = self.session
        if s is None:
            return
        try:
            s.answer(value)
        except AnswerError as exc:
            self.prediction.say(str(exc))
            return
        self.editor.mark_changed()
        self.said.emit(
            LessonsPanel.tr("Your prediction is kept. Now press Train to see what happens.")
        )
        self.refresh()

    def _show_me(self) -> None:
        """Make the network what this step asks for, as one undoable change."""
        s = self.session
        if s is None:
            return
        try:
            settings = settings_of(s.reference_project())
        except ValueError as exc:
            log.warning("show me failed: %s", exc)
            self.said.emit(
                LessonsPanel.tr("Show me cannot do this step: the lesson's own steps do not fit.")
            )
            return
        saved, self.editor.lock_reason = self.editor.lock_reason, lambda setting: None
        try:
            self.editor.restore_settings(
                settings, LessonsPanel.tr("Show me: step {number}").format(number=s.index + 1)
            )
        except NNStudioError as exc:
            self.said.emit(str(exc))
        finally:
            self.editor.lock_reason = saved
        rest = [show.describe(a) for a in s.step.show_me if "do" in a]
        self.said.emit(
            LessonsPanel.tr("Done (Ctrl+Z undoes it). Now it is your turn: {actions}").format(
                actions=" ".join(rest)
            )
            if rest
            else LessonsPanel.tr("Done (Ctrl+Z undoes it).")
        )

    def _close(self) -> None:
        self.closed.emit()
