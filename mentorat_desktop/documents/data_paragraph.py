"""Paragraphs of a person's or a pair's data (names, dates, values), made as reportlab makes
them, with two shortcuts that change nothing on the page.

- Plain text (no tag, no entity: most names) skips reportlab's markup parser: the parser
  would give it one fragment, the style's own, holding the text; that fragment is copied from
  one made once per style out of a neutral placeholder, so no person's data is kept.
- Lines are broken once per width: reportlab measures a paragraph in a table cell three or
  four times at the same width (the table, the group kept together, the drawing of the
  cell). The answer is kept on the paragraph itself, for the document being made only.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

# Beyond this many styles the cache starts again: a bound, never reached by the documents.
LIMIT = 256
# What the parser is given for the fragment every plain paragraph of a style copies.
_PLACEHOLDER = "x"
# A style compares by identity: the documents' styles are built once per process.
_plain_frags: dict[ParagraphStyle, Any] = {}


def _plain_frag(style: ParagraphStyle) -> Any:
    frag = _plain_frags.get(style)
    if frag is None:
        (frag,) = Paragraph(_PLACEHOLDER, style).frags
        if len(_plain_frags) >= LIMIT:
            _plain_frags.clear()
        _plain_frags[style] = frag
    return frag


def plain_frags(text: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """The text as reportlab cleans it and the fragments its parser would make of it, or None
    when the text holds markup (a tag or an entity) and must be parsed."""
    cleaned = cleanBlockQuotedText(text)
    if not cleaned or "<" in cleaned or "&" in cleaned or getattr(style, "textTransform", None):
        return None
    # A fragment of its own, lists included, as the parser makes one per paragraph.
    return cleaned, [_plain_frag(style).clone(text=cleaned, link=[], us_lines=[])]


class OnceWrapped(Paragraph):
    """A paragraph that breaks its lines once for a width, however often it is measured."""

    _wrapped_at: tuple[float, object, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._wrapped_at
        # The lines are those of the last wrap: the same width, and nobody broke them since.
        if done is not None and done[0] == availWidth and done[1] is self.__dict__.get("blPara"):
            self.width, self.height = done[2], done[3]
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        blpara = self.__dict__.get("blPara")
        if blpara is not None:
            self._wrapped_at = (availWidth, blpara, self.width, self.height)
        return size


class DataParagraph(OnceWrapped):
    """A paragraph of someone's data: plain text is not put through the markup parser."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,
        frags: list[Any] | None = None,
    ) -> None:
        if frags is None and text is not None:
            plain = plain_frags(text, style)
            if plain is not None:
                text, frags = plain
        super().__init__(text, style, bulletText=bulletText, frags=frags)


def forget_plain_frags() -> None:
    """Start again from nothing, as a new process would (tests compare the two)."""
    _plain_frags.clear()
