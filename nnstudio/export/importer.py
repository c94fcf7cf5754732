"""Import a network onto the canvas, never running anything: from a ``.keras`` file (its
``config.json``, read from the zip as Keras's safe mode would: no lambdas, no custom
objects), or from a Keras Python script or notebook (read with ``ast``: ``Sequential([...])``,
``model.add(...)``, a linear functional chain from ``keras.Input`` to ``keras.Model``, the
``compile(...)`` and ``fit(...)`` arguments with literal values), nnstudio's own exports
included, whose last line also keeps the data settings.

What cannot be imported (a layer nnstudio does not have, a computed argument, a model built
in a loop, a custom object) is listed, one sentence each naming the line or the layer, and
nothing is imported then (:class:`ImportError_`).
"""

from __future__ import annotations

import ast
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nnstudio.core import catalog
from nnstudio.core.errors import NNStudioError, ProjectFileError
from nnstudio.core.i18n import Context
from nnstudio.core.keras_args import layer_names
from nnstudio.core.spec import CompileSpec, LayerSpec, Project
from nnstudio.core.spec import short_repr as _r
from nnstudio.export.pyformat import comment

KerasImport = Context("KerasImport")

#: The last line of an exported script (and the notebook's metadata key): the settings the
#: code cannot carry in a readable way (the data, the project's name).
MARK = "nnstudio:"

#: Keras class names (and old spellings) of the layers nnstudio has.
CLASSES = {
    **{kind: kind for kind in catalog.LAYER_KINDS},
    "InputLayer": "Input",
    "MaxPool2D": "MaxPooling2D",
    "Convolution2D": "Conv2D",
}
#: A call's positional arguments, by kind, in Keras's order.
POSITIONAL = {
    "Dense": ("units",),
    "Conv2D": ("filters", "kernel_size"),
    "Dropout": ("rate",),
    "Activation": ("activation",),
    "Reshape": ("target_shape",),
    "MaxPooling2D": ("pool_size",),
    "SimpleRNN": ("units",),
    "LSTM": ("units",),
}
#: What Keras does for an argument left out, where nnstudio's catalog starts elsewhere.
KERAS_IMPLICIT = {"Dense": {"activation": "linear"}, "Conv2D": {"activation": "linear"}}
#: Arguments that change nothing nnstudio models when they have these values.
HARMLESS: dict[str, tuple[Any, ...]] = {
    "trainable": (True,),
    "dtype": (None, "float32"),
    "autocast": (True,),
    "kernel_regularizer": (None,),
    "bias_regularizer": (None,),
    "activity_regularizer": (None,),
    "kernel_constraint": (None,),
    "bias_constraint": (None,),
    "recurrent_regularizer": (None,),
    "recurrent_constraint": (None,),
    "lora_rank": (None,),
    "lora_alpha": (None,),
    "seed": (None,),
    "noise_shape": (None,),
    "data_format": (None, "channels_last"),
    "dilation_rate": (1, (1, 1), [1, 1]),
    "groups": (1,),
    "axis": (-1,),
    "center": (True,),
    "scale": (True,),
    "sparse": (False, None),
    "ragged": (False, None),
    "batch_size": (None,),
    "input_tensor": (None,),
    "optional": (False,),
    "quantization_config": (None,),
}
#: Loss names Keras also accepts (classes and short names), to nnstudio's.
LOSS_NAMES = {
    "categoricalcrossentropy": "categorical_crossentropy",
    "sparsecategoricalcrossentropy": "sparse_categorical_crossentropy",
    "binarycrossentropy": "binary_crossentropy",
    "meansquarederror": "mean_squared_error",
    "mse": "mean_squared_error",
    "meanabsoluteerror": "mean_absolute_error",
    "mae": "mean_absolute_error",
    "hinge": "hinge",
}
#: compile() arguments nnstudio decides itself: read and left.
OWN_CHOICES = {"steps_per_execution", "jit_compile", "run_eagerly", "auto_scale_loss"}


class ImportError_(NNStudioError):
    """What could not be imported, one sentence each; nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class Imported:
    project: Project
    #: Sentences about what was assumed (data settings not in the file, weights left out).
    notes: list[str] = field(default_factory=list)
    #: The .keras file, when it holds trained weights (Keras loads them, in safe mode).
    weights: Path | None = None


def _at(where: str, problem: str) -> str:
    """A problem after where it is (the file, and its line or layer)."""
    return KerasImport.tr("{where}: {problem}").format(where=where, problem=problem)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _known_layer(class_name: str) -> str | None:
    return CLASSES.get(class_name)


# --- values to nnstudio's settings -------------------------------------------------------------


def _activation(value: Any) -> Any:
    if value is None:
        return "linear"
    if isinstance(value, dict):  # a .keras config: {"class_name": "function", ...} or a name
        value = value.get("config", value.get("class_name"))
    if isinstance(value, str):
        return {"leakyrelu": "leaky_relu", "silu": "swish"}.get(value.lower(), value)
    return value


def _initializer(value: Any) -> Any:
    if isinstance(value, dict):
        value = value.get("class_name")
    if isinstance(value, str):
        name = _snake(value) if any(c.isupper() for c in value) else value
        return name
    return value


def _window(value: Any) -> Any:
    """``3``, ``(3, 3)`` or ``[3, 3]`` as nnstudio's one number (square windows only)."""
    if isinstance(value, (list, tuple)) and value and all(v == value[0] for v in value):
        return value[0]
    return value


