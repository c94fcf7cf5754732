"""The evaluation's numbers: confusion matrix, mistakes and a sigmoid's two columns."""

from __future__ import annotations

import numpy as np

from nnstudio.training.evaluation import Evaluation, class_probabilities, confusion_matrix


def _evaluation() -> Evaluation:
    probabilities = np.array(
        [[0.9, 0.1, 0.0], [0.2, 0.7, 0.1], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8], [0.05, 0.9, 0.05]],
        np.float32,
    )
    labels = np.array([0, 1, 1, 2, 0])
    inputs = np.arange(5 * 4, dtype=np.float32).reshape(5, 2, 2)
    return Evaluation(probabilities, labels, inputs, ("a", "b", "c"))


def test_confusion_matrix_counts_rows_as_true_and_columns_as_chosen() -> None:
    matrix = confusion_matrix(np.array([0, 0, 1, 2, 2, 2]), np.array([0, 1, 1, 2, 2, 0]), 3)
    assert matrix.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 2]]
    assert matrix.sum() == 6


def test_evaluation_finds_its_mistakes_most_confident_first() -> None:
    ev = _evaluation()
    assert ev.predicted.tolist() == [0, 1, 0, 2, 1]
    assert ev.accuracy == 3 / 5
    assert ev.mistakes().tolist() == [4, 2]  # 0.9 sure, then 0.6 sure
    assert ev.examples(true=1, predicted=0).tolist() == [2]
    assert ev.examples(true=0, predicted=0).tolist() == [0]
    assert ev.confusion().trace() == 3
    assert ev.is_images


def test_examples_can_be_listed_least_confident_first_ties_in_test_set_order() -> None:
    probabilities = np.array(
        [[0.6, 0.4], [0.9, 0.1], [0.6, 0.4], [0.2, 0.8], [0.55, 0.45]], np.float32
    )
    ev = Evaluation(probabilities, np.array([1, 1, 1, 1, 1]), np.zeros((5, 2)), ("a", "b"))
    assert ev.mistakes().tolist() == [1, 0, 2, 4]  # 0.9, then the two 0.6 in order, 0.55
    assert ev.mistakes(most_sure_first=False).tolist() == [4, 0, 2, 1]
    assert ev.examples(1, 0, most_sure_first=False).tolist() == [4, 0, 2, 1]
    assert ev.examples(1, 1, most_sure_first=False).tolist() == [3]


def test_a_single_sigmoid_output_becomes_two_class_columns() -> None:
    probabilities = class_probabilities(np.array([[0.25], [0.9]], np.float32))
    np.testing.assert_allclose(probabilities, [[0.75, 0.25], [0.1, 0.9]], rtol=1e-6)
    assert class_probabilities(np.eye(3, dtype=np.float32)).shape == (3, 3)
