"""The language nnstudio speaks: every sentence a student or teacher sees goes through here.

The translations are Qt's own: ``.ts`` sources made with ``pyside6-lupdate`` from the code
(``packaging/translations.py update``), translated, and compiled with ``pyside6-lrelease`` to
the ``.qm`` files in ``nnstudio/translations``. The window loads those ``.qm`` files into Qt as
well (for Qt's own buttons and dialogs, and anything using Qt's ``tr``); the Qt-free parts of
nnstudio (the catalog, the checks, the lessons, the training process, the command line) read the
same ``.qm`` files here, without Qt.

How code marks a sentence (lupdate finds these by their spelling, so keep it):

- a module names its context once, with the variable spelt as the context::

      Validate = Context("Validate")

  and says ``Validate.tr("Layer {index}: units must be at least 1.").format(index=3)``;
- plurals pass the number: ``Validate.tr("%n epoch(s)", "", epochs)`` (``%n`` becomes the
  number, the form follows the language: English says "1 epoch" and "2 epochs", French
  "1 époque", "0 époque" and "2 époques");
- text defined when a module loads (catalog labels and help, lesson texts) is marked with
  ``QT_TRANSLATE_NOOP("Catalog", "Dense")`` and translated where it is shown, with
  ``translate("Catalog", label)``.

Placeholders are named (``{index}``), so a translation can put them in another order; a whole
sentence is one message, never glued from pieces.
"""

from __future__ import annotations

import configparser
import logging
import numbers
import os
import re
import string
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nnstudio.userdirs import data_dir

log = logging.getLogger(__name__)

#: The languages nnstudio speaks, by code, each named in its own language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
SOURCE_LANGUAGE = "en"
#: The settings key (in the window's settings.ini) that remembers the chosen language.
SETTINGS_SECTION = "view"
SETTINGS_KEY = "language"
#: Set by the window for the training process it starts, and by ``--language`` on the command
#: line; it wins over the remembered choice and the system's language.
ENV_VAR = "NNSTUDIO_LANGUAGE"

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

_ENGLISH_PLURAL = re.compile(r"(\w)\((s|es)\)")
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT, _TAG_OBSOLETE2 = 6, 7, 8, 9
_SECTION_MESSAGES, _SECTION_LANGUAGE = 0x69, 0xA7


class TranslationFileError(ValueError):
    """A ``.qm`` file that is not one (cut short, or not a Qt translation)."""


@dataclass
class Catalog:
    """One language's translations: (context, source, comment) → the forms of the translation."""

    language: str
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, comment: str = "") -> tuple[str, ...] | None:
        found = self.messages.get((context, source, comment))
        if found is None and comment:
            found = self.messages.get((context, source, ""))
        return found


def read_qm(path: Path) -> Catalog:
    """Read a ``.qm`` file made by ``lrelease``: its language and its messages."""
    data = path.read_bytes()
    if not data.startswith(_QM_MAGIC):
        raise TranslationFileError(f"{path.name} is not a Qt translation file")
    catalog = Catalog(language=path.stem.rpartition("_")[2])
    pos = len(_QM_MAGIC)
    while pos < len(data):
        if pos + 5 > len(data):
            raise TranslationFileError(f"{path.name} is cut short")
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        block = data[pos + 5 : pos + 5 + length]
        if len(block) != length:
            raise TranslationFileError(f"{path.name} is cut short")
        if tag == _SECTION_LANGUAGE:
            catalog.language = block.decode("utf-8", "replace") or catalog.language
        elif tag == _SECTION_MESSAGES:
            _read_messages(block, catalog, path.name)
        pos += 5 + length
    return catalog