def _setting(kind: str, key: str, value: Any, where: str, problems: list[str]) -> Any:
    info = catalog.LAYER_KINDS[kind]
    param = info.param(key)
    if key in ("activation", "recurrent_activation"):
        value = _activation(value)
    elif key.endswith("initializer"):
        value = _initializer(value)
    elif key in ("kernel_size", "pool_size", "strides"):
        value = _window(value)
        if isinstance(value, (list, tuple)):
            said = KerasImport.tr(
                "nnstudio uses square windows; expected one number or two equal ones for {key}. "
                "Received: {value}."
            )
            problems.append(_at(where, said.format(key=key, value=_r(value))))
            return None
    elif param.type == "shape" and isinstance(value, (list, tuple)):
        value = tuple(value)
    if param.type == "choice" and value not in param.allowed_choices():
        said = KerasImport.tr("nnstudio has no {key} {value}. Expected one of: {names}.")
        names = ", ".join(param.allowed_choices())
        problems.append(_at(where, said.format(key=key, value=_r(value), names=names)))
        return None
    if param.type == "float" and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    return value


def make_layer(
    class_name: str, args: list[Any], kwargs: dict[str, Any], where: str, problems: list[str]
) -> LayerSpec | None:
    """The nnstudio layer for a Keras layer call or config; problems are added, in words."""
    kind = _known_layer(class_name)
    if kind is None:
        said = KerasImport.tr("nnstudio has no layer {kind}. Expected one of: {kinds}.")
        kinds = ", ".join(catalog.LAYER_KINDS)
        problems.append(_at(where, said.format(kind=class_name, kinds=kinds)))
        return None
    if kind == "Input":
        return _input_layer(args, kwargs, where, problems)
    info = catalog.LAYER_KINDS[kind]
    values = {**info.defaults(), **KERAS_IMPLICIT.get(kind, {})}
    before = len(problems)
    positional = POSITIONAL.get(kind, ())
    if len(args) > len(positional):
        said = KerasImport.tr("{kind} takes at most {count} values in order.")
        problems.append(_at(where, said.format(kind=class_name, count=len(positional))))
    given = dict(zip(positional, args, strict=False))
    given.update(kwargs)
    name = given.pop("name", "") or ""
    for key in ("input_shape", "input_dim", "batch_input_shape"):
        given.pop(key, None)  # the first layer's input: read by the caller
    params = {p.name for p in info.params}
    for key, value in given.items():
        if key in params:
            value = _setting(kind, key, value, where, problems)
            if value is not None or catalog.LAYER_KINDS[kind].param(key).optional:
                values[key] = value
        elif not _harmless(key, value):
            said = KerasImport.tr(
                "nnstudio's {kind} layer has no setting {setting}. Expected some of: {names}."
            )
            names = ", ".join(params) or KerasImport.tr("none")
            setting = f"{key}={_r(value)}"
            problems.append(_at(where, said.format(kind=kind, setting=setting, names=names)))
    if len(problems) > before:
        return None
    return LayerSpec(kind, values, name if isinstance(name, str) else "")


def _harmless(key: str, value: Any) -> bool:
    """An argument nnstudio does not model, at a value that changes nothing."""
    if key == "dtype":
        return _float32(value)
    allowed = HARMLESS.get(key)
    return allowed is not None and (value in allowed or _same(value, allowed))


def _float32(value: Any) -> bool:
    """Keras's usual numbers: "float32", or a DTypePolicy of float32 (a .keras config)."""
    if isinstance(value, dict):
        value = (value.get("config") or {}).get("name")
    return value in (None, "float32")


def _same(value: Any, allowed: tuple[Any, ...]) -> bool:
    return isinstance(value, (list, tuple)) and any(
        isinstance(a, (list, tuple)) and list(a) == list(value) for a in allowed
    )


