"""The Analysis tab: the table follows the network; the time is measured in the training
process and shown beside Train until the network changes."""

from __future__ import annotations


def test_the_analysis_follows_the_network_and_its_measured_time(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_from_template("mnist-128")
    view = window.analysis
    assert view.table.rowCount() == 4
    assert view.table.item(2, 3).text() == "100,480"
    assert "101,770 parameters in all" in view.totals.text()
    assert "2 numbers per weight for the optimizer" in view.totals.toolTip()
    view.measure_button.click()
    qtbot.waitUntil(lambda: view.timing is not None, timeout=10_000)
    assert window.trainer.measured == ["MNIST, 128 hidden neurons"]
    assert "an epoch</b> of 1,875 steps" in view.timing_label.text()
    assert "to train here" in window.summary.text()
    window.editor.set_layer_param(2, "units", 64)  # another network: measure again
    assert view.timing is None and "measure again" in view.timing_label.text()
    assert "to train here" not in window.summary.text()
    assert view.table.item(2, 3).text() == "50,240"
