"""The exported script's --strategy: on one device, mirrored, and on two worker processes on
this computer (MultiWorkerMirroredStrategy over localhost, CPU only), reaching the accuracy one
process reaches."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from nnstudio.core.templates import from_template
from nnstudio.export.folder import export_folder


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(tf_config: dict[str, object] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TF_CONFIG"}
    env["TF_CPP_MIN_LOG_LEVEL"] = "2"
    env["CUDA_VISIBLE_DEVICES"] = ""
    if tf_config is not None:
        env["TF_CONFIG"] = json.dumps(tf_config)
    return env


def _right(output: str) -> float:
    found = re.search(r"Right answers: (\d+) of (\d+)", output)
    assert found, output[-2000:]
    return int(found.group(1)) / int(found.group(2))


def _run_one(script: Path, strategy: str) -> str:
    result = subprocess.run(
        [sys.executable, script.name, "--strategy", strategy],
        cwd=script.parent, env=_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _run_two_workers(script: Path) -> list[str]:
    ports = [_free_port(), _free_port()]
    cluster = {"worker": [f"localhost:{p}" for p in ports]}
    workers = [
        subprocess.Popen(
            [sys.executable, script.name, "--strategy", "multiworker"],
            cwd=script.parent,
            env=_env({"cluster": cluster, "task": {"type": "worker", "index": i}}),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    outputs = []
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err[-3000:]
        outputs.append(out)
    return outputs


def test_xor_on_two_workers_reaches_what_one_process_reaches(tmp_path: Path) -> None:
    project = from_template("xor")
    # Fewer, bigger steps: each step of two workers waits for the other over the network.
    project.compile.optimizer_params["learning_rate"] = 0.05
    project.train.epochs = 60
    written = export_folder(project, tmp_path / "xor")
    alone = _run_one(written.script, "one")
    assert _right(alone) == 1.0
    chief, other = _run_two_workers(written.script)
    assert "Epoch 60/60: loss" in chief and "Epoch 60/60" not in other  # the chief reports
    assert _right(chief) == _right(other) == 1.0  # both hold the same, trained weights
    assert _right(_run_one(written.script, "mirrored")) == 1.0


def test_an_mnist_slice_on_two_workers_reaches_what_one_process_reaches(
    tmp_path: Path, mnist_path: Path
) -> None:
    project = from_template("mnist-128")
    project.data.path = str(mnist_path)
    project.data.train_limit, project.data.test_limit = 3000, 1000
    project.train.epochs = 3
    written = export_folder(project, tmp_path / "digits")
    alone = _right(_run_one(written.script, "one"))
    chief, other = _run_two_workers(written.script)
    assert _right(chief) == _right(other)
    # Same arithmetic, split in two: the same accuracy, give or take the order of the sums.
    assert alone > 0.85 and abs(_right(chief) - alone) <= 0.03, (alone, _right(chief))


@pytest.mark.parametrize("bad", ["none", "tpu"])
def test_an_unknown_strategy_is_refused_by_the_script(tmp_path: Path, bad: str) -> None:
    written = export_folder(from_template("xor"), tmp_path / "xor")
    result = subprocess.run(
        [sys.executable, written.script.name, "--strategy", bad],
        cwd=written.folder, env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2 and "invalid choice" in result.stderr
