"""Run nnstudio's command line speaking the made-up language of test_i18n_window.py (every
translated sentence wrapped in ⟦ ⟧): ``python tests/pseudo_cli.py ARGS...``."""

from __future__ import annotations

import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))
import translations as tools  # noqa: E402

from nnstudio.core import i18n  # noqa: E402


def pseudo_catalog() -> i18n.Catalog:
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "pseudo.ts"
        tools.lupdate([fresh])
        root = ET.parse(fresh).getroot()
    catalog = i18n.Catalog(language="pseudo")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            form = f"⟦{source}⟧"
            forms = (form, form) if message.get("numerus") == "yes" else (form,)
            catalog.messages[(name, source, message.findtext("comment") or "")] = forms
    return catalog


if __name__ == "__main__":
    catalog = pseudo_catalog()
    # The command line chooses its language as it starts: "German" is the made-up one.
    i18n.available_languages = lambda: ["en", "de"]  # type: ignore[assignment]
    i18n.read_qm = lambda path: catalog  # type: ignore[assignment]
    os.environ[i18n.ENV_VAR] = "de"
    from nnstudio.cli import main

    sys.exit(main(sys.argv[1:]))
