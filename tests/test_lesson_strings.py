"""The built-in lessons' texts for the translators: ``nnstudio/lessons/builtin_strings.py`` is
generated from the lesson files and up to date, lupdate reads every text back exactly as the
lesson has it (the message a translation is looked up by), and a built-in lesson read in another
language shows its translated texts, markup and all."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from nnstudio import lessons
from nnstudio.core import i18n
from nnstudio.lessons import markup, strings
from nnstudio.lessons.lesson import from_document, load, text_context

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
import translations as tools  # noqa: E402


def test_the_committed_module_is_what_the_lessons_make() -> None:
    assert strings.MODULE.read_text(encoding="utf-8") == strings.strings_module_text(), (
        "the built-in lessons changed: run python packaging/translations.py update"
    )


def text_of(element: ET.Element | None) -> str:
    """An element's text as Qt reads it: control characters are ``<byte value="xd"/>``."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            parts.append(chr(int(child.get("value", "x0")[1:], 16)))
        parts.append(child.tail or "")
    return "".join(parts)


def lupdate_sources(module: Path, tmp_path: Path) -> set[tuple[str, str]]:
    ts = tmp_path / "lessons.ts"
    command = [tools.qt_tool("pyside6-lupdate"), "-locations", "none", "-silent", str(module)]
    subprocess.run([*command, "-ts", str(ts)], check=True)
    return {
        (context.findtext("name") or "", text_of(message.find("source")))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_lupdate_reads_every_text_exactly_as_the_lesson_has_it(tmp_path: Path) -> None:
    expected = {
        (text_context(lesson.id), text)
        for lesson in lessons.builtin_english()
        for text in strings.lesson_texts(lesson)
    }
    assert len(expected) > 200
    assert lupdate_sources(strings.MODULE, tmp_path) == expected


AWKWARD = [
    'He said "hi" and \'bye\', and """ three',
    "$\\sigma(z) = 1 / (1 + e^{-z})$, $w_{ij}$ and a last backslash \\",
    "Paragraph one.\n\nParagraph two,\twith a tab and a **bold** word;\r\n- a list\n- item\x0c",
    "→ × σ … é ü ß 漢字 ☃ \u200b (an invisible space) and e\u0301 (a combining accent) 97% & %n",
    "x" * 150 + " a word too long for one line, " + "w" * 95 + "\n" + "then more " * 30,
    "",  # not a message
    "%",  # no letter: not a message
]


def awkward_lesson() -> Any:
    steps = [{"title": text or "A step", "text": text or "Text."} for text in AWKWARD]
    doc = {
        "format": "nnstudio-lesson",
        "schema_version": 1,
        "id": "awkward",
        "title": "Awkward texts",
        "steps": steps,
    }
    return from_document(doc, "awkward.nnlesson")


def test_awkward_texts_round_trip_and_the_module_is_formatted(tmp_path: Path) -> None:
    module = tmp_path / "builtin_strings.py"
    module.write_text(strings.strings_module_text([awkward_lesson()]), encoding="utf-8")
    texts = [t for t in AWKWARD if any(ch.isalpha() for ch in t)]
    assert lupdate_sources(module, tmp_path) == {
        ("Lesson awkward", text) for text in ["Awkward texts", "A step", "Text.", *texts]
    }
    namespace: dict[str, Any] = {}
    exec(compile(module.read_text(encoding="utf-8"), str(module), "exec"), namespace)
    assert set(namespace["TEXTS"]) == {"Awkward texts", "A step", "Text.", *texts}
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed here")
    config = str(REPO / "pyproject.toml")
    for check in (["check", "--no-cache"], ["format", "--check", "--no-cache"]):
        found = subprocess.run(
            [ruff, *check, "--config", config, str(module)], capture_output=True, text=True
        )
        assert found.returncode == 0, found.stdout + found.stderr


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The built-in lessons read in a made-up German whose catalog has some of the XOR texts."""
    xor = next(lesson for lesson in lessons.builtin_english() if lesson.id == "xor")
    step2, step4 = xor.steps[1], xor.steps[3]
    grade = xor.grade
    assert grade is not None
    said = next(part.say for part in grade.parts if part.say)
    wanted = {
        xor.title: "XOR: was eine gerade Linie nicht kann",
        step2.text: "Eine **verborgene Schicht**: $z = w_1 x_1 + w_2 x_2 + b$.\n\nDann ReLU.",
        step2.hints[0]: "Ziehe Dense unter Input.",
        "Sooner": "Früher",
        "Later": "Später",
        step4.locks[0].reason: "500 Epochen, wie im Tutorial.",
        "epochs": "Epochen",
        said: "Eine verborgene Schicht mit 16 oder mehr ReLU-Neuronen.",
    }
    context = text_context("xor")
    catalog = i18n.Catalog("de", {(context, k, ""): (v,) for k, v in wanted.items()})
    lessons._builtin.cache_clear()
    monkeypatch.setattr(i18n._state, "language", "de")
    monkeypatch.setattr(i18n._state, "catalog", catalog)
    yield wanted
    monkeypatch.undo()
    lessons._builtin.cache_clear()


def test_a_built_in_lesson_is_read_in_the_language_spoken(german: dict[str, str]) -> None:
    english = next(lesson for lesson in lessons.builtin_english() if lesson.id == "xor")
    xor = lessons.find("xor")
    assert xor.title == "XOR: was eine gerade Linie nicht kann"
    assert xor.steps[1].text == german[english.steps[1].text]
    assert "<b>verborgene Schicht</b>" in markup.to_html(xor.steps[1].text)
    assert "<sub>1</sub>" in markup.to_html(xor.steps[1].text)
    assert xor.steps[1].hints == ("Ziehe Dense unter Input.", english.steps[1].hints[1])
    assert xor.steps[3].locks[0].reason == "500 Epochen, wie im Tutorial."
    predict = xor.steps[3].predict
    assert predict is not None and predict.unit == "Epochen"
    choice = xor.steps[5].predict
    assert choice is not None and choice.choices == ("Früher", "Später", "About the same")
    assert choice.right == {"Früher": "lower", "Später": "higher", "About the same": "same"}
    assert xor.grade is not None
    assert "Eine verborgene Schicht mit 16 oder mehr ReLU-Neuronen." in [
        part.say for part in xor.grade.parts
    ]
    # Untranslated texts stay English; ids, goals' data and the kept document stay as written.
    assert xor.steps[0].text == english.steps[0].text
    assert (xor.id, xor.steps[1].goal, xor.document) == (
        english.id,
        english.steps[1].goal,
        english.document,
    )
    assert xor.source == lessons.BUILTIN
    # A teacher's own lesson file is never translated: it is written in the class's language.
    own = load(lessons._folder() / "xor.nnlesson")
    assert own.title == english.title and own.steps[5].predict == english.steps[5].predict


def test_english_reads_the_lessons_as_written() -> None:
    assert i18n.current_language() == "en"
    for built, written in zip(lessons.builtin(), lessons.builtin_english(), strict=True):
        assert built == written
    doc = copy.deepcopy(lessons.builtin()[0].document)
    assert from_document(doc, "copy.nnlesson").title == lessons.builtin()[0].title
