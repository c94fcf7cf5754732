"""The frozen program's entry point: the same as the ``nnstudio`` command."""

import multiprocessing
import os
import sys


def _keep_keras_files_with_ours() -> None:
    """In portable mode (or with NNSTUDIO_HOME), Keras's own folder goes there too.

    Keras writes ``~/.keras/keras.json`` when it is first imported; on a USB stick or a
    wiped lab that file belongs with nnstudio's, not in the home folder.
    """
    from nnstudio.userdirs import PORTABLE_MARKER, _program_dir, data_dir

    if os.environ.get("NNSTUDIO_HOME") or (_program_dir() / PORTABLE_MARKER).is_file():
        os.environ.setdefault("KERAS_HOME", str(data_dir() / "keras"))


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _keep_keras_files_with_ours()
    from nnstudio.cli import main

    sys.exit(main())
