"""``nnstudio --language CODE``: the command line speaks the language asked for, from its help
on, and hands it on to the window and the processes it starts.

No translation ships yet, so a made-up German one stands in: a few of the command line's
sentences, "translated" by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from nnstudio import cli
from nnstudio.cli import run
from nnstudio.core import i18n, project_file
from nnstudio.core.templates import from_template

GERMAN = {
    ("CommandLine", "list the built-in networks", ""): ("die eingebauten Netze auflisten",),
    ("CommandLine", "Learn neural networks by building them.", ""): (
        "Neuronale Netze lernen, indem man sie baut.",
    ),
}


@pytest.fixture
def languages(monkeypatch: pytest.MonkeyPatch):
    """German (made up) and French are installed besides English; the test starts speaking
    English, with $NNSTUDIO_LANGUAGE as the tests set it, and everything is put back after."""
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "de", "fr"])
    monkeypatch.setattr(i18n, "read_qm", lambda path: _catalog(path.stem.rpartition("_")[2]))
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _catalog(language: str) -> i18n.Catalog:
    return i18n.Catalog(language, dict(GERMAN) if language == "de" else {})


def test_the_help_is_in_the_language_asked_for(languages, capsys) -> None:
    assert run(["--language", "de", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Neuronale Netze lernen, indem man sie baut." in out
    assert "die eingebauten Netze auflisten" in out
    assert "--language CODE" in out  # the options keep their names
    assert i18n.current_language() == "de"


def test_a_command_runs_in_the_language_asked_for_and_hands_it_on(languages, capsys) -> None:
    import os

    assert run(["--language", "de", "templates"]) == 0
    out, err = capsys.readouterr()
    assert "mnist-128" in out and err == ""
    assert i18n.current_language() == "de"
    # The window that 'nnstudio --language de' opens, and the processes it starts, speak it too.
    assert os.environ[i18n.ENV_VAR] == "de"


@pytest.mark.parametrize(
    "words", [["--language=de"], ["--lang", "de"], ["--language", "DE"], ["--language", "de"]]
)
def test_every_spelling_of_the_option_is_understood(languages, capsys, words) -> None:
    assert run([*words, "templates"]) == 0
    assert i18n.current_language() == "de"


def test_without_the_option_the_language_chosen_before_is_spoken(
    languages, capsys, monkeypatch
) -> None:
    import os

    monkeypatch.setenv(i18n.ENV_VAR, "de")
    assert run(["templates"]) == 0
    assert i18n.current_language() == "de"
    assert os.environ[i18n.ENV_VAR] == "de"
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert run(["templates"]) == 0
    assert i18n.current_language() == "en"


def test_system_follows_the_computer_whatever_was_chosen_before(
    languages, capsys, monkeypatch
) -> None:
    import os

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv(i18n.ENV_VAR, "fr")
    assert run(["--language", "system", "templates"]) == 0
    assert i18n.current_language() == "de"
    assert os.environ[i18n.ENV_VAR] == "de"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert run(["--language", "system", "templates"]) == 0
    assert i18n.current_language() == "en"


def test_a_language_not_installed_is_said_and_english_spoken(
    languages, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en"])
    assert run(["--language", "es", "templates"]) == 0
    out, err = capsys.readouterr()
    assert "mnist-128" in out
    assert err == (
        "nnstudio: expected a translation into Español (es) in this installation, found none; "
        "speaking English instead.\n"
    )
    assert i18n.current_language() == "en"


@pytest.mark.parametrize("code", ["xx", "", "german"])
def test_an_unknown_language_is_refused_in_a_sentence(languages, capsys, code) -> None:
    assert run(["--language", code, "templates"]) == cli.EXIT_UNREADABLE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: nnstudio")
    assert (
        "nnstudio: argument --language: expected one of en (English), de (Deutsch), "
        f"fr (Français), es (Español), or system; received {code!r}\n"
    ) in err
    assert i18n.current_language() == "en"


def test_a_missing_language_is_refused_in_a_sentence(languages, capsys) -> None:
    assert run(["--language"]) == cli.EXIT_UNREADABLE
    assert "argument --language: expected one argument" in capsys.readouterr().err


def test_a_project_named_after_the_language_opens_in_the_window(
    languages, capsys, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "xor.nnproj"
    project_file.save(from_template("xor"), path)
    opened = []

    def gui(args) -> int:
        opened.append((args.file, i18n.current_language()))
        return 0

    monkeypatch.setattr(cli, "cmd_gui", gui)
    assert run(["--language", "de", str(path)]) == 0
    assert run(["--language=de", str(path)]) == 0
    assert opened == [(str(path), "de")] * 2