def _input_layer(
    args: list[Any], kwargs: dict[str, Any], where: str, problems: list[str]
) -> LayerSpec | None:
    shape = kwargs.get("shape", args[0] if args else None)
    if shape is None:
        batch = kwargs.get("batch_shape") or kwargs.get("batch_input_shape")
        if isinstance(batch, (list, tuple)) and batch:
            shape = batch[1:]
    if not isinstance(shape, (list, tuple)) or not all(
        isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in shape
    ):
        said = KerasImport.tr(
            "expected the input's shape as whole numbers, such as (28, 28). Received: {value}."
        )
        problems.append(_at(where, said.format(value=_r(shape))))
        return None
    name = kwargs.get("name", "")
    return LayerSpec("Input", {"shape": tuple(shape)}, name if isinstance(name, str) else "")


def _first_input(kwargs: dict[str, Any]) -> tuple[int, ...] | None:
    """A first layer's ``input_shape=`` / ``input_dim=`` (the old way to give the input)."""
    if "input_shape" in kwargs and isinstance(kwargs["input_shape"], (list, tuple)):
        return tuple(kwargs["input_shape"])
    if "batch_input_shape" in kwargs and isinstance(kwargs["batch_input_shape"], (list, tuple)):
        return tuple(kwargs["batch_input_shape"][1:])
    if isinstance(kwargs.get("input_dim"), int):
        return (kwargs["input_dim"],)
    return None


def optimizer_from(class_name: str, kwargs: dict[str, Any], where: str, problems: list[str],
                   float32: bool = False) -> tuple[str, dict[str, Any]] | None:  # fmt: skip
    name = next((n for n, o in catalog.OPTIMIZERS.items()
                 if o.keras_class.lower() == class_name.lower() or n == class_name.lower()),
                None)  # fmt: skip
    if name is None:
        said = KerasImport.tr("nnstudio has no optimizer {name}. Expected one of: {names}.")
        names = ", ".join(o.keras_class for o in catalog.OPTIMIZERS.values())
        problems.append(_at(where, said.format(name=class_name, names=names)))
        return None
    info = catalog.OPTIMIZERS[name]
    params = {p.name: p.default for p in info.params}
    allowed = set(params)
    for key, value in kwargs.items():
        key = {"lr": "learning_rate"}.get(key, key)
        if key == "learning_rate" and isinstance(value, dict) and value.get("schedule"):
            schedule = value
            if schedule["class"] == "InverseTimeDecay" and schedule.get("decay_steps", 1) == 1:
                params["learning_rate"] = _number(schedule["initial_learning_rate"], float32)
                params["decay"] = _number(schedule["decay_rate"], float32)
                continue
            said = KerasImport.tr("nnstudio has no learning-rate schedule {name}.")
            problems.append(_at(where, said.format(name=schedule["class"])))
            continue
        if key in allowed:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                if key == "nesterov" and isinstance(value, bool):
                    params[key] = value
                    continue
                said = KerasImport.tr("expected {key} to be a number. Received: {value}.")
                problems.append(_at(where, said.format(key=key, value=_r(value))))
                continue
            if isinstance(params[key], float):
                value = float(value)
                if float32:  # a .keras file keeps 32-bit numbers: 0.002 is 0.0020000000949...
                    value = float(f"{value:.7g}")
            params[key] = value
            continue
        if key in ("name", "clipnorm", "clipvalue", "global_clipnorm", "use_ema", "weight_decay",
                   "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor",
                   "gradient_accumulation_steps", "amsgrad", "is_legacy_optimizer") and (
            value in (None, False, 0.99, name, class_name) or key == "name"
        ):  # fmt: skip
            continue
        said = KerasImport.tr("nnstudio's {optimizer} has no setting {setting}.")
        setting = f"{key}={_r(value)}"
        problems.append(_at(where, said.format(optimizer=info.label, setting=setting)))
    return name, params


def _number(value: Any, float32: bool) -> float:
    value = float(value)
    return float(f"{value:.7g}") if float32 else value


def loss_from(value: Any, where: str, problems: list[str]) -> str | None:
    name = value if isinstance(value, str) else None
    if name is not None:
        key = name.replace("_", "").lower()
        name = LOSS_NAMES.get(key, name)
    if name not in catalog.LOSSES:
        said = KerasImport.tr("nnstudio has no loss {name}. Expected one of: {names}.")
        problems.append(_at(where, said.format(name=_r(value), names=", ".join(catalog.LOSSES))))
        return None
    return name


# --- .keras files ----------------------------------------------------------------------------


