"""A lesson's text, written plainly, as HTML for the window.

A lesson author writes short paragraphs separated by a blank line, and within them:

- ``**bold**``, ``*italic*`` and ```code``` (a setting's name, a piece of Keras);
- ``$formula$`` for a simple formula: ``x^2`` and ``x^{10}`` are raised, ``w_1`` and
  ``w_{ij}`` lowered, ``*`` is ×, and ``\\sum``, ``\\sigma``, ``\\le``, ``\\ge``, ``\\ne``,
  ``\\approx``, ``\\to``, ``\\cdot`` and the Greek letters become their signs;
- lines starting with ``- `` make a list.

Everything else is shown as typed (``<`` stays ``<``): a lesson file cannot inject HTML.
"""

from __future__ import annotations

import html
import re

SYMBOLS = {
    "sum": "∑",
    "cdot": "·",
    "times": "×",
    "le": "≤",
    "ge": "≥",
    "ne": "≠",
    "approx": "≈",
    "to": "→",
    "infty": "∞",
    "sqrt": "√",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "eta": "η",
    "theta": "θ",
    "lambda": "λ",
    "mu": "μ",
    "pi": "π",
    "sigma": "σ",
    "Sigma": "Σ",
    "partial": "∂",
}

_SCRIPT = re.compile(r"([\^_])(\{([^{}]*)\}|[A-Za-z0-9+\-−]+)")
_NAME = re.compile(r"\\([A-Za-z]+)")
_INLINE = re.compile(
    r"`(?P<code>[^`]+)`"
    r"|\$(?P<math>[^$]+)\$"
    r"|\*\*(?P<bold>[^*]+)\*\*"
    r"|\*(?P<italic>[^*\s][^*]*)\*"
)


def formula(text: str) -> str:
    """A simple formula as HTML (``text`` not yet escaped)."""
    text = _NAME.sub(lambda m: SYMBOLS.get(m.group(1), m.group(0)), text)
    text = html.escape(text, quote=False).replace("*", "×").replace("-", "−")

    def script(m: re.Match[str]) -> str:
        tag = "sup" if m.group(1) == "^" else "sub"
        body = m.group(3) if m.group(3) is not None else m.group(2)
        return f"<{tag}>{body}</{tag}>"

    return f"<i>{_SCRIPT.sub(script, text)}</i>"


def inline(text: str) -> str:
    """One paragraph's text with its bold, italic, code and formulas as HTML."""
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[pos : m.start()], quote=False))
        if m.group("code") is not None:
            out.append(f"<code>{html.escape(m.group('code'), quote=False)}</code>")
        elif m.group("math") is not None:
            out.append(formula(m.group("math")))
        elif m.group("bold") is not None:
            out.append(f"<b>{html.escape(m.group('bold'), quote=False)}</b>")
        else:
            out.append(f"<i>{html.escape(m.group('italic'), quote=False)}</i>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def to_html(text: str) -> str:
    """A lesson's text (paragraphs, lists, bold, italic, code, formulas) as HTML."""
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{inline(line[2:])}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append(f"<p>{inline(' '.join(lines))}</p>")
    return "".join(blocks)


def plain(text: str) -> str:
    """A lesson's text for a terminal: the marks taken out, formulas' symbols kept."""
    text = _NAME.sub(lambda m: SYMBOLS.get(m.group(1), m.group(0)), text)
    return re.sub(r"\*\*|`|\$", "", text)
