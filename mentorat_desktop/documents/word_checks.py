"""Two checks reportlab's paragraphs make for every word they place, made cheaper with the same
answers; installed in reportlab's paragraph module when the documents are first used.

A paragraph of several fragments (a sentence with the pair's names in bold) is broken into
lines word by word, and for each word reportlab

- compares the word's fragment with the previous one (``sameFrag``): reportlab's compiled
  version looks up a dozen attributes that fragments mostly lack, raising and clearing an
  error for each; ``hasattr`` and ``getattr`` with a default answer the same without one;
- measures a space in each fragment of the line so far (how far the spaces may shrink to fit
  one more word): the width of a space in a font at a size is kept.

The answers are the same values, so lines break where they did; nothing about a person is
kept (only the width of a space per font and size).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import paragraph

# What reportlab's sameFrag compares (reportlab.lib.rl_accel, its reference version).
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
# An attribute one fragment lacks and the other has (even as None) makes them differ.
_LACKING = object()
# Beyond this many fonts and sizes the cache starts again: a bound, never reached.
LIMIT = 256
_spaces: dict[tuple[str, float, str], tuple[Any, float]] = {}


def same_frag(f: Any, g: Any) -> int:
    """reportlab's sameFrag: 1 when two fragments are drawn alike (either may join the
    other's run of text), 0 otherwise."""
    if hasattr(f, "cbDefn") or hasattr(f, "lineBreak"):
        return 0
    if hasattr(g, "cbDefn") or hasattr(g, "lineBreak"):
        return 0
    for name in _COMPARED:
        if getattr(f, name, _LACKING) != getattr(g, name, _LACKING):
            return 0
    return 1


def string_width(text: str, fontName: str, fontSize: float, encoding: str = "utf8") -> float:
    """reportlab's stringWidth, the width of a single space kept per font and size."""
    font = getFont(fontName)
    if text != " ":
        return font.stringWidth(text, fontSize, encoding=encoding)
    key = (fontName, fontSize, encoding)
    kept = _spaces.get(key)
    if kept is not None and kept[0] is font:  # the same font object: a font registered again
        return kept[1]
    width = font.stringWidth(text, fontSize, encoding=encoding)
    if len(_spaces) >= LIMIT:
        _spaces.clear()
    _spaces[key] = (font, width)
    return width


def install() -> None:
    """Have reportlab's paragraphs use these checks (idempotent)."""
    paragraph.sameFrag = same_frag
    paragraph.stringWidth = string_width