def from_keras_file(path: Path) -> Imported:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if "config.json" not in names:
                said = KerasImport.tr("{file} has no config.json: expected a Keras 3 .keras file.")
                raise ImportError_([said.format(file=path.name)])
            config = json.loads(zf.read("config.json").decode("utf-8"))
            has_weights = "model.weights.h5" in names
    except zipfile.BadZipFile:
        said = KerasImport.tr(
            "{file} is not a .keras file: expected a zip archive, found other bytes."
        )
        raise ImportError_([said.format(file=path.name)]) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        said = KerasImport.tr("{file}: its config.json is not readable JSON.")
        raise ImportError_([said.format(file=path.name)]) from None
    problems: list[str] = []
    project = _project_from_config(config, path.name, problems)
    if problems or project is None:
        said = KerasImport.tr("{file}: no model found in config.json.")
        raise ImportError_(problems or [said.format(file=path.name)])
    notes = [guess_data(project)]
    return Imported(project, notes, path if has_weights else None)


def _custom(obj: Any) -> bool:
    """A custom object: a module outside Keras, or a registered name of its own."""
    if not isinstance(obj, dict):
        return False
    module = obj.get("module")
    return bool(obj.get("registered_name")) and not str(module or "keras").startswith("keras")


def _project_from_config(config: Any, source: str, problems: list[str]) -> Project | None:
    if not isinstance(config, dict) or config.get("class_name") not in (
        "Sequential",
        "Functional",
        "Model",
    ):
        said = KerasImport.tr("expected a Sequential or functional Keras model. Received: {value}.")
        found = config.get("class_name") if isinstance(config, dict) else config
        problems.append(_at(source, said.format(value=_r(found))))
        return None
    inner = config.get("config", {})
    raw_layers = inner.get("layers", [])
    layers: list[LayerSpec] = []
    if config.get("class_name") != "Sequential":
        raw_layers = _linear_functional(raw_layers, source, problems)
    for i, raw in enumerate(raw_layers):
        class_name = raw.get("class_name", "?")
        where = KerasImport.tr("{file}, layer {number} ({kind})").format(
            file=source, number=i + 1, kind=class_name
        )
        if class_name == "Lambda" or _custom(raw):
            said = KerasImport.tr(
                "custom code (a Lambda or a custom layer) is never loaded: nnstudio reads only "
                "Keras's own layers."
            )
            problems.append(_at(where, said))
            continue
        kwargs = dict(raw.get("config", {}))
        if i == 0 and class_name != "InputLayer":
            shape = _first_input(kwargs)
            if shape is None and inner.get("build_input_shape"):
                shape = tuple(inner["build_input_shape"][1:])
            if shape is not None:
                layers.append(LayerSpec("Input", {"shape": shape}))
        for key in [k for k, v in kwargs.items() if isinstance(v, dict) and _custom(v)]:
            said = KerasImport.tr("its {key} is a custom object, which nnstudio never loads.")
            problems.append(_at(where, said.format(key=key)))
            kwargs.pop(key)
        layer = make_layer(class_name, [], kwargs, where, problems)
        if layer is not None:
            layers.append(layer)
    compile_config = config.get("compile_config") or {}
    compile_spec = _compile_from_config(compile_config, source, problems)
    name = str(inner.get("name") or KerasImport.tr("Imported network"))
    project = Project(name=name, layers=layers, compile=compile_spec)
    _name_layers(project)
    return project


def _linear_functional(raw_layers: list[Any], source: str, problems: list[str]) -> list[Any]:
    """A functional model's layers in order, if each takes the one before it."""
    previous = None
    for raw in raw_layers:
        inbound = raw.get("inbound_nodes") or []
        sources = re.findall(r"'([^']+)'|\"([^\"]+)\"", json.dumps(inbound))
        names = {a or b for a, b in sources if (a or b) and (a or b) != "keras_history"}
        callers = {n for n in names if n in {r.get("name") for r in raw_layers}}
        if previous is not None and callers and callers != {previous}:
            said = KerasImport.tr(
                "the layer {name} takes {inputs}: nnstudio builds networks that are one chain of "
                "layers, each taking the one before it."
            )
            problems.append(_at(source, said.format(name=raw.get("name"), inputs=sorted(callers))))
            return []
        previous = raw.get("name")
    return raw_layers


