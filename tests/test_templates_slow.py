"""The tutorial templates reproduce their tutorials' accuracy on the full MNIST (minutes each)."""

from __future__ import annotations

import pytest

from nnstudio.core.templates import from_template
from nnstudio.training.engine import Engine

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("name", "at_least"),
    [("mnist-512", 0.978), ("mnist-128", 0.975), ("mnist-tanh-sgd", 0.96)],
)
def test_template_reaches_its_tutorial_accuracy(name: str, at_least: float, mnist_path) -> None:
    project = from_template(name)
    project.data.path = str(mnist_path)
    result = Engine(project, lambda event: None).run()
    assert result.reason == "completed", result.message
    print(f"{name}: test accuracy {result.test['accuracy']:.4f} in {result.train_seconds:.0f} s")
    assert result.test["accuracy"] >= at_least
