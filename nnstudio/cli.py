"""The ``nnstudio`` command.

Exit codes: 0 success, 1 the project has problems, 2 the input could not be read (or the
command line was wrong), 3 something unexpected (details in the log file).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from nnstudio import __version__
from nnstudio.core import catalog
from nnstudio.core.errors import InvalidProjectError, NNStudioError
from nnstudio.core.spec import Project
from nnstudio.core.templates import TEMPLATES, from_template

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE, EXIT_UNEXPECTED = 0, 1, 2, 3

log = logging.getLogger("nnstudio.cli")


class _Parser(argparse.ArgumentParser):
    # argparse declares error() as never returning; this one never returns either (exit()),
    # but says so with the project's exit code, which the stubs cannot see.
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNREADABLE, f"nnstudio: {message}\n")


def _add_source(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("file", nargs="?", help="a project file (.nnproj)")
    group.add_argument("--template", "-t", choices=list(TEMPLATES), help="a built-in template")


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
    if out.suffix != project_file.SUFFIX:
        out = out.with_name(out.name + project_file.SUFFIX)
    if out.exists() and not args.force:
        print(f"nnstudio: {out} already exists; add --force to replace it.", file=sys.stderr)
        return EXIT_UNREADABLE
    project_file.save(from_template(args.template), out)
    print(f"Wrote {out} from the template {args.template}.")
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
        f"Project: {project.name}"
        + (f"  (template {project.template})" if project.template else "")
    ]
    data_info = None
    data_error = ""
    try:
        data_info = describe(project.data, base_dir)
        lines.append("Data: " + _data_description(project, base_dir))
    except NNStudioError as exc:
        data_error = str(exc)
        lines.append(f"Data: {exc}")
    report = validate(project, data_info, data_error)

    rows = [("Layer (type)", "Output shape", "Param #")]
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
    unknown = "" if report.complete else " so far (some shapes are unknown)"
    lines.append(
        f"Total params: {total:,}{unknown}  (trainable: {trainable:,}, "
        f"non-trainable: {total - trainable:,})"
    )
    settings = project.compile
    opt = catalog.OPTIMIZERS.get(settings.optimizer)
    lr = settings.optimizer_params.get("learning_rate")
    lines.append(
        f"Loss: {catalog.choice_label(catalog.LOSSES, settings.loss)}; optimizer: "
        f"{opt.label if opt else settings.optimizer} (learning rate {lr}); metrics: "
        f"{', '.join(settings.metrics) or 'none'}"
    )
    t = project.train
    lines.append(f"Training: {t.epochs} epochs, batches of {t.batch_size}, seed {t.seed}")
    if report.problems:
        n = len(report.errors)
        lines.append("")
        lines.append(
            f"{n} problem{'s' if n != 1 else ''}"
            + (
                f" and {len(report.warnings)} warning{'s' if len(report.warnings) != 1 else ''}:"
                if report.warnings
                else ":"
            )
        )
        for p in report.problems:
            lines.append(f"  - {'warning: ' if p.severity == 'warning' else ''}{p.message}")
    else:
        lines.append("No problems found.")
    return "\n".join(lines), report.ok


def cmd_check(args: argparse.Namespace) -> int:
    project, base = _load(args)
    text, ok = summary_table(project, base)
    print(text)
    return EXIT_OK if ok else EXIT_INVALID


def cmd_export(args: argparse.Namespace) -> int:
    from nnstudio import export
    from nnstudio.data import resolve_data_path

    project, base = _load(args)
    out = Path(args.output)
    fmt = args.format or export.format_for(out)
    data_path = resolve_data_path(project.data, base)
    export.export(project, out, fmt=fmt, data_path=data_path)
    print(f"Wrote {out} ({'Jupyter notebook' if fmt == 'notebook' else 'Python script'}).")
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    import signal
    import threading

    from nnstudio.training.console import ConsoleReporter
    from nnstudio.training.engine import Engine

    project, base = _load(args)
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
            "\nStopping after this batch (press Ctrl+C again to quit at once)...", file=sys.stderr
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
    if args.save and result.model is not None:
        if result.reason == "nan":
            print(f"Not saving {args.save}: the weights are no longer numbers.", file=sys.stderr)
        else:
            save = Path(args.save)
            if save.suffix != ".keras":
                save = save.with_name(save.name + ".keras")
            result.model.save(save)
            print(f"Saved the trained model to {save}.")
    return EXIT_INVALID if result.reason == "nan" else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nnstudio",
        description="Learn neural networks by building them.",
        epilog="Run 'nnstudio COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"nnstudio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("gui", help="open the window (what 'nnstudio' alone does)")
    p.add_argument("file", nargs="?", help="a project file to open")
    p.add_argument("--quit-after", type=float, help=argparse.SUPPRESS)
    # The installers' test of a built bundle: train through the window and report (smoke.py).
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("templates", help="list the built-in networks")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("new", help="write a new project file from a template")
    p.add_argument("--template", "-t", choices=list(TEMPLATES), default="mnist-128")
    p.add_argument("--output", "-o", required=True, help="the project file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("check", help="show the layers, their shapes and parameters, and problems")
    _add_source(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", help="write runnable Keras code (a script or a notebook)")
    _add_source(p)
    p.add_argument("--output", "-o", required=True, help="the .py or .ipynb file to write")
    p.add_argument("--format", choices=["script", "notebook"], help="default: by extension")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("train", help="train a network in the terminal")
    _add_source(p)
    p.add_argument("--epochs", type=_positive, help="override the project's epochs")
    p.add_argument("--batch-size", type=_positive, help="override the project's batch size")
    p.add_argument("--seed", type=_natural, help="override the project's random seed")
    p.add_argument("--train-limit", type=_natural, help="use only this many training examples")
    p.add_argument("--test-limit", type=_natural, help="use only this many test examples")
    p.add_argument("--save", metavar="MODEL.keras", help="save the trained model here")
    p.set_defaults(func=cmd_train)
    return parser


def _whole(text: str, minimum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of at least {minimum}, received {text!r}"
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
            "nnstudio: there is no screen to open the window on (DISPLAY is not set); "
            "the command line works without one.\n",
            file=sys.stderr,
        )
        return EXIT_INVALID if getattr(args, "smoke_test", False) else _welcome()
    if getattr(args, "smoke_test", False):
        from nnstudio.ui.smoke import run_smoke_test

        return run_smoke_test(Path(args.file) if args.file else None)
    return run_app(Path(args.file) if args.file else None, quit_after=args.quit_after)


def _welcome() -> int:
    print(f"nnstudio {__version__}: learn neural networks by building them.\n")
    print("Built-in networks:")
    cmd_templates(argparse.Namespace())
    print("\nTry:  nnstudio check --template mnist-128")
    print("      nnstudio export --template xor -o xor.py && python xor.py")
    print("Run 'nnstudio --help' for every command.")
    return EXIT_OK


def run(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a wrong argument (already explained)
        return exc.code if isinstance(exc.code, int) else EXIT_UNREADABLE
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
    except KeyboardInterrupt:
        print("nnstudio: stopped.", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    from nnstudio.userdirs import setup_logging

    # TensorFlow's start-up chatter (CPU features, oneDNN) means nothing to a student.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    log_path = setup_logging()
    try:
        return run(argv)
    except Exception:
        log.exception("unexpected error in the command line")
        where = f" The details are in {log_path}." if log_path else ""
        print(
            "nnstudio: something unexpected went wrong; this is a bug in nnstudio, not "
            f"something you did.{where}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