def _compile_from_config(cfg: dict[str, Any], source: str, problems: list[str]) -> CompileSpec:
    spec = CompileSpec()
    if not cfg:
        return spec
    loss = cfg.get("loss")
    if isinstance(loss, dict):
        loss = loss.get("class_name") or (loss.get("config") or {}).get("name")
    if loss is not None:
        where = KerasImport.tr("{file}, the loss").format(file=source)
        spec.loss = loss_from(loss, where, problems) or spec.loss
    optimizer = cfg.get("optimizer")
    if isinstance(optimizer, str):
        optimizer = {"class_name": optimizer, "config": {}}
    if isinstance(optimizer, dict):
        kwargs = dict(optimizer.get("config") or {})
        lr = kwargs.get("learning_rate")
        if isinstance(lr, dict):  # a schedule
            cfg_lr = lr.get("config", {})
            kwargs["learning_rate"] = {"schedule": True, "class": lr.get("class_name"), **cfg_lr}
        for key in ("name", "is_legacy_optimizer"):
            kwargs.pop(key, None)
        where = KerasImport.tr("{file}, the optimizer").format(file=source)
        found = optimizer_from(str(optimizer.get("class_name")), kwargs, where, problems,
                               float32=True)  # fmt: skip
        if found is not None:
            spec.optimizer, spec.optimizer_params = found
    metrics = cfg.get("metrics")
    if isinstance(metrics, list):
        spec.metrics = [m if isinstance(m, str) else str((m or {}).get("config", {}).get("name", m))
                        for m in metrics]  # fmt: skip
    return spec


# --- Python scripts and notebooks ------------------------------------------------------------


_INITIALIZER_CLASSES = {
    "GlorotUniform", "GlorotNormal", "HeUniform", "HeNormal", "LecunUniform", "LecunNormal",
    "RandomNormal", "RandomUniform", "Zeros", "Ones",
}  # fmt: skip


class _Source:
    """Reads literal values from a module, following simple constants (EPOCHS = 10)."""

    def __init__(self, tree: ast.Module, source: str) -> None:
        self.source = source
        self.constants: dict[str, Any] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    try:
                        self.constants[target.id] = ast.literal_eval(node.value)
                    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                        continue

    def where(self, node: ast.AST) -> str:
        return KerasImport.tr("{file}, line {number}").format(
            file=self.source, number=getattr(node, "lineno", "?")
        )

    def value(self, node: ast.AST, problems: list[str]) -> Any:
        """A literal, a constant, or a Keras object written as a call; else a problem."""
        if isinstance(node, ast.Name) and node.id in self.constants:
            return self.constants[node.id]
        if isinstance(node, ast.Name) and node.id == "None":
            return None
        if isinstance(node, ast.Call):
            name = _dotted(node.func).split(".")[-1]
            kwargs = {k.arg: self.value(k.value, problems) for k in node.keywords if k.arg}
            if name == "InverseTimeDecay":
                return {"schedule": True, "class": name, **kwargs}
            if name in _INITIALIZER_CLASSES:
                return name
        if isinstance(node, ast.Attribute) and _dotted(node).split(".")[-2:-1] in (
            ["activations"],
            ["nn"],  # tf.nn.relu, as the older tutorials wrote it
        ):
            return node.attr
        try:
            return ast.literal_eval(node)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            said = KerasImport.tr("expected a written-out value, found a computed one ({code}).")
            problems.append(_at(self.where(node), said.format(code=ast.unparse(node)[:60])))
            return None


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _layer_call(node: ast.AST) -> str | None:
    """The Keras layer class a call makes (``layers.Dense(...)``, ``keras.Input(...)``)."""
    if isinstance(node, ast.Call):
        name = _dotted(node.func)
        last = name.split(".")[-1]
        if (
            last in CLASSES
            or last in ("Lambda",)
            or (name.startswith(("keras.layers.", "layers.", "tf.keras.layers.")))
        ):
            return last
    return None


def _walk_in_order(body: list[ast.stmt], loop: bool = False) -> Iterator[tuple[ast.stmt, bool]]:
    """Every statement, functions' bodies included, in the order written, with whether it
    sits in a loop."""
    for stmt in body:
        yield stmt, loop
        for field_name in ("body", "orelse", "finalbody"):
            inner = getattr(stmt, field_name, None)
            if isinstance(inner, list):
                in_loop = loop or isinstance(stmt, (ast.For, ast.While, ast.AsyncFor))
                yield from _walk_in_order(inner, in_loop)
        for handler in getattr(stmt, "handlers", []):
            yield from _walk_in_order(handler.body, loop)


_COMPOUND = (
    ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For, ast.AsyncFor, ast.While,
    ast.If, ast.With, ast.AsyncWith, ast.Try,
)  # fmt: skip


