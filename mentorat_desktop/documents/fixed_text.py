"""Paragraphs of fixed wording, parsed and broken into lines once per process.

Every engagement form prints the same headings, commitments and clauses in its language;
reportlab would parse their markup and break them into lines again for each of the 500 forms
of a print run. A paragraph made by :func:`fixed_paragraph` keeps both, keyed by its exact
markup, style, bullet and width: the same key always gives the same lines, so nothing can go
stale (a changed translation is another key) or pass from one form into another.

Only wording that carries nobody's data is made here: the caches hold no personal information
and stay small (a few hundred entries: messages × languages × column widths).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Beyond this many entries a cache starts again: a bound, never reached by the documents.
LIMIT = 4096
# What Paragraph.wrap (and the breakLines it calls) leaves on the paragraph.
_WRAPPED = (
    "width",
    "height",
    "blPara",
    "_wrapWidths",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)

# A style compares by identity: the documents' styles are built once per process.
Key = tuple[str, ParagraphStyle, str | None]
_parsed: dict[Key, list[Any]] = {}
_wrapped: dict[tuple[Key, float], dict[str, Any]] = {}


class FixedParagraph(Paragraph):
    """A paragraph whose lines for a width are computed once and then reused.

    The pieces reportlab splits off at a page break are plain paragraphs of this class with
    no key: they are laid out as usual.
    """

    _layout_key: Key | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        key = self._layout_key
        if key is None or availWidth <= 0:
            return super().wrap(availWidth, availHeight)
        done = _wrapped.get((key, availWidth))
        if done is None:
            size = super().wrap(availWidth, availHeight)
            if len(_wrapped) >= LIMIT:
                _wrapped.clear()
            _wrapped[(key, availWidth)] = {
                name: getattr(self, name) for name in _WRAPPED if hasattr(self, name)
            }
            return size
        self.__dict__.update(done)
        # The one list wrap hands out that reportlab may change: each paragraph its own copy.
        self._wrapWidths = list(done["_wrapWidths"])
        return self.width, self.height


def fixed_paragraph(
    markup: str, style: ParagraphStyle, bullet: str | None = None
) -> FixedParagraph:
    """A paragraph of ``markup`` (wording without personal data) that reuses its layout."""
    key: Key = (markup, style, bullet)
    frags = _parsed.get(key)
    if frags is None:
        paragraph = FixedParagraph(markup, style, bulletText=bullet)
        if len(_parsed) >= LIMIT:
            _parsed.clear()
        _parsed[key] = paragraph.frags
    else:
        paragraph = FixedParagraph(markup, style, bulletText=bullet, frags=frags)
    paragraph._layout_key = key
    return paragraph


def forget_layouts() -> None:
    """Start again from nothing, as a new process would (tests compare the two)."""
    _parsed.clear()
    _wrapped.clear()
