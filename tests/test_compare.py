"""What differs between two runs, in the phrases the Runs tab and its legend show."""

from __future__ import annotations

from nnstudio.core.compare import change_text, differences, settings_of
from nnstudio.core.document import new_layer
from nnstudio.core.spec import Project, RunRecord
from nnstudio.core.templates import from_template


def test_one_change_gives_one_phrase_each() -> None:
    before = from_template("mnist-128")
    after = before.copy()
    after.layers[2].params["units"] = 32
    assert differences(settings_of(before), settings_of(after)) == [
        "Layer 3 (Dense): units 128 → 32"
    ]
    after.compile.optimizer = "sgd"
    after.train.epochs = 12
    after.data.validation_split = 0.1
    assert differences(settings_of(before), settings_of(after)) == [
        "Layer 3 (Dense): units 128 → 32",
        "Adam → SGD",
        "validation share 0 → 0.1",
        f"epochs {before.train.epochs} → 12",
    ]


def test_layers_added_removed_and_their_choices_are_named_from_the_catalog() -> None:
    before = from_template("mnist-128")
    after = before.copy()
    after.layers.insert(3, new_layer("Dropout"))
    after.layers[2].params["activation"] = "tanh"
    assert differences(settings_of(before), settings_of(after)) == [
        "Layer 3 (Dense): activation ReLU → Tanh",
        "Dropout added as layer 4",
    ]
    assert differences(settings_of(after), settings_of(before)) == [
        "Layer 3 (Dense): activation Tanh → ReLU",
        "Dropout (layer 4) removed",
    ]


def test_a_layer_inserted_between_two_alike_is_named_as_added_there() -> None:
    one = from_template("xor")  # Input, Dense 16 ReLU, Dense 1 sigmoid
    two = one.copy()
    two.layers.insert(2, new_layer("Dense"))
    two.layers[2].params["units"] = 16
    assert differences(settings_of(one), settings_of(two)) == ["Dense added as layer 3"]
    wide = one.copy()
    wide.layers[1].params["units"] = 32
    assert differences(settings_of(two), settings_of(wide)) == [
        "Layer 2 (Dense): units 16 → 32",
        "Dense (layer 3) removed",
    ]


def test_optimizer_settings_data_files_and_unknown_settings() -> None:
    before = from_template("xor")
    after = before.copy()
    after.compile.optimizer_params["learning_rate"] = 0.1
    after.data.dataset, after.data.path = "csv", "/home/student/marks.csv"
    phrases = differences(settings_of(before), settings_of(after))
    assert "learning rate 0.01 → 0.1" in phrases or any(
        p.startswith("learning rate") and p.endswith("→ 0.1") for p in phrases
    )
    assert "data file none → marks.csv" in phrases
    assert any(p.startswith("data: XOR") for p in phrases)
    assert change_text(settings_of(before), settings_of(before), first=False) == "the same settings"
    assert change_text(None, settings_of(before), first=False).startswith("settings not recorded")
    assert change_text(None, None, first=True) == "the first run kept"


def test_a_runs_settings_are_kept_in_the_project_file() -> None:
    project = from_template("xor")
    project.add_run(RunRecord(epochs_done=3, settings=settings_of(project)))
    project.add_run(RunRecord(epochs_done=4))  # as an older nnstudio kept it
    again = Project.from_dict(project.to_dict())
    assert again.runs[0].settings == settings_of(project)
    assert again.runs[1].settings is None
