"""The observable project document (no Qt): every change is announced and re-validated."""

from __future__ import annotations

from pathlib import Path

from nnstudio.core.document import ProjectDocument, new_layer
from nnstudio.core.paths import resolve_user_path
from nnstudio.core.spec import DataSpec
from nnstudio.core.templates import from_template
from nnstudio.data import describe


def _recorder(signal) -> list:
    calls: list = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def test_stack_changes_are_announced_and_revalidated() -> None:
    doc = ProjectDocument(from_template("mnist-128"))
    changed = _recorder(doc.changed)
    inserted = _recorder(doc.stack.inserted)
    moved = _recorder(doc.stack.moved)
    removed = _recorder(doc.stack.removed)
    assert doc.report.total_params == 101_770

    doc.stack.insert(3, new_layer("Dropout"))
    doc.stack.move(3, 2)
    layer = doc.stack.remove(2)
    assert inserted == [(3,)] and moved == [(3, 2)] and removed == [(2, layer)]
    assert layer.kind == "Dropout" and len(changed) == 3

    doc.stack.set_param(2, "units", 0)
    assert not doc.report.ok
    assert doc.report.errors[0].layer == 2
    doc.stack.set_param(2, "units", 64)
    assert doc.report.ok and doc.report.total_params == 784 * 64 + 64 + 64 * 10 + 10


def test_settings_and_optimizer_switches() -> None:
    doc = ProjectDocument(from_template("xor"))
    settings = _recorder(doc.setting_changed)
    doc.set_setting("train", "epochs", 0)
    assert any("epochs" in p.message for p in doc.report.errors)
    doc.set_optimizer("sgd")
    assert doc.project.compile.optimizer_params["momentum"] == 0.0
    doc.set_optimizer_param("learning_rate", 0.5)
    assert settings == [("train", "epochs"), ("compile", "optimizer"),
                        ("compile", "optimizer_params")]  # fmt: skip


def test_loading_another_project_keeps_the_same_stack_object() -> None:
    doc = ProjectDocument(from_template("xor"))
    stack = doc.stack
    resets = _recorder(stack.reset)
    doc.load(from_template("mnist-512"), Path("/tmp/x.nnproj"))
    assert doc.stack is stack and len(stack) == 3 and resets == [()]
    assert stack[1].params["units"] == 512
    assert doc.report.total_params == 407_050


def test_an_unreadable_csv_is_reported_not_raised(tmp_path: Path) -> None:
    project = from_template("layers-8-6-6-4")
    project.data.dataset = "csv"
    project.data.path = str(tmp_path / "gone.csv")
    project.data.label_column = "label"
    doc = ProjectDocument(project, describe_data=describe)
    assert "gone.csv" in doc.data_error
    # A problem like any other, shown with the data settings, and training waits for it.
    assert [(p.message, p.section, p.field) for p in doc.report.problems] == [
        (f"{tmp_path / 'gone.csv'} does not exist: expected a CSV file.", "data", "path")
    ]
    assert not doc.report.ok
    (tmp_path / "gone.csv").write_text("a,label\n1,x\n2,y\n", encoding="utf-8")
    doc.set_setting("data", "label_column", "label")  # any change looks again
    assert doc.data_error == "" and [p for p in doc.report.problems if p.section == "data"] == []


def test_data_still_being_chosen_is_asked_for_not_read(tmp_path: Path) -> None:
    project = from_template("layers-8-6-6-4")
    project.data.dataset = "csv"
    doc = ProjectDocument(project, describe_data=describe)
    assert [p.message for p in doc.report.errors] == [
        "Choose a file for your own csv file.",
        "Choose which column of the CSV file holds the label.",
    ]
    assert doc.data_error == ""


def test_the_data_is_described_by_the_function_handed_in(tmp_path: Path) -> None:
    """The document never imports the data layer: whoever makes it hands in ``describe``."""
    seen: list[tuple[str, Path | None]] = []

    def describe_data(spec: DataSpec, base: Path | None) -> None:
        seen.append((spec.dataset, base))

    doc = ProjectDocument(from_template("xor"), tmp_path / "p.nnproj", describe_data=describe_data)
    doc.report  # noqa: B018
    doc.report  # noqa: B018  (cached: described once)
    assert seen == [("xor", tmp_path)]
    assert ProjectDocument(from_template("xor")).data_info() is None


def test_one_resolver_for_typed_paths(tmp_path: Path) -> None:
    assert resolve_user_path("digits.csv", tmp_path) == tmp_path / "digits.csv"
    assert resolve_user_path(str(tmp_path / "a.csv"), Path("/elsewhere")) == tmp_path / "a.csv"
    assert resolve_user_path("~/a.csv", None) == Path.home() / "a.csv"
    assert resolve_user_path("a.csv", None) == Path("a.csv")
    # A user this computer does not have: kept as typed (reading it says "does not exist").
    assert resolve_user_path("~nosuchuser9/x.npz", tmp_path) == tmp_path / "~nosuchuser9/x.npz"
