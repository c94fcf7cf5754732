from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from nnstudio.core import project_file
from nnstudio.core.errors import ProjectFileError
from nnstudio.core.spec import (
    MAX_RUNS,
    CompileSpec,
    DataSpec,
    LayerSpec,
    Project,
    RunRecord,
    TrainSpec,
)
from nnstudio.core.templates import TEMPLATES, from_template


def _full_project() -> Project:
    return Project(
        name="Everything",
        description="uses every layer kind",
        layers=[
            LayerSpec.new("Input", shape=(28, 28)),
            LayerSpec.new("Reshape", target_shape=(28, 28, 1)),
            LayerSpec.new("Conv2D", filters=8, kernel_size=3, padding="same"),
            LayerSpec.new("MaxPooling2D", pool_size=2),
            LayerSpec.new("BatchNormalization"),
            LayerSpec.new("Reshape", target_shape=(14, -1)),
            LayerSpec.new("LSTM", units=16, return_sequences=True),
            LayerSpec.new("SimpleRNN", units=8),
            LayerSpec.new("Dropout", rate=0.25),
            LayerSpec.new("Dense", name="hidden", units=12, activation="gelu"),
            LayerSpec.new("Activation", activation="swish"),
            LayerSpec.new("Flatten"),
            LayerSpec.new("Dense", units=10, activation="softmax"),
        ],
        compile=CompileSpec.new("categorical_crossentropy", "sgd", ["accuracy"], decay=1e-6),
        data=DataSpec(dataset="mnist", validation_split=0.1, train_limit=100),
        train=TrainSpec(epochs=2, batch_size=16, seed=7, shuffle=False),
    )


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_templates_round_trip_exactly(name: str) -> None:
    project = from_template(name)
    assert Project.from_dict(project.to_dict()) == project
    assert project_file.loads(project_file.dumps(project)) == project


def test_a_project_with_every_layer_kind_round_trips_through_a_file(tmp_path: Path) -> None:
    project = _full_project()
    path = tmp_path / "net.nnproj"
    project_file.save(project, path)
    assert project_file.load(path) == project
    doc = json.loads(path.read_text())
    assert doc["format"] == "nnstudio-project"
    assert doc["schema_version"] == project_file.SCHEMA_VERSION


def _doc(**project: object) -> str:
    base = from_template("xor").to_dict()
    base.update(project)
    return json.dumps({"format": "nnstudio-project", "schema_version": 1, "project": base})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "found a mistake at line 1"),
        ("[1, 2]", "is not an nnstudio project"),
        ('{"format": "something-else"}', "is not an nnstudio project"),
        ('{"format": "nnstudio-project", "schema_version": "one", "project": {}}', "schema"),
        ('{"format": "nnstudio-project", "schema_version": 99, "project": {}}', "newer nnstudio"),
        ('{"format": "nnstudio-project", "schema_version": 1, "project": 3}', "to be an object"),
        (_doc(layers="dense"), "Expected 'layers' to be a list"),
        (_doc(layers=[{"kind": "Dense2"}]), "Layer 1 has an unknown kind"),
        (_doc(layers=[{"kind": "Dense", "params": {"unit": 3}}]), "Received: 'unit'"),
        (_doc(layers=[{"kind": "Dense", "params": [3]}]), "to be an object"),
        (_doc(layers=[5]), "Expected layer 1 to be an object"),
        (_doc(name=12), "the project's name to be text"),
        (_doc(compile={"metrics": "accuracy"}), "metrics to be a list"),
        (_doc(compile={"optimizer": "adam", "optimizer_params": {"lr": 1}}), "'lr'"),
        (_doc(data={"dataset": 3}), "'dataset' to be text"),
        (
            _doc(train={"epoch": 3}),
            "Expected some of: epochs, batch_size, seed, shuffle. Received: 'epoch'",
        ),
    ],
)
def test_unreadable_project_files_give_one_clear_sentence(text: str, expected: str) -> None:
    with pytest.raises(ProjectFileError) as info:
        project_file.loads(text, source="net.nnproj")
    message = str(info.value)
    assert expected in message
    assert "net.nnproj" in message
    assert "Traceback" not in message and "\n" not in message


def test_wrong_value_types_load_and_are_left_to_validation() -> None:
    # A student's file with units "abc" still opens, so the problem can be shown and fixed.
    project = project_file.loads(_doc(layers=[{"kind": "Dense", "params": {"units": "abc"}}]))
    assert project.layers[0].params["units"] == "abc"


def test_missing_files_and_folders_are_reported_plainly(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="There is no file at"):
        project_file.load(tmp_path / "missing.nnproj")
    with pytest.raises(ProjectFileError, match="is a folder"):
        project_file.load(tmp_path)
    binary = tmp_path / "photo.nnproj"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(ProjectFileError, match="not text"):
        project_file.load(binary)


