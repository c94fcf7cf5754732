"""Errors meant for people: each carries one clear sentence to show instead of a traceback."""

from __future__ import annotations

from collections.abc import Sequence

from nnstudio.core.i18n import Context

Errors = Context("Errors")


class NNStudioError(Exception):
    """An error whose message is written for the student and can be shown as it is."""


class ProjectFileError(NNStudioError):
    """A project file could not be read or written."""


class DataError(NNStudioError):
    """A dataset could not be loaded."""


class InvalidProjectError(NNStudioError):
    """The network has problems that stop it from being built or trained."""

    def __init__(self, problems: Sequence[object]) -> None:
        self.problems = list(problems)
        lines = [str(p) for p in problems]
        listed = "\n".join(f"  - {x}" for x in lines)
        super().__init__(Errors.tr("The network has problems:\n{problems}").format(problems=listed))
