"""The model's code in an exported script: ``build_model``, the training call and
``evaluate``.

The layers and the optimizer are written out from the same
:class:`~nnstudio.core.keras_args.Call` objects that the Keras builder carries out, so the
script builds the very network the app builds.
"""

from __future__ import annotations

from nnstudio.core.compute import planned_xla, steps_per_call, work_per_example
from nnstudio.core.keras_args import model_calls, optimizer_call
from nnstudio.core.labels import Encoding
from nnstudio.core.spec import Project
from nnstudio.core.validate import Report
from nnstudio.export.pyformat import body_expr, function

#: Above this many epochs the training prints one line per epoch instead of a progress bar.
PROGRESS_BAR_EPOCHS = 20

#: The statements that build the model, as the script's main() and the notebook run them.
MODEL_STATEMENTS = ("model = build_model()", "model.summary()")


def build_model_def(project: Project, input_shape: tuple[int, ...], report: Report) -> str:
    """``def build_model()``: the network, built and compiled, with the steps per compiled
    call and the choice of XLA that nnstudio trains it with."""
    layers: list[str] = []
    for call in model_calls(project.layers, input_shape):
        layers += body_expr(call, 8, suffix=",")
    c = project.compile
    steps = steps_per_call(work_per_example(report), project.train.batch_size)
    xla = planned_xla(project)
    body = [
        "# Fixing the seed fixes the random starting weights and the shuffling, as in nnstudio.",
        "keras.utils.set_random_seed(SEED)",
        "model = keras.Sequential(",
        "    [",
        *layers,
        "    ],",
        '    name="sequential",',
        ")",
        "model.compile(",
        *body_expr(optimizer_call(c), 4, "optimizer=", ","),
        *body_expr(c.loss, 4, "loss=", ","),
        *body_expr(list(c.metrics), 4, "metrics=", ","),
        "    # Several training steps per call: faster, with the very same arithmetic.",
        f"    steps_per_execution={steps},",
        (
            "    # XLA compiles each training step into machine code: faster over a run this long."
            if xla
            else "    # No XLA: compiling the step would take longer than it saves on this run."
        ),
        f"    jit_compile={xla},",
        ")",
        "return model",
    ]
    return function("build_model", [], body, "The network, built and compiled as in nnstudio.")


def fit_statements(epochs: int) -> list[str]:
    """The ``model.fit(...)`` call with the project's training settings."""
    lines = []
    if epochs > PROGRESS_BAR_EPOCHS:
        lines.append(f"# verbose=2 prints one line per epoch, so {epochs} epochs stay readable.")
    lines += [
        "model.fit(",
        "    x_train,",
        "    y_train,",
        "    epochs=EPOCHS,",
        "    batch_size=BATCH_SIZE,",
        "    validation_split=VALIDATION_SPLIT,",
        "    shuffle=SHUFFLE,",
    ]
    if epochs > PROGRESS_BAR_EPOCHS:
        lines.append("    verbose=2,")
    return [*lines, ")"]


def evaluate_def(encoding: Encoding) -> str:
    """``def evaluate(model, x_test, y_test)``: the test scores and the count of right answers,
    reading the network's answer as the labels' encoding asks."""
    if encoding == "binary":
        answer = [
            "# One sigmoid unit says yes (1) when its output is above 0.5.",
            "predicted = (model.predict(x_test, verbose=0)[:, 0] > 0.5).astype(int)",
            "expected = y_test.reshape(len(y_test))",
        ]
    else:
        answer = [
            "# The network's answer is the class with the biggest output.",
            "predicted = np.argmax(model.predict(x_test, verbose=0), 1)",
            "expected = np.argmax(y_test, 1)"
            if encoding == "onehot"
            else "expected = y_test.reshape(len(y_test))",
        ]
    body = [
        "if len(x_test) == 0:",
        '    print("There are no test examples to test the network on.")',
        "    return",
        "results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)",
        "for name, value in results.items():",
        '    print(f"Test {name}: {value:.4f}")',
        *answer,
        "right = int(np.sum(predicted == expected))",
        'print(f"Right answers: {right} of {len(expected)} ({right / len(expected):.1%})")',
    ]
    return function(
        "evaluate", ["model", "x_test", "y_test"], body, "Print how well the network does."
    )