def _read_messages(block: bytes, catalog: Catalog, name: str) -> None:
    pos = 0
    forms: list[str] = []
    source = context = comment = ""
    try:
        while pos < len(block):
            tag = block[pos]
            pos += 1
            if tag == _TAG_END:
                if forms:
                    catalog.messages[(context, source, comment)] = tuple(forms)
                forms, source, context, comment = [], "", "", ""
            elif tag in (_TAG_OBSOLETE1, _TAG_OBSOLETE2):
                continue
            else:
                (length,) = struct.unpack_from(">I", block, pos)
                pos += 4
                if tag == _TAG_TRANSLATION:
                    if length == 0xFFFFFFFF:  # a null translation
                        forms.append("")
                        continue
                    forms.append(block[pos : pos + length].decode("utf-16-be"))
                else:
                    text = block[pos : pos + length].decode("utf-8")
                    if tag == _TAG_SOURCE:
                        source = text
                    elif tag == _TAG_CONTEXT:
                        context = text
                    elif tag == _TAG_COMMENT:
                        comment = text
                pos += length
    except (struct.error, UnicodeDecodeError) as exc:
        raise TranslationFileError(f"{name} has a damaged message ({exc})") from None


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms a language uses for ``n`` (Qt's rules for these)."""
    if language == "fr":
        return 0 if abs(n) <= 1 else 1
    return 0 if abs(n) == 1 else 1


class _State:
    language: str = SOURCE_LANGUAGE
    catalog: Catalog | None = None


_state = _State()


def qm_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"nnstudio_{language}.qm"


def available_languages() -> list[str]:
    """The codes of the languages that can be chosen: English and every shipped translation."""
    return [code for code in LANGUAGES if code == SOURCE_LANGUAGE or qm_file(code).is_file()]


def current_language() -> str:
    return _state.language


def set_language(language: str) -> str:
    """Speak ``language`` from now on (a code such as "de"); returns the language now spoken,
    which is English if that one is not shipped or its file does not read."""
    code = normalize(language) or SOURCE_LANGUAGE
    catalog = None
    if code != SOURCE_LANGUAGE:
        try:
            catalog = read_qm(qm_file(code))
        except (OSError, TranslationFileError):
            log.exception("could not read the %s translation; speaking English", code)
            code = SOURCE_LANGUAGE
    _state.language, _state.catalog = code, catalog
    return code


def use_catalog(catalog: Catalog | None) -> None:
    """Speak ``catalog``'s language from its messages directly (tests: a made-up language that
    marks every translated sentence, to find sentences that never reach translation)."""
    _state.language = catalog.language if catalog else SOURCE_LANGUAGE
    _state.catalog = catalog


def normalize(language: str | None) -> str | None:
    """The language nnstudio knows that a locale name means ("de_AT.UTF-8" → "de"), or None."""
    if not language:
        return None
    code = language.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_languages() -> list[str]:
    """The languages the system asks for, best first, from the usual environment variables."""
    found: list[str] = []
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(var, "").split(":"):
            if part and part not in ("C", "POSIX") and part not in found:
                found.append(part)
    return found


def saved_language() -> str:
    """The language chosen in View → Language ("system" when none was chosen)."""
    path = data_dir() / "settings.ini"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
        value = parser.get(SETTINGS_SECTION, SETTINGS_KEY, fallback="system")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return "system"
    return value.strip() or "system"


def choose_language(wanted: str | None = None, system: Iterable[str] | None = None) -> str:
    """The language to speak: ``wanted`` (a code, or "system"), else $NNSTUDIO_LANGUAGE, else
    the remembered choice, else the first of the system's languages nnstudio speaks."""
    for candidate in (wanted, os.environ.get(ENV_VAR), saved_language()):
        if candidate and candidate != "system":
            code = normalize(candidate)
            if code in available_languages():
                return code
    for candidate in system_languages() if system is None else system:
        code = normalize(candidate)
        if code in available_languages():
            return code
    return SOURCE_LANGUAGE


#: How each language writes 1,234.5: (thousands separator, decimal mark). English is as Python.
NUMBER_MARKS: dict[str, tuple[str, str]] = {
    "de": (".", ","),
    "es": (".", ","),
    "fr": ("\u202f", ","),  # a narrow no-break space, as French typography has it
}


def localize_number(text: str, language: str | None = None) -> str:
    """``text`` (a number as Python writes it: "101,770.5", "97.5%") as ``language`` writes
    it ("101.770,5" in German)."""
    marks = NUMBER_MARKS.get(language or _state.language)
    if marks is None:
        return text
    thousands, decimal = marks
    return "".join(thousands if c == "," else decimal if c == "." else c for c in text)


class _NumberFormatter(string.Formatter):
    """str.format, with every number filled in written as the language writes numbers."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            return localize_number(text)
        return text


_NUMBERS = _NumberFormatter()


class Sentence(str):
    """A translated sentence: ``.format()`` writes the numbers it fills in as the language
    does (German 101.770 and 0,5; French 101 770 and 0,5), so a student never reads 101,770
    as a hundred and one point seven seven."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:
        return _NUMBERS.vformat(self, args, kwargs)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language (``source`` itself where there is no translation);
    ``%n`` becomes ``n`` when ``n`` is given. The same arguments as Qt's
    ``QCoreApplication.translate``."""
    text = source
    catalog = _state.catalog
    if catalog is not None:
        forms = catalog.lookup(context, source, disambiguation or "")
        if forms:
            index = plural_form(catalog.language, n) if n >= 0 else 0
            chosen = forms[min(index, len(forms) - 1)]
            if chosen:
                text = chosen
    if n >= 0:
        if text is source:  # English: "%n step(s)" says "1 step", "3 steps"
            text = _ENGLISH_PLURAL.sub(r"\1" if abs(n) == 1 else r"\1\2", text)
        big = n >= 10_000 and _state.language in NUMBER_MARKS  # "12.000 Schritte"
        text = text.replace("%n", localize_number(f"{n:,}") if big else str(n))
    return Sentence(text) if _state.language in NUMBER_MARKS else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation where it is defined; translate it where it is shown."""
    return source


class Context:
    """A module's translation context: ``Name = Context("Name")``, then ``Name.tr("…")``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"
