"""The ``nnstudio`` command.

Exit codes: 0 success, 1 the project has problems, 2 a file could not be read or written
(or the command line was wrong), 3 something unexpected (details in the log file).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from nnstudio import __version__
from nnstudio.core import catalog, i18n
from nnstudio.core.errors import InvalidProjectError, NNStudioError
from nnstudio.core.i18n import QT_TRANSLATE_NOOP, Context
from nnstudio.core.paths import os_error_sentence
from nnstudio.core.spec import Project
from nnstudio.core.templates import TEMPLATES, from_template

if TYPE_CHECKING:
    from nnstudio.export.importer import Imported

CommandLine = Context("CommandLine")

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE, EXIT_UNEXPECTED = 0, 1, 2, 3
#: What ``--language`` takes besides a language's code: follow the computer's language.
SYSTEM_LANGUAGE = "system"

log = logging.getLogger("nnstudio.cli")


class _Parser(argparse.ArgumentParser):
    #: The sub-commands' names (set by build_parser).
    commands: tuple[str, ...] = ()

    # argparse declares error() as never returning; this one never returns either (exit()),
    # but says so with the project's exit code, which the stubs cannot see.
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNREADABLE, f"nnstudio: {message}\n")


def _add_source(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("file", nargs="?", help=CommandLine.tr("a project file (.nnproj)"))
    group.add_argument(
        "--template", "-t", choices=list(TEMPLATES), help=CommandLine.tr("a built-in template")
    )


def _load(args: argparse.Namespace) -> tuple[Project, Path | None]:
    from nnstudio.core import project_file

    if args.template:
        return from_template(args.template), None
    path = Path(args.file)
    return project_file.load(path), path.resolve().parent


def cmd_templates(args: argparse.Namespace) -> int:
    width = max(len(name) for name in TEMPLATES)
    for name, template in TEMPLATES.items():
        print(f"{name:<{width}}  {template.summary}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from nnstudio.core import project_file

    out = Path(args.output)
    if not out.name or args.output.endswith(("/", os.sep)):
        print(
            CommandLine.tr(
                "nnstudio: -o expected the name of the project file to write, such as "
                "xor{suffix}; received {output!r}, which names no file."
            ).format(suffix=project_file.SUFFIX, output=args.output),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    if not out.suffix:  # as the window's Save as does
        out = out.with_name(out.name + project_file.SUFFIX)
    elif out.suffix != project_file.SUFFIX:
        # Writing another name than the one given surprises; writing xor.json makes a project
        # that the window's Open dialog does not list and a double-click does not open.
        print(
            CommandLine.tr(
                "nnstudio: -o expected a name ending in {suffix} (so that the window lists and "
                "opens the project); received {name}, which ends in {ending}. Try: -o {better}"
            ).format(
                suffix=project_file.SUFFIX,
                name=out.name,
                ending=out.suffix,
                better=out.with_suffix(project_file.SUFFIX),
            ),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    if out.exists() and not args.force:
        print(
            CommandLine.tr(
                "nnstudio: -o expected a name not taken yet, so that nothing is overwritten by "
                "accident; received {path}, which already exists. Add --force to replace it."
            ).format(path=out),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    project_file.save(from_template(args.template), out)
    print(
        CommandLine.tr("Wrote {path} from the template {template}.").format(
            path=out, template=args.template
        )
    )
    return EXIT_OK


def _data_description(project: Project, base_dir: Path | None) -> str:
    from nnstudio.data import describe_source

    return describe_source(project.data, base_dir)


def summary_table(project: Project, base_dir: Path | None = None) -> tuple[str, bool]:
    """A ``model.summary()``-like table, the data and every problem; and whether it is valid."""
    from nnstudio.core.keras_args import layer_names
    from nnstudio.core.shapes import fmt_shape
    from nnstudio.core.validate import validate
    from nnstudio.data import describe

    lines = [
        CommandLine.tr("Project: {name}  (template {template})").format(
            name=project.name, template=project.template
        )
        if project.template
        else CommandLine.tr("Project: {name}").format(name=project.name)
    ]
    data_info = None
    data_error = ""
    try:
        data_info = describe(project.data, base_dir)
        description = _data_description(project, base_dir)
    except NNStudioError as exc:
        data_error = description = str(exc)
    lines.append(CommandLine.tr("Data: {description}").format(description=description))
    report = validate(project, data_info, data_error)

    rows = [
        (
            CommandLine.tr("Layer (type)"),
            CommandLine.tr("Output shape"),
            CommandLine.tr("Param #"),
        )
    ]
    for layer, name, shape in zip(
        project.layers, layer_names(project.layers), report.shapes, strict=True
    ):
        out = "?" if shape is None else fmt_shape(shape.output_shape, batch=True)
        params = "?" if shape is None else f"{shape.params:,}"
        rows.append((f"{name} ({layer.kind})", out, params))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    rule = "-" * (sum(widths) + 4)
    lines.append(rule)
    for i, (a, b, c) in enumerate(rows):
        lines.append(f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}")
        if i == 0:
            lines.append(rule)
    lines.append(rule)
    total, trainable = report.total_params, report.trainable_params
    if report.complete:
        params = CommandLine.tr(
            "Total params: {total:,}  (trainable: {trainable:,}, non-trainable: {frozen:,})"
        )
    else:
        params = CommandLine.tr(
            "Total params: {total:,} so far (some shapes are unknown)  (trainable: "
            "{trainable:,}, non-trainable: {frozen:,})"
        )
    lines.append(params.format(total=total, trainable=trainable, frozen=total - trainable))
    settings = project.compile
    opt = catalog.OPTIMIZERS.get(settings.optimizer)
    lr = settings.optimizer_params.get("learning_rate")
    lines.append(
        CommandLine.tr(
            "Loss: {loss}; optimizer: {optimizer} (learning rate {learning_rate}); "
            "metrics: {metrics}"
        ).format(
            loss=catalog.choice_label(catalog.LOSSES, settings.loss),
            optimizer=opt.label if opt else settings.optimizer,
            learning_rate=lr,
            metrics=", ".join(settings.metrics) or CommandLine.tr("none", "no metrics"),
        )
    )
    t = project.train
    lines.append(
        CommandLine.tr("Training: {epochs}, batches of {batch_size}, seed {seed}").format(
            epochs=CommandLine.tr("%n epoch(s)", "", t.epochs),
            batch_size=t.batch_size,
            seed=t.seed,
        )
    )
    if report.problems:
        problems = CommandLine.tr("%n problem(s)", "", len(report.errors))
        lines.append("")
        if report.warnings:
            lines.append(
                CommandLine.tr("{problems} and {warnings}:").format(
                    problems=problems,
                    warnings=CommandLine.tr("%n warning(s)", "", len(report.warnings)),
                )
            )
        else:
            lines.append(CommandLine.tr("{problems}:").format(problems=problems))
        for p in report.problems:
            if p.severity == "warning":
                lines.append(
                    "  - " + CommandLine.tr("warning: {message}").format(message=p.message)
                )
            else:
                lines.append(f"  - {p.message}")
    else:
        lines.append(CommandLine.tr("No problems found."))
    if report.ok:
        from nnstudio.core.advice import advise

        advice = advise(project, data_info, report)
        if advice:
            lines.append("")
            lines.append(
                CommandLine.tr(
                    "Advice ({count}): it will train, but perhaps not as you hope:"
                ).format(count=len(advice))
            )
            for piece in advice:
                lines.append(f"  - {piece.message}")
                lines.append("    " + CommandLine.tr("Why: {why}").format(why=piece.why))
                lines.append(
                    "    " + CommandLine.tr("Try: {try_this}").format(try_this=piece.try_this)
                )
    return "\n".join(lines), report.ok


def cmd_check(args: argparse.Namespace) -> int:
    project, base = _load(args)
    text, ok = summary_table(project, base)
    print(text)
    if getattr(args, "analyze", False):
        _analyze(project, base, ok)
    return EXIT_OK if ok else EXIT_INVALID


def _analyze(project: Project, base: Path | None, ok: bool) -> None:
    """Memory per layer, and the time of an epoch measured by a short run here."""
    from nnstudio.core.analysis import analyze, table_lines
    from nnstudio.core.validate import validate
    from nnstudio.data import describe

    try:
        report = validate(project, describe(project.data, base))
    except NNStudioError:
        report = validate(project, None)
    analysis = analyze(project, report)
    print("")
    print(CommandLine.tr("Analysis:"))
    timing = None
    if ok:
        from nnstudio.training.probe import measure

        print(
            CommandLine.tr("(measuring on this computer: a short run of a few seconds…)"),
            flush=True,
        )
        try:
            timing = measure(project, base)
        except NNStudioError as exc:
            print(CommandLine.tr("Could not measure the time: {problem}").format(problem=exc))
    else:
        print(CommandLine.tr("(the time is measured once the network has no problems)"))
    print("\n".join(table_lines(analysis, timing)))


def cmd_export(args: argparse.Namespace) -> int:
    from nnstudio import export
    from nnstudio.data import resolve_data_path

    project, base = _load(args)
    if args.folder:
        return _export_folder(project, base, Path(args.folder), verify=args.verify)
    if args.verify:
        raise NNStudioError(
            CommandLine.tr(
                "--verify runs an exported folder: expected --folder DIR with it (the script "
                "alone reads its data from where it is on this computer)."
            )
        )
    if not args.output:
        raise NNStudioError(
            CommandLine.tr(
                "Expected where to write: -o FILE.py (a script), -o FILE.ipynb (a notebook), "
                "or --folder DIR (both, with the data and requirements, ready to copy)."
            )
        )
    out = Path(args.output)
    fmt = args.format or export.format_for(out)
    data_path = resolve_data_path(project.data, base)
    export.export(project, out, fmt=fmt, data_path=data_path)
    if fmt == "notebook":
        print(CommandLine.tr("Wrote {path} (Jupyter notebook).").format(path=out))
    else:
        print(CommandLine.tr("Wrote {path} (Python script).").format(path=out))
    return EXIT_OK


def _export_folder(project: Project, base: Path | None, folder: Path, verify: bool) -> int:
    from nnstudio.export.folder import export_folder
    from nnstudio.export.verify import verify_folder

    written = export_folder(project, folder, base)
    print(CommandLine.tr("Wrote {folder}:").format(folder=folder))
    for path in written.files:
        size = _size_text(path)
        print(f"  {path.name}{'/' if path.is_dir() else ''}  {size}")
    if not verify:
        return EXIT_OK
    print(CommandLine.tr("Verifying: running the script offline for one short epoch…"), flush=True)
    verdict = verify_folder(folder)
    if not verdict.ok:
        print(verdict.output.rstrip(), file=sys.stderr)
        print(f"nnstudio: {verdict.sentence}", file=sys.stderr)
        return EXIT_INVALID
    print(verdict.sentence)
    return EXIT_OK


def _size_text(path: Path) -> str:
    size = (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        if path.is_dir()
        else path.stat().st_size
    )
    if size >= 1e6:
        return f"{size / 1e6:.1f} MB"
    if size >= 1e3:
        return f"{size / 1e3:.0f} kB"
    return CommandLine.tr("%n bytes", "", size)


def cmd_import(args: argparse.Namespace) -> int:
    from nnstudio.core import project_file
    from nnstudio.export.importer import ImportError_, import_file

    out = Path(args.output)
    if out.suffix != project_file.SUFFIX:
        raise NNStudioError(
            CommandLine.tr(
                "-o expected a project file name ending in {suffix}. Received: {output!r}."
            ).format(suffix=project_file.SUFFIX, output=args.output)
        )
    if out.exists() and not args.force:
        raise NNStudioError(
            CommandLine.tr("{path} already exists: add --force to replace it.").format(path=out)
        )
    try:
        imported = import_file(args.file)
    except ImportError_ as exc:
        problems = CommandLine.tr("%n problem(s)", "", len(exc.problems))
        print(
            CommandLine.tr("nnstudio: nothing imported; {problems}:").format(problems=problems),
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_UNREADABLE
    if imported.weights is not None:
        _keep_weights(imported, out)
    project_file.save(imported.project, out)
    print(
        CommandLine.tr("Wrote {path}: {name}, {layers}.").format(
            path=out,
            name=imported.project.name,
            layers=CommandLine.tr("%n layer(s)", "", len(imported.project.layers)),
        )
    )
    for note in imported.notes:
        print(CommandLine.tr("Note: {note}").format(note=note))
    return EXIT_OK


def _keep_weights(imported: Imported, out: Path) -> None:
    """A .keras file with trained weights goes beside the project as its last run's network,
    so the window shows its results and answers drawn digits without training."""
    import shutil
    from datetime import datetime

    from nnstudio.core.compare import settings_of
    from nnstudio.core.spec import RunRecord

    weights, project = imported.weights, imported.project
    assert weights is not None
    target = out.with_suffix(".keras")
    if target.resolve() != weights.resolve():
        shutil.copyfile(weights, target)
    project.add_run(
        RunRecord(
            finished=datetime.now().isoformat(timespec="seconds"),
            message=CommandLine.tr("Imported with its trained weights from {file}.").format(
                file=weights.name
            ),
            model_file=target.name,
            settings=settings_of(project),
        )
    )
    imported.notes.append(
        CommandLine.tr(
            "Its trained weights are kept beside the project ({file}): opening it in the "
            "window shows its results and answers drawn digits without training."
        ).format(file=target.name)
    )


def cmd_run_exported(args: argparse.Namespace) -> int:
    from nnstudio.export.verify import run

    return run(Path(args.script))


def cmd_train(args: argparse.Namespace) -> int:
    import signal
    import threading

    from nnstudio.training.console import ConsoleReporter
    from nnstudio.training.engine import Engine

    project, base = _load(args)
    if args.record and args.template:
        raise NNStudioError(
            CommandLine.tr(
                "--record keeps the run in a project file: expected a project file, found a "
                "template (write one first with 'nnstudio new')."
            )
        )
    save_to = _writable_model_path(args.save) if args.save else None
    for option, attr in (("epochs", "epochs"), ("batch_size", "batch_size"), ("seed", "seed")):
        value = getattr(args, option)
        if value is not None:
            setattr(project.train, attr, value)
    for option in ("train_limit", "test_limit"):
        value = getattr(args, option)
        if value is not None:
            setattr(project.data, option, value)
    from nnstudio.core.validate import validate
    from nnstudio.data import describe

    report = validate(project, describe(project.data, base))
    if not report.ok:
        raise InvalidProjectError(report.errors)

    stop = threading.Event()

    def on_interrupt(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print(
            "\n"
            + CommandLine.tr("Stopping after this batch (press Ctrl+C again to quit at once)..."),
            file=sys.stderr,
        )

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        result = Engine(project, ConsoleReporter(), stop=stop, base_dir=base).run()
    finally:
        signal.signal(signal.SIGINT, previous)
    if result.reason == "error":
        log.error("training failed: %s\n%s", result.message, result.details)
        print(f"nnstudio: {result.message}", file=sys.stderr)
        return EXIT_UNEXPECTED if result.unexpected else EXIT_UNREADABLE
    if args.record and result.epochs_done > 0:
        _record_run(args, project, result)
    if save_to is not None and result.model is not None:
        if result.reason == "nan":
            print(
                CommandLine.tr("Not saving {path}: the weights are no longer numbers.").format(
                    path=save_to
                ),
                file=sys.stderr,
            )
        else:
            return _save_trained(result.model, save_to)
    return EXIT_INVALID if result.reason == "nan" else EXIT_OK


def _record_run(args: argparse.Namespace, trained: Project, result: object) -> None:
    """Keep the finished run in the project file, as the window does: the file as it is on
    disk gets the run (its settings are the ones it trained with, overrides included)."""
    from datetime import datetime

    from nnstudio.core import project_file
    from nnstudio.core.compare import settings_of
    from nnstudio.core.spec import RunRecord

    path = Path(args.file)
    project = project_file.load(path)
    record = RunRecord(
        finished=datetime.now().isoformat(timespec="seconds"),
        reason=result.reason,  # type: ignore[attr-defined]
        message=result.message,  # type: ignore[attr-defined]
        epochs_done=result.epochs_done,  # type: ignore[attr-defined]
        train_seconds=round(result.train_seconds, 3),  # type: ignore[attr-defined]
        test=dict(result.test),  # type: ignore[attr-defined]
        history={k: list(v) for k, v in result.history.items()},  # type: ignore[attr-defined]
        settings=settings_of(trained),
    )
    project.add_run(record)
    if project.lesson is not None:
        from nnstudio import lessons
        from nnstudio.lessons.session import LessonSession

        lesson = lessons.for_project(project)
        if lesson is not None:
            LessonSession(lesson, project).run_finished()
    project_file.save(project, path)
    if record.settings != settings_of(project):
        kept = CommandLine.tr(
            "Kept the run in {file} (with the options given here, so it is not a run of the "
            "file's own settings)."
        )
    else:
        kept = CommandLine.tr("Kept the run in {file}.")
    print(kept.format(file=path.name))


def _writable_model_path(text: str) -> Path:
    """Where ``train --save`` will write, checked before training so that a wrong place costs
    nothing; raises :class:`NNStudioError` saying what is wrong with it."""
    import tempfile

    from nnstudio.training.model_file import SUFFIX

    path = Path(text)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    folder = path.parent
    if path.is_dir():
        raise NNStudioError(
            CommandLine.tr(
                "Cannot save the trained network as {path}: that is a folder. Expected a file "
                "name such as {example}."
            ).format(path=path, example=path / ("model" + SUFFIX))
        )
    if not folder.is_dir():
        raise NNStudioError(
            CommandLine.tr(
                "Cannot save the trained network as {path}: there is no folder {folder}. "
                "Create it first, or choose another place."
            ).format(path=path, folder=folder)
        )
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise NNStudioError(
            CommandLine.tr(
                "Cannot save the trained network as {path}: the folder {folder} cannot be "
                "written to ({error}). Choose another place."
            ).format(path=path, folder=folder, error=exc.strerror)
        ) from None
    os.close(fd)
    os.unlink(probe)
    return path


def _save_trained(model: object, path: Path) -> int:
    """Save the trained network at ``path``, or, if that fails after all, where it can be
    saved (the user's data folder, then the current one), so that the training is not lost."""
    from nnstudio.training.model_file import save_model
    from nnstudio.userdirs import data_dir

    try:
        save_model(model, path)
    except NNStudioError as exc:
        log.warning("could not save the trained model to %s: %s", path, exc)
        problem = str(exc)
    else:
        print(CommandLine.tr("Saved the trained model to {path}.").format(path=path))
        return EXIT_OK
    for folder in (data_dir, Path.cwd):
        try:
            place = folder()
            place.mkdir(parents=True, exist_ok=True)
            elsewhere = _free_name(place / path.name)
            save_model(model, elsewhere)
        except (NNStudioError, OSError) as exc:
            log.warning("could not save the trained model there either: %s", exc)
            continue
        print(
            CommandLine.tr("nnstudio: {problem} Saved the trained model to {path} instead.").format(
                problem=problem, path=elsewhere
            ),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    print(
        CommandLine.tr("nnstudio: {problem} It could not be saved anywhere else either.").format(
            problem=problem
        ),
        file=sys.stderr,
    )
    return EXIT_UNREADABLE


def _free_name(path: Path) -> Path:
    """``path``, or ``path`` with -2, -3... before its suffix if there is a file there."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def cmd_lesson_list(args: argparse.Namespace) -> int:
    from nnstudio import lessons

    items = lessons.builtin()
    width = max(len(lesson.id) for lesson in items)
    kinds = [
        CommandLine.tr("challenge") if lesson.is_challenge else CommandLine.tr("lesson")
        for lesson in items
    ]
    levels = {
        "beginner": CommandLine.tr("beginner"),
        "intermediate": CommandLine.tr("intermediate"),
        "advanced": CommandLine.tr("advanced"),
    }
    kind_width = max(9, *(len(kind) for kind in kinds))
    level_width = max(12, *(len(level) for level in levels.values()))
    for lesson, kind in zip(items, kinds, strict=True):
        level = levels.get(lesson.level, lesson.level)
        minutes = CommandLine.tr("{minutes:>3} min").format(minutes=lesson.minutes)
        print(
            f"{lesson.id:<{width}}  {kind:<{kind_width}}  {level:<{level_width}}  {minutes}  "
            f"{lesson.title}"
        )
    print(
        "\n"
        + CommandLine.tr(
            "Open one in the window from Learn, or write your own: see docs/lessons.md."
        )
    )
    return EXIT_OK


def cmd_lesson_check(args: argparse.Namespace) -> int:
    from nnstudio.lessons import lesson as lesson_file

    path = Path(args.file)
    try:
        lesson = lesson_file.load(path)
    except lesson_file.LessonError as exc:
        if _unreadable_lesson(exc):
            print(f"nnstudio: {exc.problems[0]}", file=sys.stderr)
            return EXIT_UNREADABLE
        print(
            CommandLine.tr("{file}: {problems}:").format(
                file=path.name, problems=CommandLine.tr("%n problem(s)", "", len(exc.problems))
            ),
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_INVALID
    goals = sum(step.goal is not None for step in lesson.steps)
    predictions = sum(step.predict is not None for step in lesson.steps)
    if lesson.is_challenge:
        sentence = CommandLine.tr(
            "{file}: a challenge with no problems: {title!r}, {steps} steps, {goals} with a "
            "goal, {predictions} prediction(s), about {minutes} minutes."
        )
    else:
        sentence = CommandLine.tr(
            "{file}: a lesson with no problems: {title!r}, {steps} steps, {goals} with a "
            "goal, {predictions} prediction(s), about {minutes} minutes."
        )
    print(
        sentence.format(
            file=path.name,
            title=lesson.title,
            steps=len(lesson.steps),
            goals=goals,
            predictions=predictions,
            minutes=lesson.minutes,
        )
    )
    return EXIT_OK


def _unreadable_lesson(error: Exception) -> bool:
    """Whether a lesson file could not be read as a lesson at all (not there, not text, not
    JSON, not a lesson, a newer schema), rather than having problems in what it says."""
    return bool(getattr(error, "unreadable", False))


def cmd_lesson_grade(args: argparse.Namespace) -> int:
    from nnstudio import lessons
    from nnstudio.core.project_file import write_text_atomic
    from nnstudio.lessons import grade

    lesson = lessons.find(args.lesson)
    table = grade.grade(lesson, args.projects)
    if not table.rows:
        raise NNStudioError(
            CommandLine.tr("No project files to grade: expected .nnproj files in {places}.").format(
                places=", ".join(args.projects)
            )
        )
    print(grade.text_table(table))
    if args.csv:
        write_text_atomic(Path(args.csv), grade.csv_text(table))
        print(CommandLine.tr("Wrote {path}.").format(path=args.csv))
    return EXIT_OK


def build_parser() -> _Parser:
    parser = _Parser(
        prog="nnstudio",
        description=CommandLine.tr("Learn neural networks by building them."),
        epilog=CommandLine.tr(
            "Run 'nnstudio COMMAND --help' for the options of one command, and "
            "'nnstudio FILE.nnproj' to open a project in the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"nnstudio {__version__}",
        help=CommandLine.tr("show program's version number and exit"),
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        type=_language_code,
        help=CommandLine.tr(
            "the language to speak: {codes}, or system for the computer's (default: the one "
            "chosen in the window, else the computer's)"
        ).format(codes=", ".join(i18n.LANGUAGES)),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("gui", help=CommandLine.tr("open the window (what 'nnstudio' alone does)"))
    p.add_argument("file", nargs="?", help=CommandLine.tr("a project file to open"))
    p.add_argument("--quit-after", type=float, help=argparse.SUPPRESS)
    # The installers' test of a built bundle: train through the window and report (smoke.py).
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("templates", help=CommandLine.tr("list the built-in networks"))
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("new", help=CommandLine.tr("write a new project file from a template"))
    p.add_argument("--template", "-t", choices=list(TEMPLATES), default="mnist-128")
    p.add_argument(
        "--output", "-o", required=True, help=CommandLine.tr("the project file to write")
    )
    p.add_argument(
        "--force", action="store_true", help=CommandLine.tr("replace the file if it exists")
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser(
        "check", help=CommandLine.tr("show the layers, their shapes and parameters, and problems")
    )
    _add_source(p)
    p.add_argument(
        "--analyze",
        action="store_true",
        help=CommandLine.tr(
            "also the memory per layer, and the time of an epoch measured by a short run"
        ),
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "export", help=CommandLine.tr("write runnable Keras code (a script or a notebook)")
    )
    _add_source(p)
    p.add_argument("--output", "-o", help=CommandLine.tr("the .py or .ipynb file to write"))
    p.add_argument(
        "--format", choices=["script", "notebook"], help=CommandLine.tr("default: by extension")
    )
    p.add_argument(
        "--folder",
        metavar="DIR",
        help=CommandLine.tr(
            "write a folder instead: script, notebook, data, requirements.txt and a README"
        ),
    )
    p.add_argument(
        "--verify",
        action="store_true",
        help=CommandLine.tr(
            "with --folder: run the script offline for one short epoch to prove it works"
        ),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import",
        help=CommandLine.tr("make a project from a .keras file, a Keras script or a notebook"),
    )
    p.add_argument("file", help=CommandLine.tr("a .keras file, a .py script or a .ipynb notebook"))
    p.add_argument(
        "--output", "-o", required=True, help=CommandLine.tr("the project file to write")
    )
    p.add_argument(
        "--force", action="store_true", help=CommandLine.tr("replace the file if it exists")
    )
    p.set_defaults(func=cmd_import)

    # The verifier's own process (nnstudio.export.verify): not for people to type.
    p = sub.add_parser("run-exported")
    p.add_argument("script")
    p.set_defaults(func=cmd_run_exported)

    p = sub.add_parser("train", help=CommandLine.tr("train a network in the terminal"))
    _add_source(p)
    p.add_argument("--epochs", type=_positive, help=CommandLine.tr("override the project's epochs"))
    p.add_argument(
        "--batch-size", type=_positive, help=CommandLine.tr("override the project's batch size")
    )
    p.add_argument(
        "--seed", type=_natural, help=CommandLine.tr("override the project's random seed")
    )
    p.add_argument(
        "--train-limit", type=_natural, help=CommandLine.tr("use only this many training examples")
    )
    p.add_argument(
        "--test-limit", type=_natural, help=CommandLine.tr("use only this many test examples")
    )
    p.add_argument(
        "--save", metavar="MODEL.keras", help=CommandLine.tr("save the trained model here")
    )
    p.add_argument(
        "--record",
        action="store_true",
        help=CommandLine.tr("keep the finished run in the project file, as the window does"),
    )
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("lesson", help=CommandLine.tr("lessons and challenges: list, check, grade"))
    lesson_sub = p.add_subparsers(dest="lesson_command", metavar="ACTION", parser_class=_Parser)
    lesson_sub.required = True
    q = lesson_sub.add_parser("list", help=CommandLine.tr("the built-in lessons and challenges"))
    q.set_defaults(func=cmd_lesson_list)
    q = lesson_sub.add_parser("check", help=CommandLine.tr("check a lesson file a teacher wrote"))
    q.add_argument("file", help=CommandLine.tr("a lesson file (.nnlesson)"))
    q.set_defaults(func=cmd_lesson_check)
    q = lesson_sub.add_parser(
        "grade", help=CommandLine.tr("grade handed-in projects against a lesson")
    )
    q.add_argument(
        "--lesson",
        "-l",
        required=True,
        help=CommandLine.tr("a lesson file, or a built-in lesson's name"),
    )
    q.add_argument("projects", nargs="+", help=CommandLine.tr("project files, or folders of them"))
    q.add_argument(
        "--csv", metavar="FILE.csv", help=CommandLine.tr("also write the table for a spreadsheet")
    )
    q.set_defaults(func=cmd_lesson_grade)
    parser.commands = tuple(sub.choices)
    return parser


def _whole(text: str, minimum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise argparse.ArgumentTypeError(
            CommandLine.tr(
                "expected a whole number of at least {minimum}, received {text!r}"
            ).format(minimum=minimum, text=text)
        )
    return value


def _positive(text: str) -> int:
    return _whole(text, 1)


def _natural(text: str) -> int:
    return _whole(text, 0)


def cmd_gui(args: argparse.Namespace) -> int:
    from nnstudio.ui.app import display_available, run_app

    if not display_available():
        print(
            CommandLine.tr(
                "nnstudio: there is no screen to open the window on (DISPLAY is not set); "
                "the command line works without one."
            )
            + "\n",
            file=sys.stderr,
        )
        return EXIT_INVALID if getattr(args, "smoke_test", False) else _welcome()
    from nnstudio.ui.system_libraries import missing_for_window

    missing = missing_for_window()
    if missing:  # Qt would end the program with a message naming only one of them
        print(missing, file=sys.stderr)
        return EXIT_UNREADABLE
    if getattr(args, "smoke_test", False):
        from nnstudio.ui.smoke import run_smoke_test

        return run_smoke_test(Path(args.file) if args.file else None)
    return run_app(Path(args.file) if args.file else None, quit_after=args.quit_after)


def _welcome() -> int:
    print(
        CommandLine.tr("nnstudio {version}: learn neural networks by building them.").format(
            version=__version__
        )
        + "\n"
    )
    print(CommandLine.tr("Built-in networks:"))
    cmd_templates(argparse.Namespace())
    # "Try:" and the commands are aligned: the second command goes under the first.
    try_it = CommandLine.tr("Try:")
    print(f"\n{try_it}  nnstudio check --template mnist-128")
    print(" " * len(try_it) + "  nnstudio export --template xor -o xor.py && python xor.py")
    print(CommandLine.tr("Run 'nnstudio --help' for every command."))
    return EXIT_OK


# --- the language ------------------------------------------------------------------------------


def _language_code(text: str) -> str:
    """``--language``'s value: a language's code, or "system"."""
    code = text.strip().lower()
    if code in i18n.LANGUAGES or code == SYSTEM_LANGUAGE:
        return code
    codes = ", ".join(f"{key} ({name})" for key, name in i18n.LANGUAGES.items())
    raise argparse.ArgumentTypeError(
        CommandLine.tr("expected one of {codes}, or {system}; received {text!r}").format(
            codes=codes, system=SYSTEM_LANGUAGE, text=text
        )
    )


def _language_option(word: str) -> bool:
    """Whether ``word`` is ``--language`` (or a short form argparse takes for it, "--lang"),
    with its value after "=" or not."""
    name = word.partition("=")[0]
    return len(name) >= len("--la") and "--language".startswith(name)


def _language_asked(argv: Sequence[str]) -> str | None:
    """The language ``--language`` asks for, read before the parser is built (its help is
    written in that language); None when none is asked for, or one that is not known (the
    parser then says what it expected)."""
    for i, word in enumerate(argv):
        if word == "--":
            break
        if _language_option(word):
            _, equals, value = word.partition("=")
            if not equals:
                value = argv[i + 1] if i + 1 < len(argv) else ""
            try:
                return _language_code(value)
            except argparse.ArgumentTypeError:
                return None
    return None


def _after_global_options(argv: Sequence[str]) -> int:
    """Where the words after the global options (``--language CODE``) begin in ``argv``."""
    i = 0
    while i < len(argv) and _language_option(argv[i]):
        i += 1 if "=" in argv[i] else 2
    return i


def _speak(asked: str | None) -> str:
    """Speak the language ``--language`` asked for (a code, or "system" for the computer's),
    else the one $NNSTUDIO_LANGUAGE names, else the one chosen in the window, else the
    computer's; returns the language now spoken.

    A language asked for is also put in $NNSTUDIO_LANGUAGE, for the window this command may
    open (which chooses its language itself) and the processes it starts."""
    code = _system_language() if asked == SYSTEM_LANGUAGE else i18n.choose_language(asked)
    spoken = i18n.set_language(code)
    if asked is not None:
        os.environ[i18n.ENV_VAR] = spoken
        if asked != SYSTEM_LANGUAGE and spoken != asked:
            print(
                CommandLine.tr(
                    "nnstudio: expected a translation into {language} ({code}) in this "
                    "installation, found none; speaking {spoken} instead."
                ).format(
                    language=i18n.LANGUAGES[asked],
                    code=asked,
                    spoken=i18n.LANGUAGES.get(spoken, spoken),
                ),
                file=sys.stderr,
            )
    return spoken


def _system_language() -> str:
    """The computer's language, whatever the window remembers: the first of the system's
    languages that nnstudio knows, if it is installed; else English."""
    for name in i18n.system_languages():
        code = i18n.normalize(name)
        if code is not None:
            return code if code in i18n.available_languages() else i18n.SOURCE_LANGUAGE
    return i18n.SOURCE_LANGUAGE


#: argparse's own words that a student meets (Python's, in English only): usage, the
#: headings, the -h help and the refusals of a wrong command line.
ARGPARSE_WORDS = frozenset(
    (
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    )
)


def _argparse_words(text: str) -> str:
    return i18n.translate("Argparse", text) if text in ARGPARSE_WORDS else text


def _tolerant_streams() -> None:
    # A name that cannot be encoded for this terminal (a lone surrogate, an undecodable file
    # name) is shown as an escape such as \udcff rather than stopping the command.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def run(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    # The help texts are written as the parser is built, so the language comes first.
    asked = _language_asked(argv)
    _speak(asked)
    # argparse looks its words up through its module's ``_`` when it uses them.
    argparse._ = _argparse_words  # type: ignore[attr-defined]
    parser = build_parser()
    # 'nnstudio FILE' opens it, as 'nnstudio gui FILE' and a double-click on it do.
    first = _after_global_options(argv)
    if first < len(argv) and _names_a_project(argv[first], parser.commands):
        argv.insert(first, "gui")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a wrong argument (already explained)
        return exc.code if isinstance(exc.code, int) else EXIT_UNREADABLE
    if args.language is not None and args.language != asked:  # spelt in a way not foreseen
        _speak(args.language)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        return cmd_gui(argparse.Namespace(file=None, quit_after=None))
    try:
        return func(args)
    except InvalidProjectError as exc:
        print(f"nnstudio: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except NNStudioError as exc:
        print(f"nnstudio: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except BrokenPipeError:
        # The reader stopped reading ("nnstudio lesson grade … | head"): nothing is wrong.
        # Python's advice: point stdout at nothing, so that flushing it at exit is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file named on the command line that the system will not open
        log.warning("a file could not be used", exc_info=True)
        print(f"nnstudio: {os_error_sentence(exc)}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        print(CommandLine.tr("nnstudio: stopped."), file=sys.stderr)
        return 130


def _names_a_project(first: str, commands: Sequence[str]) -> bool:
    from nnstudio.core.project_file import SUFFIX

    if first in commands or first.startswith("-"):
        return False
    if first.endswith(SUFFIX):
        return True
    try:
        return Path(first).is_file()
    except OSError:  # a name too long to be a file: let the parser say what it expected
        return False


def main(argv: Sequence[str] | None = None) -> int:
    from nnstudio.userdirs import setup_logging

    # TensorFlow's start-up chatter (CPU features, oneDNN) means nothing to a student.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    log_path = setup_logging()
    try:
        return run(argv)
    except Exception:
        log.exception("unexpected error in the command line")
        if log_path:
            sentence = CommandLine.tr(
                "nnstudio: something unexpected went wrong; this is a bug in nnstudio, not "
                "something you did. The details are in {path}."
            ).format(path=log_path)
        else:
            sentence = CommandLine.tr(
                "nnstudio: something unexpected went wrong; this is a bug in nnstudio, not "
                "something you did."
            )
        print(sentence, file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
