"""The translation machinery: the Qt-free reader of Qt's .qm files agrees with Qt's own
QTranslator, plurals follow each language, the language is chosen as promised, and every
shipped language is complete and in step with the code."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from nnstudio.core import i18n

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
import translations as tools  # noqa: E402

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Sample</name>
    <message>
        <source>Layer {{index}}: units must be at least 1.</source>
        <translation>{plain}</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>{verb}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>{adjective}</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>{one}</numerusform>
            <numerusform>{many}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""
FRENCH = {
    "language": "fr",
    "plain": "Couche {index} : il faut au moins 1 neurone.",
    "verb": "Ouvrir",
    "adjective": "Ouvert",
    "one": "%n époque",
    "many": "%n époques",
}


def compile_sample(tmp_path: Path, values: dict[str, str]) -> Path:
    source = tmp_path / f"nnstudio_{values['language']}.ts"
    source.write_text(SAMPLE_TS.format(**values), encoding="utf-8")
    target = source.with_suffix(".qm")
    command = [tools.qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]
    subprocess.run(command, check=True)
    return target


@pytest.fixture
def english():
    yield
    i18n.set_language("en")


def test_the_reader_finds_each_message_and_its_plural_forms(tmp_path, monkeypatch, english):
    qm = compile_sample(tmp_path, FRENCH)
    catalog = i18n.read_qm(qm)
    assert catalog.language == "fr"
    assert catalog.lookup("Sample", "Open", "verb") == ("Ouvrir",)
    assert catalog.lookup("Sample", "Open") == ("Ouvert",)
    assert catalog.lookup("Sample", "%n epoch(s)") == ("%n époque", "%n époques")
    assert catalog.lookup("Sample", "Not done yet") is None

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    assert i18n.set_language("fr_CH.UTF-8") == "fr"
    sample = i18n.Context("Sample")
    assert sample.tr("Layer {index}: units must be at least 1.").format(index=3) == (
        "Couche 3 : il faut au moins 1 neurone."
    )
    assert sample.tr("Open", "verb") == "Ouvrir"
    # French: 0 and 1 take the singular.
    assert [sample.tr("%n epoch(s)", "", n) for n in (0, 1, 2)] == [
        "0 époque",
        "1 époque",
        "2 époques",
    ]
    # Not translated yet: the English sentence, never an empty one.
    assert sample.tr("Not done yet") == "Not done yet"
    assert sample.tr("Never marked") == "Never marked"


def test_german_and_english_plurals(tmp_path, monkeypatch, english):
    german = dict(FRENCH, language="de", one="%n Epoche", many="%n Epochen")
    compile_sample(tmp_path, german)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    i18n.set_language("de")
    assert [i18n.translate("Sample", "%n epoch(s)", None, n) for n in (0, 1, 2)] == [
        "0 Epochen",
        "1 Epoche",
        "2 Epochen",
    ]
    i18n.set_language("en")
    assert [i18n.translate("Sample", "%n epoch(s)", None, n) for n in (0, 1, 2)] == [
        "0 epochs",
        "1 epoch",
        "2 epochs",
    ]
    assert i18n.translate("Sample", "%n batch(es) of %n", None, 1) == "1 batch of 1"


def test_qt_reads_the_same_file_the_same_way(tmp_path, qapp):
    """The window gives Qt the same .qm files: Qt's own reader must agree with nnstudio's."""
    from PySide6.QtCore import QTranslator

    qm = compile_sample(tmp_path, FRENCH)
    translator = QTranslator()
    assert translator.load(str(qm))
    catalog = i18n.read_qm(qm)
    for (context, source, comment), forms in catalog.messages.items():
        if len(forms) == 1:
            assert translator.translate(context, source, comment or None) == forms[0]
            continue
        for n, form in ((1, forms[0]), (5, forms[-1])):
            assert translator.translate(context, source, comment or None, n) == form


def test_a_damaged_translation_leaves_english(tmp_path, monkeypatch, english, caplog):
    (tmp_path / "nnstudio_de.qm").write_bytes(b"not a translation at all")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    assert i18n.set_language("de") == "en"
    assert "could not read the de translation" in caplog.text
    qm = compile_sample(tmp_path, dict(FRENCH, language="es"))
    qm.write_bytes(qm.read_bytes()[:-3])  # cut short
    with pytest.raises(i18n.TranslationFileError, match="cut short"):
        i18n.read_qm(qm)


def test_the_language_is_chosen_in_order(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("NNSTUDIO_HOME", str(home))
    monkeypatch.delenv("NNSTUDIO_LANGUAGE", raising=False)
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "de", "fr", "es"])
    choose = i18n.choose_language
    assert choose(system=["de-AT", "en-US"]) == "de"
    assert choose(system=["pt-BR", "fr-FR"]) == "fr"  # the first the system asks for that
    assert choose(system=["pt-BR", "en-GB", "fr-FR"]) == "en"  # nnstudio speaks
    assert choose(system=[]) == "en"
    (home / "settings.ini").write_text("[view]\nlanguage=es\n", encoding="utf-8")
    assert choose(system=["de"]) == "es"  # remembered beats the system
    monkeypatch.setenv("NNSTUDIO_LANGUAGE", "fr")
    assert choose(system=["de"]) == "fr"  # the environment beats the remembered
    assert choose("de", system=["es"]) == "de"  # asked for beats everything
    assert choose("system", system=["de"]) == "fr"
    assert choose("klingon", system=["de"]) == "fr"
    (home / "settings.ini").write_bytes(b"\xff\xfe not ini")
    monkeypatch.delenv("NNSTUDIO_LANGUAGE")
    assert choose(system=["es_ES.UTF-8"]) == "es"


# --- the shipped translations -------------------------------------------------------------

SHIPPED = [code for code in tools.LANGUAGES if tools.ts_file(code).exists()]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def messages(language: str):
    root = ET.parse(tools.ts_file(language)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            yield name, source, message.findtext("comment") or "", translation, forms


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_of_a_shipped_language_is_translated(language):
    problems = []
    for context, source, _comment, translation, forms in messages(language):
        where = f"{language}: {context}: {source[:60]!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is not translated")
            continue
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: the placeholders differ: {form[:80]!r}")
            if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                problems.append(f"{where}: the HTML tags differ: {form[:80]!r}")
            if ("%n" in source) != ("%n" in form) and translation.find("numerusform") is None:
                problems.append(f"{where}: %n differs")
            if re.search(r"&\w", source) and not re.search(r"&\w", form):
                problems.append(f"{where}: the keyboard shortcut (&) is lost")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


@pytest.mark.parametrize("language", SHIPPED)
def test_the_shipped_qm_is_compiled_from_the_ts(language, tmp_path):
    shipped = i18n.read_qm(i18n.qm_file(language))
    fresh = i18n.read_qm(tools.release(tmp_path, [language])[0])
    assert shipped.messages == fresh.messages, "run: python packaging/translations.py release"


def test_the_ts_files_hold_every_sentence_of_the_code(tmp_path):
    """Every marked sentence is in the translation sources (lupdate run afresh finds nothing
    the committed .ts files lack, and nothing they have that the code no longer says)."""
    if not SHIPPED:
        pytest.skip("no translations shipped yet")
    fresh = tmp_path / "fresh.ts"
    tools.lupdate([fresh])
    found = {
        (c.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    for language in SHIPPED:
        have = {(c, s, k) for c, s, k, _t, _f in messages(language)}
        missing, stale = found - have, have - found
        assert not missing, f"{language} lacks {sorted(missing)[:10]}: run translations.py update"
        assert not stale, f"{language} has {sorted(stale)[:10]} the code no longer says"


def test_each_context_is_named_as_its_variable():
    """lupdate takes ``Name.tr(...)``'s context from the variable's spelling: it must be the
    name the Context was made with, or the translation is never found."""
    problems = []
    for path in tools.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "Context"
            ):
                target = node.targets[0]
                arg = node.value.args[0] if node.value.args else None
                name = getattr(target, "id", None)
                if not isinstance(arg, ast.Constant) or arg.value != name:
                    problems.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not problems


def test_numbers_are_written_as_the_language_writes_them(english):
    """101,770 reads as a hundred and one point seven seven to a German student: in German,
    French and Spanish the numbers filled into a sentence use their own marks."""
    sentence = "{total:,} weights, loss {loss}, accuracy {accuracy:.1%}, {name!r}, {epochs}"
    values = dict(total=101770, loss=0.0837, accuracy=np.float64(0.975), name=0.5, epochs=12)
    assert i18n.translate("Sample", sentence).format(**values) == (
        "101,770 weights, loss 0.0837, accuracy 97.5%, 0.5, 12"
    )
    i18n.use_catalog(i18n.Catalog(language="de"))
    assert i18n.translate("Sample", sentence).format(**values) == (
        "101.770 weights, loss 0,0837, accuracy 97,5%, 0.5, 12"
    )
    assert i18n.translate("Sample", "%n step(s)", None, 12000) == "12.000 steps"
    i18n.use_catalog(i18n.Catalog(language="fr"))
    assert i18n.translate("Sample", "{total:,} / {loss}").format(total=1234567, loss=2.5) == (
        "1\u202f234\u202f567 / 2,5"
    )
