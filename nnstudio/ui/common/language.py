"""The window's language: nnstudio's own sentences (read by ``nnstudio.core.i18n`` from the
shipped ``.qm`` files) and Qt's (the standard buttons and dialogs: OK, Cancel, the file
dialog), which come from Qt's own ``qtbase_*.qm`` files."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nnstudio.core import i18n

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def system_languages() -> list[str]:
    """The languages the system's settings ask for, best first (Qt knows them on every
    platform, where the environment variables are only Linux's)."""
    return [name for name in QLocale.system().uiLanguages() if name] + i18n.system_languages()


def start_language(wanted: str | None = None) -> str:
    """Choose and apply the window's language at start: ``wanted``, else NNSTUDIO_LANGUAGE,
    else the one chosen in View → Language, else the system's."""
    return apply_language(i18n.choose_language(wanted, system=system_languages()))


def apply_language(code: str) -> str:
    """Speak ``code`` from now on (nnstudio's sentences and Qt's own); returns the language
    now spoken. Widgets made before keep their words: the window is rebuilt to change them."""
    spoken = i18n.set_language(code)
    app = QCoreApplication.instance()
    if app is None:
        return spoken
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if spoken != i18n.SOURCE_LANGUAGE:
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, where in (("qtbase", folder), ("nnstudio", str(i18n.TRANSLATIONS_DIR))):
            translator = QTranslator(app)
            if translator.load(f"{name}_{spoken}", where):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.info("no %s translation for %s in %s", name, spoken, where)
    return spoken
