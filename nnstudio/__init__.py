"""nnstudio: learn neural networks by building them."""

__version__ = "0.1.0"
