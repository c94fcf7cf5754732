"""A trained network's .keras file: saved atomically, and called damaged when it is."""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from nnstudio.core.errors import NNStudioError
from nnstudio.core.templates import from_template
from nnstudio.training.engine import Engine
from nnstudio.training.model_file import check_model_file, save_model
from nnstudio.training.restore import restore


@pytest.fixture(scope="module")
def xor_model() -> Any:
    project = from_template("xor")
    project.train.epochs = 20
    return Engine(project, lambda event: None).run().model


class HalfSaved:
    """A model whose save writes half a file and fails, as a full disk or a crash would."""

    def save(self, path: Path) -> None:
        Path(path).write_bytes(b"PK\x03\x04" + b"\0" * 100)
        raise OSError(28, "No space left on device")


def test_a_save_that_fails_midway_leaves_the_previous_network_whole(
    tmp_path: Path, xor_model: Any
) -> None:
    path = tmp_path / "xor.keras"
    save_model(xor_model, path)
    before = path.read_bytes()
    with pytest.raises(NNStudioError, match=r"Could not save .*xor\.keras: No space left"):
        save_model(HalfSaved(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["xor.keras"]  # no temporary file left
    check_model_file(path)


def test_a_keras_error_while_saving_is_a_sentence_and_leaves_nothing(tmp_path: Path) -> None:
    class Refuses:
        def save(self, path: Path) -> None:
            raise ValueError("Invalid filepath")

    with pytest.raises(NNStudioError, match=r"Could not save .*net\.keras: Invalid filepath"):
        save_model(Refuses(), tmp_path / "net.keras")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_saved_network_loads_and_keeps_the_files_permissions(
    tmp_path: Path, xor_model: Any
) -> None:
    import keras

    path = tmp_path / "xor.keras"
    path.write_bytes(b"an older network")
    path.chmod(0o644)
    save_model(xor_model, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert keras.models.load_model(path).count_params() == xor_model.count_params()


@pytest.mark.parametrize(
    ("keep", "received"),
    [
        (0.5, r"but its [\d,]+ bytes stop before the end of the archive"),
        (0.0, r"but it is empty\.$"),
        (None, r"but it is not a zip archive \(5 bytes of something else\)"),
    ],
    ids=["cut short", "empty", "not a zip"],
)
def test_a_damaged_network_file_is_called_damaged_when_restored(
    tmp_path: Path, xor_model: Any, keep: float | None, received: str
) -> None:
    good = tmp_path / "good.keras"
    save_model(xor_model, good)
    data = good.read_bytes()
    bad = tmp_path / "xor.keras"
    bad.write_bytes(b"hello" if keep is None else data[: int(len(data) * keep)])
    with pytest.raises(NNStudioError) as caught:
        restore(from_template("xor"), tmp_path, bad)
    message = str(caught.value)
    assert message.startswith("xor.keras is damaged: expected a trained network saved by Keras")
    assert "File not found" not in message
    assert re.search(received, message), message


def test_a_zip_that_holds_no_network_is_named(tmp_path: Path) -> None:
    path = tmp_path / "photos.keras"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("cat.jpg", b"...")
    with pytest.raises(NNStudioError, match="holds no Keras network"):
        check_model_file(path)
