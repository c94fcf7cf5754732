"""``python -m nnstudio``: the same as the ``nnstudio`` command."""

import sys

from nnstudio.cli import main

# Guarded: the training process is started by re-importing the main module, which must not
# open a second window.
if __name__ == "__main__":
    sys.exit(main())
