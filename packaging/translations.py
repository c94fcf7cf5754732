"""Make and check nnstudio's translations with Qt's own tools.

    python packaging/translations.py update      # lesson texts → strings module; lupdate → .ts
    python packaging/translations.py release     # lrelease: .ts → .qm (shipped in the package)
    python packaging/translations.py candidates FILE...   # strings that look shown but unmarked
    python packaging/translations.py status      # how much of each language is translated
    python packaging/translations.py todo de todo.json     # what is left, for a translator
    python packaging/translations.py fill de done.json     # their work, back into the .ts

``update`` runs ``pyside6-lupdate`` over the whole package (it reads ``Name.tr("…")``,
``translate("Name", "…")`` and ``QT_TRANSLATE_NOOP("Name", "…")``), keeping the translations
already made and dropping sentences the code no longer has. Translators edit the ``.ts`` files
(in Qt Linguist, ``pyside6-linguist``, or any text editor); ``release`` compiles them.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "nnstudio"
TRANSLATIONS = PACKAGE / "translations"
LANGUAGES = ("de", "fr", "es")
#: Calls whose string arguments are already marked (or are not for people).
MARKED_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "Context"}
NOT_FOR_PEOPLE = {
    "debug", "info", "warning", "error", "exception", "critical",  # logging
    "setObjectName", "getattr", "setattr", "hasattr", "startswith", "endswith", "get",
    "setProperty", "property", "value", "setValue", "split", "join", "replace", "encode",
    "decode", "open", "environ", "Path", "with_suffix", "add_argument_group_id", "isinstance",
}  # fmt: skip


def qt_tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 in this environment")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"nnstudio_{language}.ts"


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(targets: list[Path], language: str | None = None) -> None:
    """Bring ``targets`` (.ts files) up to date with the code."""
    with tempfile.TemporaryDirectory() as folder:
        lists = Path(folder) / "sources.txt"
        lists.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
        command = [qt_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-silent"]
        if language:
            command += ["-target-language", language]
        command += [f"@{lists}", "-ts", *map(str, targets)]
        subprocess.run(command, check=True)


def update() -> None:
    from nnstudio.lessons.strings import write_strings_module

    write_strings_module()
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in LANGUAGES:
        lupdate([ts_file(language)], language)
    print(status())


def release(target_dir: Path = TRANSLATIONS, languages: Iterable[str] = LANGUAGES) -> list[Path]:
    """Compile the .ts files of ``languages`` into ``target_dir``; returns the .qm files."""
    made = []
    for language in languages:
        source = ts_file(language)
        if not source.exists():
            continue
        target = target_dir / f"nnstudio_{language}.qm"
        command = [qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]
        subprocess.run(command, check=True)
        made.append(target)
    return made


def status() -> str:
    lines = []
    for language in LANGUAGES:
        path = ts_file(language)
        if not path.exists():
            lines.append(f"{language}: no .ts file")
            continue
        messages = ET.parse(path).getroot().iter("message")
        total = done = 0
        for message in messages:
            total += 1
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                done += 1
        lines.append(f"{language}: {done} of {total} translated")
    return "\n".join(lines)


def todo(language: str) -> list[dict[str, object]]:
    """The sentences of ``language`` still to translate, as plain records (for a translator
    working outside Qt Linguist): context, source, comment, plural, and an id."""
    records: list[dict[str, object]] = []
    root = ET.parse(ts_file(language)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                continue
            records.append(
                {
                    "id": len(records),
                    "context": context.findtext("name") or "",
                    "source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "",
                    "plural": message.get("numerus") == "yes",
                }
            )
    return records


def fill(language: str, done: dict[tuple[str, str, str], str | list[str]]) -> int:
    """Write translations into ``language``'s .ts file: (context, source, comment) → the
    translation (a list of forms for a plural). Returns how many were filled."""
    path = ts_file(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in done:
                continue
            value = done[key]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in value if isinstance(value, list) else [value, value]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            filled += 1
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    path.write_text(header + text + "\n", encoding="utf-8")
    return filled


def candidates(path: Path) -> list[tuple[int, str]]:
    """String literals in ``path`` that look like words for people and are not marked."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                skip.add(id(value))  # a docstring
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in MARKED_CALLS or name in NOT_FOR_PEOPLE:
                for inner in ast.walk(node):
                    skip.add(id(inner))
        if isinstance(node, ast.Subscript | ast.Compare):
            for inner in ast.walk(node.slice if isinstance(node, ast.Subscript) else node):
                skip.add(id(inner))
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        text = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{…}" for v in node.values)
            for inner in ast.walk(node):
                skip.add(id(inner))
        if text and _looks_like_words(text):
            found.append((node.lineno, text))
    return sorted(found)


def _looks_like_words(text: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    if letters < 3 or (text.isidentifier() and text.islower()):
        return False
    return " " in text.strip() or text[:1].isupper()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("release")
    sub.add_parser("status")
    out = sub.add_parser("todo", help="write the sentences still to translate as JSON")
    out.add_argument("language")
    out.add_argument("json", type=Path)
    back = sub.add_parser("fill", help="write translations from JSON into the .ts file")
    back.add_argument("language")
    back.add_argument("json", type=Path, nargs="+")
    cand = sub.add_parser("candidates")
    cand.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        for path in release():
            print(f"wrote {path.relative_to(ROOT)}")
    elif args.command == "status":
        print(status())
    elif args.command == "todo":
        records = todo(args.language)
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(records)} sentences to translate written to {args.json}")
    elif args.command == "fill":
        done: dict[tuple[str, str, str], str | list[str]] = {}
        for path in args.json:
            for record in json.loads(path.read_text(encoding="utf-8")):
                key = (record["context"], record["source"], record.get("comment", ""))
                done[key] = record["translation"]
        print(f"{fill(args.language, done)} translations written to {ts_file(args.language)}")
    else:
        for path in args.files:
            for line, text in candidates(path):
                print(f"{path}:{line}: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
