"""Data files shipped with nnstudio (see README.md here for sources and licences)."""