def from_python(text: str, source: str) -> Imported:
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        said = KerasImport.tr("{file} is not valid Python: line {number}: {error}.")
        raise ImportError_([said.format(file=source, number=exc.lineno, error=exc.msg)]) from None
    reader = _Source(tree, source)
    problems: list[str] = []
    layers: list[LayerSpec] = []
    compile_node: ast.Call | None = None
    fit_node: ast.Call | None = None
    seed = None
    found_model = False
    functional: dict[str, list[LayerSpec]] = {}
    for stmt, in_loop in _walk_in_order(tree.body):
        # A compound statement's body comes as statements of its own.
        nodes = [] if isinstance(stmt, _COMPOUND) else list(ast.walk(stmt))
        for node in nodes:
            if not isinstance(node, ast.Call):
                continue
            name = _dotted(node.func)
            last = name.split(".")[-1]
            if last == "Sequential":
                found_model = True
                if in_loop:
                    said = KerasImport.tr(
                        "the model is built in a loop; nnstudio needs each layer written out."
                    )
                    problems.append(_at(reader.where(node), said))
                for arg in node.args[:1]:
                    if isinstance(arg, ast.List):
                        for item in arg.elts:
                            _add_layer(item, reader, layers, problems, in_loop)
                    else:
                        said = KerasImport.tr("expected the layers as a written-out list.")
                        problems.append(_at(reader.where(arg), said))
            elif last == "add" and node.args and _layer_call(node.args[0]):
                found_model = True
                _add_layer(node.args[0], reader, layers, problems, in_loop)
            elif last == "compile" and isinstance(node.func, ast.Attribute):
                compile_node = node
            elif last == "fit" and isinstance(node.func, ast.Attribute):
                fit_node = node
            elif last == "set_random_seed" and node.args:
                seed = reader.value(node.args[0], problems)
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
            _functional_step(stmt, reader, functional, problems, in_loop)
            call = stmt.value
            if _dotted(call.func).split(".")[-1] in ("Model", "Functional") and not layers:
                chain = _functional_model(call, reader, functional, problems)
                if chain:
                    layers, found_model = chain, True
    if not found_model:
        said = KerasImport.tr(
            "no Keras model found: expected keras.Sequential([...]), model.add(...) or a chain "
            "from keras.Input to keras.Model."
        )
        problems.append(_at(source, said))
    # Every problem at once: compile() and fit() are read even when a layer was refused.
    name = Path(source).stem.replace("_", " ") or KerasImport.tr("Imported network")
    project = Project(name=name, layers=layers)
    if compile_node is not None:
        _read_compile(compile_node, reader, project, problems)
    if fit_node is not None:
        _read_fit(fit_node, reader, project, problems)
    if isinstance(seed, int) and not isinstance(seed, bool):
        project.train.seed = seed
    if problems:
        raise ImportError_(problems)
    notes: list[str] = []
    kept = _kept_settings(text)
    if kept is not None:
        _apply_kept(project, kept, problems)
        if problems:
            raise ImportError_(problems)
    else:
        notes.append(guess_data(project))
    _name_layers(project)
    return Imported(project, notes)


def guess_data(project: Project) -> str:
    """Data settings that fit the network's input, since the file does not say; returns the
    sentence saying what was chosen."""
    first = project.layers[0] if project.layers else None
    shape = tuple(first.params.get("shape") or ()) if first and first.kind == "Input" else ()
    d = project.data
    if shape in ((28, 28), (28, 28, 1), (784,)):
        d.dataset, d.preprocessing, d.flatten = "mnist", "scale01", shape == (784,)
        if shape == (28, 28, 1):
            return KerasImport.tr(
                "The file does not say which data it trains on: MNIST is chosen, as the input "
                "is a 28x28 picture; add a Reshape layer to (28, 28, 1) or change the input."
            )
        return KerasImport.tr(
            "The file does not say which data it trains on: MNIST is chosen, as the input is "
            "a 28x28 picture, with pixels scaled to 0..1; check the Data panel."
        )
    if shape == (2,):
        d.dataset, d.preprocessing, d.test_fraction = "xor", "none", 0.0
        return KerasImport.tr(
            "The file does not say which data it trains on: XOR is chosen (2 inputs)."
        )
    d.dataset, d.preprocessing = "csv", "standardize"
    return KerasImport.tr(
        "The file does not say which data it trains on: choose your CSV file and its label "
        "column in the Data panel."
    )


def _add_layer(node: ast.AST, reader: _Source, layers: list[LayerSpec], problems: list[str],
               in_loop: bool) -> None:  # fmt: skip
    where = reader.where(node)
    class_name = _layer_call(node)
    if class_name is None or not isinstance(node, ast.Call):
        said = KerasImport.tr(
            "expected a Keras layer, such as layers.Dense(128). Received: {code}."
        )
        problems.append(_at(where, said.format(code=ast.unparse(node)[:60])))
        return
    if in_loop:
        said = KerasImport.tr(
            "this layer is added in a loop; nnstudio needs each layer written out."
        )
        problems.append(_at(where, said))
        return
    if class_name == "Lambda":
        said = KerasImport.tr("a Lambda layer runs code of its own, which nnstudio never imports.")
        problems.append(_at(where, said))
        return
    args = [reader.value(a, problems) for a in node.args]
    kwargs = {k.arg: reader.value(k.value, problems) for k in node.keywords if k.arg}
    if not layers and class_name not in ("Input", "InputLayer"):
        shape = _first_input(kwargs)
        if shape is not None:
            layers.append(LayerSpec("Input", {"shape": shape}))
    layer = make_layer(class_name, args, kwargs, f"{where} ({class_name})", problems)
    if layer is not None:
        layers.append(layer)


