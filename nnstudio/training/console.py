"""A terminal listener for the engine: a progress bar per epoch and one line per epoch."""

from __future__ import annotations

import sys
from typing import TextIO

from nnstudio.core.i18n import Context
from nnstudio.training.events import Event, RunFinished, RunStarted, Update

TrainingConsole = Context("TrainingConsole")

_BAR = 24


def _fmt_logs(logs: dict[str, float], prefix: str = "") -> str:
    return "  ".join(f"{prefix}{k} {v:.4f}" for k, v in logs.items())


def _fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "--"
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds}s"


class ConsoleReporter:
    """Prints what the engine reports. ``stream`` may be None (a windowed build has no
    console), in which case it prints nothing. Why a run failed is left to the caller (the
    command line says it on stderr), so that it is said once."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stdout
        self.bar = bool(self.stream is not None and getattr(self.stream, "isatty", lambda: False)())
        self.epochs = 0
        self._bar_shown = False

    def _write(self, text: str) -> None:
        if self.stream is None:
            return
        self.stream.write(text)
        self.stream.flush()

    def _clear_bar(self) -> None:
        if self._bar_shown:
            self._write("\r" + " " * 100 + "\r")
            self._bar_shown = False

    def __call__(self, event: Event) -> None:
        if isinstance(event, RunStarted):
            self.epochs = event.epochs
            if event.validation_examples:
                started = TrainingConsole.tr(
                    "Training on {train} examples, {validation} to validate, testing on {test}; "
                    "{epochs} of {batches} of {batch_size}."
                )
            else:
                started = TrainingConsole.tr(
                    "Training on {train} examples, testing on {test}; {epochs} of {batches} of "
                    "{batch_size}."
                )
            started = started.format(
                train=event.train_examples,
                validation=event.validation_examples,
                test=event.test_examples,
                epochs=TrainingConsole.tr("%n epoch(s)", "", event.epochs),
                batches=TrainingConsole.tr("%n batch(es)", "", event.steps_per_epoch),
                batch_size=event.batch_size,
            )
            data = TrainingConsole.tr("Data: {source}").format(source=event.data_source)
            self._write(f"{started}\n{data}\n")
        elif isinstance(event, Update):
            width = len(str(self.epochs))
            for e in event.epochs:
                self._clear_bar()
                val = f"  {_fmt_logs(e.validation, 'val_')}" if e.validation else ""
                epoch = _epoch_of(f"{e.epoch + 1:>{width}}", self.epochs)
                self._write(f"{epoch}  {e.seconds:6.2f}s  {_fmt_logs(e.logs)}{val}\n")
            p = event.progress
            if self.bar and event.points and p.batch < p.steps_per_epoch:
                done = int(_BAR * p.batch / max(p.steps_per_epoch, 1))
                last = event.points[-1].logs
                eta = TrainingConsole.tr("ETA {time}", "estimated time left").format(
                    time=_fmt_time(p.eta)
                )
                text = (
                    f"\r{_epoch_of(str(p.epoch + 1), p.epochs)} "
                    f"[{'#' * done}{'.' * (_BAR - done)}] "
                    f"{p.batch}/{p.steps_per_epoch}  {_fmt_logs(last)}  {eta}"
                )
                self._write(text[:100])
                self._bar_shown = True
        elif isinstance(event, RunFinished):
            self._clear_bar()
            if event.reason != "error":  # the caller says why it failed, once, on stderr
                self._write(event.message + "\n")
            if event.test:
                test = TrainingConsole.tr("Test: {results}").format(results=_fmt_logs(event.test))
                self._write(test + "\n")


def _epoch_of(epoch: str, epochs: int) -> str:
    """The words for epoch ``epoch`` of ``epochs``, "Epoch 3/10" (``epoch`` is the number as it
    is to be shown, aligned)."""
    return TrainingConsole.tr("Epoch {epoch}/{epochs}").format(epoch=epoch, epochs=epochs)
