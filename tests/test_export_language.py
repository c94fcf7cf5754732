"""The exported Keras code stays Keras in every language; its comments, docstrings and
notebook text follow the language."""

from __future__ import annotations

import ast
import io
import json
import tokenize

import pytest

from nnstudio import export
from nnstudio.core import i18n
from nnstudio.core.templates import from_template


@pytest.fixture
def english():
    yield
    i18n.set_language("en")


def code_only(source: str) -> str:
    """The script as Python sees it, without its docstrings (comments are not in the tree)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                body[0] = ast.Pass()
    return ast.dump(tree)


def comments(source: str) -> str:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return " ".join(t.string for t in tokens if t.type == tokenize.COMMENT)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
@pytest.mark.parametrize("template", ["mnist-128", "xor"])
def test_the_code_stays_keras_and_the_comments_follow_the_language(language, template, english):
    project = from_template(template)
    i18n.set_language("en")
    english_script = export.script(project)
    assert i18n.set_language(language) == language
    translated = export.script(project)
    # The same program, line for line of code.
    assert code_only(translated) == code_only(english_script)
    # Other words around it.
    assert comments(translated) != comments(english_script)
    assert ast.get_docstring(ast.parse(translated)) != ast.get_docstring(ast.parse(english_script))
    compile(translated, "exported.py", "exec")
    # A notebook: valid JSON, its markdown in the language.
    notebook = json.loads(export.notebook(project))
    markdown = " ".join(
        "".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown"
    )
    i18n.set_language("en")
    english_notebook = json.loads(export.notebook(project))
    english_markdown = " ".join(
        "".join(cell["source"])
        for cell in english_notebook["cells"]
        if cell["cell_type"] == "markdown"
    )
    assert markdown != english_markdown
