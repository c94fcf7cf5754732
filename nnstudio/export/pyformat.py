"""A small formatter for the code the exporter writes: values as source, string literals,
docstrings, comments and prose, laid out as ``ruff format --line-length 100`` lays them out.

Everything a user typed reaches the code only through :func:`py_string` (an escaped literal)
or :func:`plain_text` (one line with quotes and backslashes made harmless), so no name can
break or inject code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from nnstudio.core.keras_args import Call

LINE_LENGTH = 100
INDENT = "    "
# Prose is wrapped well inside the line length, so wide characters cannot push it over.
TEXT_WIDTH = 88


# --- code ----------------------------------------------------------------------------------


def join_blocks(blocks: Sequence[str]) -> str:
    """Top-level blocks separated as ruff separates them."""
    out = ""
    previous = ""
    for block in blocks:
        if not block:
            continue
        if out:
            is_def = block.startswith(("def ", "class ", "@"))
            after_def = previous.startswith(("def ", "class ", "@"))
            after_docstring = previous.startswith('"""')
            gap = 1 if after_docstring else 2 if is_def or after_def else 1
            out += "\n" * (gap + 1)
        out += block
        previous = block
    return out + "\n"


def function(name: str, params: Sequence[str], body: Sequence[str], doc: str = "") -> str:
    """A top-level ``def`` with a docstring (``doc``: nnstudio's own words, perhaps translated,
    on one line if it fits, else wrapped); ``body`` lines are indented here."""
    lines = [f"def {name}({', '.join(params)}):"]
    if doc:
        doc = safe_text(doc)
        if width(f'{INDENT}"""{doc}"""') <= LINE_LENGTH:
            lines.append(f'{INDENT}"""{doc}"""')
        else:
            wrapped = wrap(doc, LINE_LENGTH - len(INDENT) - 3)
            wrapped[0] = '"""' + wrapped[0]
            lines += [INDENT + line for line in [*wrapped, '"""']]
    lines += [INDENT + line if line else "" for line in body]
    return "\n".join(lines)