def _functional_step(stmt: ast.Assign, reader: _Source, chains: dict[str, list[LayerSpec]],
                     problems: list[str], in_loop: bool) -> None:  # fmt: skip
    """``x = keras.Input(...)`` or ``x = layers.Dense(...)(y)``: one more link of a chain."""
    target = stmt.targets[0] if len(stmt.targets) == 1 else None
    if not isinstance(target, ast.Name):
        return
    call = stmt.value
    assert isinstance(call, ast.Call)
    if _layer_call(call) in ("Input", "InputLayer"):
        layers: list[LayerSpec] = []
        _add_layer(call, reader, layers, problems, in_loop)
        chains[target.id] = layers
        return
    inner = call.func
    if isinstance(inner, ast.Call) and _layer_call(inner) and len(call.args) == 1:
        source = call.args[0]
        if isinstance(source, ast.Name) and source.id in chains:
            layers = list(chains[source.id])
            _add_layer(inner, reader, layers, problems, in_loop)
            chains[target.id] = layers
        elif isinstance(source, ast.Name):
            said = KerasImport.tr("this layer takes {name}, which is not a chain from keras.Input.")
            problems.append(_at(reader.where(call), said.format(name=source.id)))


def _functional_model(call: ast.Call, reader: _Source, chains: dict[str, list[LayerSpec]],
                      problems: list[str]) -> list[LayerSpec] | None:  # fmt: skip
    args = list(call.args) + [k.value for k in call.keywords if k.arg in ("inputs", "outputs")]
    if len(args) < 2:
        return None
    outputs = args[1]
    if isinstance(outputs, ast.Name) and outputs.id in chains:
        return chains[outputs.id]
    said = KerasImport.tr(
        "expected the model's outputs to be one chain of layers from keras.Input."
    )
    problems.append(_at(reader.where(call), said))
    return None


def _read_compile(node: ast.Call, reader: _Source, project: Project, problems: list[str]) -> None:
    kwargs = {k.arg: k.value for k in node.keywords if k.arg}
    where = reader.where(node)
    for key in set(kwargs) - {"optimizer", "loss", "metrics"} - OWN_CHOICES:
        said = KerasImport.tr("nnstudio has no compile setting {key}.")
        problems.append(_at(where, said.format(key=key)))
    optimizer = kwargs.get("optimizer")
    if isinstance(optimizer, ast.Call):
        class_name = _dotted(optimizer.func).split(".")[-1]
        okw = {k.arg: reader.value(k.value, problems) for k in optimizer.keywords if k.arg}
        found = optimizer_from(class_name, okw, where, problems)
        if found is not None:
            project.compile.optimizer, project.compile.optimizer_params = found
    elif optimizer is not None:
        value = reader.value(optimizer, problems)
        found = optimizer_from(str(value), {}, where, problems) if isinstance(value, str) else None
        if found is not None:
            project.compile.optimizer, project.compile.optimizer_params = found
    loss = kwargs.get("loss")
    if isinstance(loss, ast.Call):
        loss_value: Any = _dotted(loss.func).split(".")[-1]
    else:
        loss_value = reader.value(loss, problems) if loss is not None else None
    if loss_value is not None:
        name = loss_from(loss_value, where, problems)
        if name is not None:
            project.compile.loss = name
    if "metrics" in kwargs:
        metrics = reader.value(kwargs["metrics"], problems)
        if isinstance(metrics, (list, tuple)) and all(isinstance(m, str) for m in metrics):
            project.compile.metrics = list(metrics)


def _read_fit(node: ast.Call, reader: _Source, project: Project, problems: list[str]) -> None:
    for k in node.keywords:
        if k.arg in ("epochs", "batch_size", "shuffle"):
            value = reader.value(k.value, problems)
            if value is not None:
                setattr(project.train, k.arg, value)
        elif k.arg == "validation_split":
            value = reader.value(k.value, problems)
            if isinstance(value, (int, float)):
                project.data.validation_split = float(value)


