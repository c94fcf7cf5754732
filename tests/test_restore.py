"""Bringing back a trained network saved with its project."""

from __future__ import annotations

from pathlib import Path

import pytest

from nnstudio.core.errors import NNStudioError
from nnstudio.core.spec import RunRecord
from nnstudio.core.templates import from_template
from nnstudio.training.engine import Engine
from nnstudio.training.restore import restore, saved_model_path


def _trained_xor(tmp_path: Path) -> Path:
    result = Engine(from_template("xor"), lambda event: None).run()
    path = tmp_path / "xor.keras"
    result.model.save(path)
    return path


def test_the_saved_network_comes_back_with_its_test_answers(tmp_path: Path) -> None:
    path = _trained_xor(tmp_path)
    project = from_template("xor")
    assert saved_model_path(project, tmp_path) is None  # no run recorded yet
    project.add_run(RunRecord(model_file="xor.keras", test={"loss": 0.1}))
    assert saved_model_path(project, tmp_path) == path
    restored = restore(project, tmp_path, path)
    assert restored.evaluation is not None and restored.evaluation.accuracy == 1.0
    assert restored.input_shape == (2,) and restored.test == {"loss": 0.1}


def test_a_network_for_other_data_or_a_broken_file_is_refused_in_words(tmp_path: Path) -> None:
    path = _trained_xor(tmp_path)
    other = from_template("layers-8-6-6-4")
    with pytest.raises(NNStudioError, match=r"takes inputs of shape \(2,\).*shape \(8,\)"):
        restore(other, tmp_path, path)
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(NNStudioError, match=r"broken\.keras is damaged: .* not a zip"):
        restore(from_template("xor"), tmp_path, broken)