def expr(value: Any, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
    """``value`` as source lines starting at column ``indent``, formatted as ruff would.

    It stays on one line if that fits; otherwise a call, list, tuple or dict is split one item
    per line with a trailing comma (which ruff keeps split, so the result is stable).
    """
    pad = " " * indent
    one_line = pad + prefix + flat(value) + suffix
    if width(one_line) <= LINE_LENGTH:
        return [one_line]
    items: list[tuple[str, Any]]
    if isinstance(value, Call):
        opening, closing = value.func + "(", ")"
        items = [("", a) for a in value.args] + [(f"{k}=", v) for k, v in value.kwargs.items()]
    elif isinstance(value, (list, tuple)) and len(value) > 1:
        opening, closing = ("[", "]") if isinstance(value, list) else ("(", ")")
        items = [("", v) for v in value]
    elif isinstance(value, dict) and value:
        opening, closing = "{", "}"
        items = [(f"{flat(k)}: ", v) for k, v in value.items()]
    else:
        return [one_line]
    lines = [pad + prefix + opening]
    for key, item in items:
        lines += expr(item, indent + len(INDENT), key, ",")
    lines.append(pad + closing + suffix)
    return lines


def body_expr(value: Any, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
    """As :func:`expr`, for the body of a top-level function (one indent level deeper)."""
    return [line[len(INDENT) :] for line in expr(value, indent + len(INDENT), prefix, suffix)]


def flat(value: Any) -> str:
    """``value`` as source on one line."""
    if isinstance(value, Call):
        args = [flat(a) for a in value.args]
        args += [f"{k}={flat(v)}" for k, v in value.kwargs.items()]
        return f"{value.func}({', '.join(args)})"
    if isinstance(value, str):
        return py_string(value)
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        # repr round-trips exactly; inf and nan never pass validation.
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(flat(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(flat(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{flat(k)}: {flat(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} values as source: {value!r}")


def py_string(text: str) -> str:
    """``text`` as a Python string literal that evaluates back to exactly ``text``.

    Quotes as ruff quotes (double unless the text holds more double than single quotes);
    backslashes, quotes, line breaks and every character that is invisible, combining or of
    uncertain width are escaped, so the literal is safe, fits on one line and its width on
    screen is known.
    """
    quote = "'" if text.count('"') > text.count("'") else '"'
    return quote + "".join(_escape(ch, quote) for ch in text) + quote


def _escape(ch: str, quote: str) -> str:
    if ch == "\\" or ch == quote:
        return "\\" + ch
    if _char_width(ch) is not None:
        return ch
    code = ord(ch)
    if ch in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch]
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _char_width(ch: str) -> int | None:
    """Columns ``ch`` takes on screen (as ruff counts them), or None if it is better escaped:
    a line break, an invisible or combining character."""
    if " " <= ch <= "~":
        return 1
    if not ch.isprintable() or unicodedata.category(ch).startswith("M"):
        return None
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def width(line: str) -> int:
    """Columns ``line`` takes on screen, as ruff counts them."""
    return sum(_char_width(ch) or 0 for ch in line)


def string_constant(name: str, text: str | None) -> list[str]:
    """``NAME = "text"``, split into parts inside parentheses when it is too long for one line."""
    if text is None:
        return [f"{name} = None"]
    literal = py_string(text)
    if width(f"{name} = {literal}") <= LINE_LENGTH:
        return [f"{name} = {literal}"]
    if width(INDENT + literal) <= LINE_LENGTH:
        return [f"{name} = (", INDENT + literal, ")"]
    lines = [f"{name} = ("]
    chunk = ""
    for ch in text:
        while chunk and width(INDENT + py_string(chunk + ch)) > LINE_LENGTH:
            # Break after a slash or a space where there is one, so words stay whole.
            cut = max(chunk.rfind("/"), chunk.rfind(" ")) + 1
            cut = cut if cut > len(chunk) // 2 else len(chunk)
            lines.append(INDENT + py_string(chunk[:cut]))
            chunk = chunk[cut:]
        chunk += ch
    lines += [INDENT + py_string(chunk), ")"]
    return lines


# --- prose: docstrings, comments and markdown ----------------------------------------------


def safe_text(text: str) -> str:
    """nnstudio's own words (a translation, say) made safe for a docstring: one line, no
    double quotes or backslashes to escape."""
    return plain_text(text, 10_000)


def plain_text(text: str, limit: int) -> str:
    """User text made safe for a docstring: one line, no quotes or backslashes to escape."""
    words = "".join(ch if ch.isprintable() else " " for ch in text)
    words = words.replace('"', "'").replace("\\", "/")
    words = " ".join(words.split())
    if len(words) > limit:
        words = words[: limit - 3].rstrip() + "..."
    return words


def wrap(text: str, line_width: int = TEXT_WIDTH) -> list[str]:
    """``text`` as lines of at most ``line_width`` columns, breaking between words."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for piece in _pieces(word, line_width):
            candidate = f"{line} {piece}" if line else piece
            if line and width(candidate) > line_width:
                lines.append(line)
                line = piece
            else:
                line = candidate
    if line:
        lines.append(line)
    return lines


def _pieces(word: str, line_width: int) -> Iterator[str]:
    # A word longer than a line (a long link, say) is cut, so that no line is too long.
    while width(word) > line_width:
        cut = line_width
        while width(word[:cut]) > line_width:
            cut -= 1
        yield word[:cut]
        word = word[cut:]
    yield word


def docstring(paragraphs: Sequence[str]) -> str:
    """A module docstring made of ``paragraphs``, which must be safe as from :func:`plain_text`."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines += wrap(paragraph)
    lines[0] = '"""' + lines[0]
    return "\n".join([*lines, '"""'])


def comment(text: str, indent: int = 0) -> list[str]:
    """``text`` as comment lines, for code ``indent`` columns in; only ever called with
    nnstudio's own words (translated too). The text's own line breaks are kept, and a line
    too long for the code (a translation's) is wrapped."""
    line_width = min(TEXT_WIDTH, LINE_LENGTH - indent - 2)
    lines: list[str] = []
    for line in text.splitlines():
        lines += wrap(line, line_width) or [""]
    return [("# " + line).rstrip() for line in lines]


def with_comment(code: str, text: str, indent: int = 0) -> list[str]:
    """``code  # text`` when it fits ``indent`` columns in; else the comment on lines of its own
    above the code (a translation may be longer)."""
    line = f"{code}  # {text}"
    if "\n" not in text and width(" " * indent + line) <= LINE_LENGTH:
        return [line]
    lead = code[: len(code) - len(code.lstrip())]
    return [lead + line for line in comment(text, indent + len(lead))] + [code]


def markdown_text(text: str) -> str:
    """``text`` shown as typed in a markdown cell."""
    # Markdown cells can hold HTML; these three make sure a name shows as typed and nothing more.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
