"""The model's code in an exported script: ``build_model``, the training call and
``evaluate``.

The layers and the optimizer are written out from the same
:class:`~nnstudio.core.keras_args.Call` objects that the Keras builder carries out, so the
script builds the very network the app builds.
"""

from __future__ import annotations

from nnstudio.core.compute import planned_xla, steps_per_call, work_per_example
from nnstudio.core.i18n import Context
from nnstudio.core.keras_args import model_calls, optimizer_call
from nnstudio.core.labels import Encoding
from nnstudio.core.spec import Project
from nnstudio.core.validate import Report
from nnstudio.export.pyformat import body_expr, comment, function, with_comment

#: The comments and docstrings of the exported code (the code itself stays as Keras has it).
ExportModelCode = Context("ExportModelCode")

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
        *comment(
            ExportModelCode.tr(
                "Fixing the seed fixes the random starting weights and the shuffling, as in "
                "nnstudio."
            ),
            4,
        ),
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
        *_indented(
            ExportModelCode.tr(
                "Several training steps per call: faster, with the very same arithmetic."
            )
        ),
        f"    steps_per_execution={steps},",
        *_indented(
            ExportModelCode.tr(
                "XLA compiles each training step into machine code: faster over a run this long."
            )
            if xla
            else ExportModelCode.tr(
                "No XLA: compiling the step would take longer than it saves on this run."
            )
        ),
        f"    jit_compile={xla},",
        ")",
        "return model",
    ]
    doc = ExportModelCode.tr("The network, built and compiled as in nnstudio.")
    return function("build_model", [], body, doc)


def _indented(text: str, levels: int = 1) -> list[str]:
    """A comment one level (or ``levels``) deeper than a top-level function's body."""
    pad = "    " * levels
    return [pad + line for line in comment(text, 4 + len(pad))]


def fit_statements(epochs: int) -> list[str]:
    """The ``model.fit(...)`` call with the project's training settings."""
    lines = []
    if epochs > PROGRESS_BAR_EPOCHS:
        said = ExportModelCode.tr(
            "verbose=2 prints one line per epoch, so {epochs} epochs stay readable."
        ).format(epochs=epochs)
        lines += comment(said, 8)  # the script's main() has it one level in
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
            *comment(
                ExportModelCode.tr("One sigmoid unit says yes (1) when its output is above 0.5."),
                4,
            ),
            "predicted = (model.predict(x_test, verbose=0)[:, 0] > 0.5).astype(int)",
            "expected = y_test.reshape(len(y_test))",
        ]
    else:
        answer = [
            *comment(
                ExportModelCode.tr("The network's answer is the class with the biggest output."),
                4,
            ),
            "predicted = np.argmax(model.predict(x_test, verbose=0), 1)",
            "expected = np.argmax(y_test, 1)"
            if encoding == "onehot"
            else "expected = y_test.reshape(len(y_test))",
        ]
    body = [
        "if len(x_test) == 0:",
        '    print("There are no test examples to test the network on.")',
        "    return",
        "if by_hand:",
        *_indented(
            ExportModelCode.tr(
                "On several computers Keras's evaluate() does not work yet: the loss from the\n"
                "network's answers."
            )
        ),
        "    answers = model.predict(x_test, verbose=0)",
        "    loss = float(np.mean(keras.losses.get(model.loss)(y_test, answers)))",
        '    print(f"Test loss: {loss:.4f}")',
        "else:",
        "    results = model.evaluate(x_test, y_test, verbose=0, return_dict=True)",
        "    for name, value in results.items():",
        '        print(f"Test {name}: {value:.4f}")',
        *answer,
        "right = int(np.sum(predicted == expected))",
        'print(f"Right answers: {right} of {len(expected)} ({right / len(expected):.1%})")',
    ]
    return function(
        "evaluate",
        ["model", "x_test", "y_test", "by_hand=False"],
        body,
        ExportModelCode.tr("Print how well the network does."),
    )


# --- training on several devices or computers (the script only) ------------------------------