def test_migration_hook_upgrades_old_files(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend the schema moved on a version, renaming "name" to "title" in the file.
    def rename(doc: dict) -> dict:
        project = dict(doc["project"])
        project["name"] = project.pop("title")
        return {**doc, "project": project}

    old = from_template("xor").to_dict()
    old["title"] = old.pop("name")
    now = project_file.SCHEMA_VERSION
    monkeypatch.setattr(project_file, "SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(project_file.MIGRATIONS, now, rename)
    doc = {"format": "nnstudio-project", "schema_version": now, "project": old}
    assert project_file.document_to_project(doc).name == "XOR"


def test_a_version_1_file_opens_with_no_training_runs(tmp_path: Path) -> None:
    # Written as the first nnstudio wrote files: no "runs" at all.
    old = from_template("xor").to_dict()
    del old["runs"]
    path = tmp_path / "old.nnproj"
    path.write_text(json.dumps({"format": "nnstudio-project", "schema_version": 1, "project": old}))
    project = project_file.load(path)
    assert project.runs == [] and project.layers == from_template("xor").layers


def test_a_version_2_file_opens_without_skipping_rows(tmp_path: Path) -> None:
    # Written before rows with missing values could be skipped: no such setting.
    old = from_template("xor").to_dict()
    del old["data"]["skip_missing"]
    path = tmp_path / "old.nnproj"
    path.write_text(json.dumps({"format": "nnstudio-project", "schema_version": 2, "project": old}))
    assert project_file.load(path) == from_template("xor")
    project = from_template("xor")
    project.data.skip_missing = True
    project_file.save(project, path)
    doc = json.loads(path.read_text())
    assert doc["schema_version"] == project_file.SCHEMA_VERSION
    assert doc["project"]["data"]["skip_missing"] is True
    assert project_file.load(path).data.skip_missing is True


def test_training_runs_round_trip_and_keep_only_the_latest(tmp_path: Path) -> None:
    project = from_template("xor")
    for i in range(MAX_RUNS + 3):
        project.add_run(
            RunRecord(
                finished=f"2026-11-23T10:{i:02d}:00",
                epochs_done=i,
                train_seconds=0.5,
                test={"loss": 0.1, "binary_accuracy": 1.0},
                history={"loss": [0.3, 0.2, math.nan]},
                model_file="xor.keras",
            )
        )
    assert len(project.runs) == MAX_RUNS and project.runs[0].epochs_done == 3
    path = tmp_path / "xor.nnproj"
    project_file.save(project, path)

    def no_nan(name: str) -> None:
        raise AssertionError(f"{name} is not JSON")

    json.loads(path.read_text(), parse_constant=no_nan)  # the NaN became null
    back = project_file.load(path)
    assert back.runs[-1].epochs_done == MAX_RUNS + 2
    assert back.runs[-1].history["loss"][:2] == [0.3, 0.2]
    assert math.isnan(back.runs[-1].history["loss"][2])
    assert back.runs[-1].model_file == "xor.keras"


def test_a_broken_training_run_is_named(tmp_path: Path) -> None:
    doc = project_file.project_to_document(from_template("xor"))
    doc["project"]["runs"] = [{"epochs_done": "many"}]
    with pytest.raises(
        ProjectFileError, match="training run 1: expected 'epochs_done' to be a whole"
    ):
        project_file.document_to_project(doc)


def test_an_old_version_without_a_migration_is_refused_clearly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = project_file.SCHEMA_VERSION
    monkeypatch.setattr(project_file, "SCHEMA_VERSION", now + 1)
    doc = project_file.project_to_document(from_template("xor"))
    doc["schema_version"] = now
    with pytest.raises(ProjectFileError, match=f"schema version {now} can no longer be read"):
        project_file.document_to_project(doc)


def test_a_failed_save_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "net.nnproj"
    project_file.save(from_template("xor"), path)
    before = path.read_text()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ProjectFileError, match=r"Could not save .*No space left"):
        project_file.save(from_template("mnist-128"), path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["net.nnproj"]  # no temp file left behind


def test_a_file_name_is_made_from_the_project_name() -> None:
    assert project_file.file_name("MNIST, 128 hidden neurons") == "mnist-128-hidden-neurons.nnproj"
    assert project_file.file_name("XOR", ".keras") == "xor.keras"
    assert project_file.file_name("Größe 8-6-6-4 (v2)") == "größe-8-6-6-4-v2.nnproj"
    assert project_file.file_name("  / ") == "network.nnproj"
    assert project_file.file_name("") == "network.nnproj"
