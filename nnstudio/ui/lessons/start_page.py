"""The start page: the built-in lessons and challenges with their level and minutes, shown on
first launch and from Learn → Start page."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnstudio.core.i18n import Context
from nnstudio.lessons import Lesson

LessonsStart = Context("LessonsStart")


def level_name(level: str) -> str:
    """A lesson's level ("beginner") as the list shows it ("Beginner")."""
    names = {
        "beginner": LessonsStart.tr("Beginner"),
        "intermediate": LessonsStart.tr("Intermediate"),
        "advanced": LessonsStart.tr("Advanced"),
    }
    return names.get(level, level.capitalize())


class StartPage(QDialog):
    """Pick a lesson, open a teacher's file, or just build (:attr:`choice` says which)."""

    #: What the student picked: a Lesson, "file" (open a lesson file), or None (just build).
    choice: Lesson | str | None

    def __init__(self, lessons: tuple[Lesson, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(LessonsStart.tr("Welcome to nnstudio"))
        self.setObjectName("start-page")
        self.choice = None
        self._lessons = lessons
        layout = QVBoxLayout(self)
        intro = QLabel(
            LessonsStart.tr(
                "<h2>Learn neural networks by building them</h2>"
                "<p>Pick a lesson: each one builds a network step by step, with a goal that "
                "ticks as you go, hints when you are stuck, and a question before you train. A "
                "challenge gives you a goal and no recipe.</p>"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("lesson-list")
        self.tree.setAccessibleName(LessonsStart.tr("Lessons and challenges"))
        self.tree.setAccessibleDescription(
            LessonsStart.tr(
                "Each with its level and minutes; press Enter or Start to begin the chosen one"
            )
        )
        self.tree.setHeaderLabels(["", LessonsStart.tr("Level"), LessonsStart.tr("Minutes")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        #: The lessons in the order of their rows (the group rows are not lessons).
        self.items: list[tuple[QTreeWidgetItem, Lesson]] = []
        groups = ((LessonsStart.tr("Lessons"), False), (LessonsStart.tr("Challenges"), True))
        # Under "Challenges", a challenge's title goes without its "Challenge: " (as written,
        # or as its translated title says it).
        prefixes = (
            "Challenge: ",
            LessonsStart.tr(
                "Challenge: ", "the start of a challenge's title (left out in the list)"
            ),
        )
        for label, challenges in groups:
            group = QTreeWidgetItem([label])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for lesson in (x for x in lessons if x.is_challenge == challenges):
                title = lesson.title
                for prefix in prefixes:
                    title = title.removeprefix(prefix)
                title = title[:1].upper() + title[1:]
                item = QTreeWidgetItem([title, level_name(lesson.level), str(lesson.minutes)])
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                item.setToolTip(0, lesson.summary)
                group.addChild(item)
                self.items.append((item, lesson))
            group.setExpanded(True)
        self.tree.itemDoubleClicked.connect(lambda item, column: self._start())
        self.tree.currentItemChanged.connect(lambda item, previous: self._describe())
        layout.addWidget(self.tree, 1)
        self.detail = QLabel()
        self.detail.setObjectName("lesson-detail")
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            LessonsStart.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("start-lesson")
        self.start_button.setToolTip(LessonsStart.tr("Begin the chosen lesson in a new project"))
        self.start_button.setDefault(True)
        self.file_button = QPushButton(LessonsStart.tr("Open a lesson file…"))
        self.file_button.setToolTip(
            LessonsStart.tr("A lesson or challenge a teacher wrote (.nnlesson)")
        )
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.build_button = buttons.addButton(
            LessonsStart.tr("Just build"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.build_button.setToolTip(
            LessonsStart.tr("Close this page and build a network on your own")
        )
        self.start_button.clicked.connect(self._start)
        self.file_button.clicked.connect(self._open_file)
        self.build_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        if self.items:
            self.tree.setCurrentItem(self.items[0][0])
        self.resize(700, 500)

    def select(self, index: int) -> None:
        """Select the ``index``-th lesson (in :attr:`items` order)."""
        self.tree.setCurrentItem(self.items[index][0])

    def current(self) -> Lesson | None:
        item = self.tree.currentItem()
        return next((lesson for row, lesson in self.items if row is item), None)

    def _describe(self) -> None:
        lesson = self.current()
        self.start_button.setEnabled(lesson is not None)
        if lesson is None:
            self.detail.clear()
            return
        self.detail.setText(
            LessonsStart.tr(
                "<b>{heading}</b> (%n step(s)): {summary}", "", len(lesson.steps)
            ).format(
                heading=html.escape(lesson.heading, quote=False),
                summary=html.escape(lesson.summary, quote=False),
            )
        )

    def _start(self) -> None:
        lesson = self.current()
        if lesson is not None:
            self.choice = lesson
            self.accept()

    def _open_file(self) -> None:
        self.choice = "file"
        self.accept()
