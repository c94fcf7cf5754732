"""The translations nnstudio ships: Qt .ts sources (edited by translators) and the .qm files
compiled from them with pyside6-lrelease (packaging/translations.py makes both)."""