def _kept_settings(text: str) -> dict[str, Any] | None:
    """The settings an nnstudio export keeps in its last lines (``# nnstudio: {...``)."""
    prefix = f"# {MARK} "
    chunks: list[str] = []
    for line in reversed(text.splitlines()):
        if line.startswith(prefix):
            chunks.append(line[len(prefix) :])
        elif line.strip() or chunks:
            break
    if not chunks:
        return None
    try:
        value = json.loads("".join(reversed(chunks)))
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _apply_kept(project: Project, kept: dict[str, Any], problems: list[str]) -> None:
    try:
        data = Project.from_dict({"data": kept.get("data", {})}).data
    except ProjectFileError as exc:
        said = KerasImport.tr("The settings kept in the file cannot be read: {error}")
        problems.append(said.format(error=exc))
        return
    data.validation_split = project.data.validation_split
    project.data = data
    for key in ("name", "description", "template"):
        if isinstance(kept.get(key), str):
            setattr(project, key, kept[key])


def _name_layers(project: Project) -> None:
    """Names Keras makes up (dense, dense_1, input_layer_3...) become nnstudio's automatic
    ones; a name of the author's own stays."""
    named = [layer.name for layer in project.layers]
    for layer in project.layers:
        layer.name = ""
    automatic = layer_names(project.layers)
    for layer, name, auto in zip(project.layers, named, automatic, strict=True):
        base = catalog.LAYER_KINDS[layer.kind].keras_name
        made_up = re.fullmatch(rf"{re.escape(base)}(_\d+)?", name) is not None
        layer.name = "" if name in ("", auto) or made_up else name


def kept_settings(project: Project) -> dict[str, Any]:
    """What an export keeps for import beside its code: the data settings and the name."""
    return {
        "name": project.name,
        "description": project.description,
        "template": project.template,
        "data": project.to_dict()["data"],
    }


#: The width of one line of kept settings (within the 100 columns of the exported code).
KEPT_WIDTH = 80


def kept_line(project: Project) -> str:
    """The last lines of an exported script: what the code cannot carry readably, as JSON
    cut into comment lines of at most 100 characters."""
    text = json.dumps(kept_settings(project), ensure_ascii=True, separators=(",", ":"))
    chunks = []
    while text:
        # A line never ends in a space: formatters strip those, and the JSON would change.
        cut = min(KEPT_WIDTH, len(text))
        while cut > 1 and text[cut - 1] == " ":
            cut -= 1
        while cut < len(text) and text[cut - 1] == " ":  # nothing but spaces: take them all
            cut += 1
        chunks.append(text[:cut])
        text = text[cut:]
    said = KerasImport.tr(
        "For nnstudio's File → Import: the data and the name, which the code above cannot\n"
        "say in a way nnstudio reads."
    )
    # No line of the words may look like a line of the settings (read from the end up).
    words = [f"#  {line[2:]}" if line.startswith(f"# {MARK}") else line for line in comment(said)]
    return "\n".join([*words, *(f"# {MARK} {chunk}" for chunk in chunks)])


def notebook_code(text: str, source: str) -> tuple[str, dict[str, Any] | None]:
    """A notebook's code cells joined, and the settings nnstudio kept in its metadata."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        said = KerasImport.tr(
            "{file} is not a notebook: expected JSON, found a mistake at line {number}."
        )
        raise ImportError_([said.format(file=source, number=exc.lineno)]) from None
    cells = doc.get("cells") if isinstance(doc, dict) else None
    if not isinstance(cells, list):
        said = KerasImport.tr("{file} is not a Jupyter notebook: expected a list of cells.")
        raise ImportError_([said.format(file=source)])
    code = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "code":
            lines = cell.get("source", [])
            text_ = "".join(lines) if isinstance(lines, list) else str(lines)
            # IPython's own lines (!pip, %matplotlib) are not Python.
            kept_lines = [ln for ln in text_.splitlines() if not ln.lstrip().startswith(("!", "%"))]
            code.append("\n".join(kept_lines))
    kept = doc.get("metadata", {}).get("nnstudio") if isinstance(doc, dict) else None
    return "\n\n".join(code), kept if isinstance(kept, dict) else None


def import_file(path: str | Path) -> Imported:
    """The project in ``path`` (.keras, .py or .ipynb); raises :class:`ImportError_` with
    every problem, or :class:`NNStudioError` for a file that cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".keras", ".py", ".ipynb"):
        said = KerasImport.tr(
            "{file}: expected a .keras file, a Python script (.py) or a notebook (.ipynb)."
        )
        raise ImportError_([said.format(file=path.name)])
    if not path.is_file():
        raise ImportError_([KerasImport.tr("There is no file at {path}.").format(path=path)])
    if suffix == ".keras":
        return from_keras_file(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as exc:
        said = KerasImport.tr("{file} cannot be read as text: {error}")
        raise ImportError_([said.format(file=path.name, error=exc)]) from None
    if suffix == ".ipynb":
        code, kept = notebook_code(text, path.name)
        if kept is not None:
            code += "\n# " + MARK + " " + json.dumps(kept)
        imported = from_python(code, path.name)
    else:
        imported = from_python(text, path.name)
    return imported