STRATEGIES = ("one", "mirrored", "multiworker")


def strategy_def() -> str:
    """``def make_strategy(name)``: TensorFlow's own way to spread training."""
    body = [
        'if name == "one":',
        "    return None",
        "import tensorflow as tf",
        "",
        'if name == "mirrored":',
        *_indented(
            ExportModelCode.tr(
                "One copy of the network per GPU of this computer; each batch is split between\n"
                "them and their gradients are added up."
            )
        ),
        "    return tf.distribute.MirroredStrategy()",
        *comment(
            ExportModelCode.tr(
                "One copy per computer (TF_CONFIG says which computers, and which one this is)."
            ),
            4,
        ),
        "return tf.distribute.MultiWorkerMirroredStrategy()",
    ]
    doc = ExportModelCode.tr(
        "How to spread training: one device, this computer's GPUs, or several computers."
    )
    return function("make_strategy", ["name"], body, doc)


def train_on_workers_def() -> str:
    """``def train_on_workers(...)``: a training loop of its own for several computers, since
    Keras 3's ``fit`` does not work with ``MultiWorkerMirroredStrategy`` (keras-team/keras
    issue 20585)."""
    body = [
        "import tensorflow as tf",
        "",
        *comment(
            ExportModelCode.tr(
                "Keras's fit() does not work yet with several computers, so this loop does its "
                "work:\neach batch of BATCH_SIZE examples is split between the workers, their "
                "gradients are\nadded up, and every worker keeps the very same weights."
            ),
            4,
        ),
        *with_comment(
            "held = int(len(x_train) * VALIDATION_SPLIT)",
            ExportModelCode.tr("held back, as fit() does"),
            4,
        ),
        "x_fit, y_fit = x_train[: len(x_train) - held], y_train[: len(y_train) - held]",
        "steps = max(1, len(x_fit) // BATCH_SIZE)",
        "data = tf.data.Dataset.from_tensor_slices((x_fit, y_fit))",
        "if SHUFFLE:",
        "    data = data.shuffle(len(x_fit), seed=SEED, reshuffle_each_iteration=True)",
        "data = data.repeat().batch(BATCH_SIZE, drop_remainder=True)",
        "options = tf.data.Options()",
        *comment(ExportModelCode.tr("Each worker takes its share of every batch."), 4),
        "options.experimental_distribute.auto_shard_policy = "
        "tf.data.experimental.AutoShardPolicy.DATA",
        "batches = iter(strategy.experimental_distribute_dataset(data.with_options(options)))",
        "loss_of = keras.losses.get(model.loss)",
        "with strategy.scope():",
        "    model.optimizer.build(model.trainable_variables)",
        "",
        "@tf.function",
        "def train_step(batches):",
        "    def step(x, y):",
        "        with tf.GradientTape() as tape:",
        "            per_example = loss_of(y, model(x, training=True))",
        "            loss = tf.nn.compute_average_loss(per_example, global_batch_size=BATCH_SIZE)",
        "        gradients = tape.gradient(loss, model.trainable_variables)",
        "        model.optimizer.apply_gradients(zip(gradients, model.trainable_variables))",
        "        return loss",
        "",
        "    losses = strategy.run(step, args=next(batches))",
        "    return strategy.reduce(tf.distribute.ReduceOp.SUM, losses, axis=None)",
        "",
        "resolver = strategy.cluster_resolver",
        *with_comment(
            "chief = resolver is None or not resolver.task_id",
            ExportModelCode.tr("the first worker reports"),
            4,
        ),
        "for epoch in range(EPOCHS):",
        "    total = sum(float(train_step(batches)) for _ in range(steps))",
        "    if chief:",
        '        print(f"Epoch {epoch + 1}/{EPOCHS}: loss {total / steps:.4f}")',
    ]
    return function(
        "train_on_workers",
        ["model", "strategy", "x_train", "y_train"],
        body,
        ExportModelCode.tr("Train on several computers at once, each running this script."),
    )
