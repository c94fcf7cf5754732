"""The frozen program's entry point: the same as the ``nnstudio`` command."""

import multiprocessing
import sys

from nnstudio.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
