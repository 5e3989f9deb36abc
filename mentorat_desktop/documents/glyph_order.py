"""The characters of a document's fixed wording take their font codes first.

A PDF names each glyph of an embedded font by a code the file gives its character, in the
order the file first draws it. Left to that order, the names on a form (drawn near the top)
take codes first, and the accented letters of the commitments below get other codes in every
form: their kept drawings (:mod:`fixed_text`, :mod:`fixed_table`) would not hold in most files
and would be drawn again. Giving the wording's characters their codes at the start of each
document, in the wording's own order, makes those codes the same in every form of a kind and
language whatever the names. The other letters of the document (names, dates, values) take
the codes after them in the order of their code points, whatever the order the names bring
them in: two forms whose data hold the same letters then embed the same font subsets, which
the fonts keep from one file to the next (:mod:`fonts`) instead of cutting and compressing
them again.

Nothing on the page changes: the same glyphs are embedded (only characters the document
draws), at the same places, under other numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from mentorat_desktop.documents.fixed_table import table_cells

# Codes reportlab gives readable ASCII in every file (and the no-break space, drawn as a
# space); the rest are given in order of use.
_ASCII = frozenset(map(chr, range(32, 128))) | {"\xa0"}
# Beyond this many entries the cache starts again: a bound, never reached by the documents.
LIMIT = 4096
# Per paragraph or table of wording (by its layout key): its characters per font, in order.
_by_key: dict[Any, tuple[tuple[str, str], ...]] = {}

Chars = tuple[tuple[str, str], ...]


def is_wording(flowable: object) -> bool:
    """Whether ``flowable`` is a paragraph of the documents' own wording (no one's data)."""
    return isinstance(flowable, Paragraph) and getattr(flowable, "_wording", False)


def _paragraph_chars(paragraph: Paragraph) -> Iterator[tuple[str, str]]:
    for frag in paragraph.frags:
        yield frag.fontName, getattr(frag, "text", "")
    bullet = paragraph.bulletText
    if isinstance(bullet, str):
        yield paragraph.style.bulletFontName, bullet


def _parts(flowable: Flowable) -> Iterable[Flowable]:
    """What a table or a group kept together holds; nothing for any other flowable."""
    if isinstance(flowable, Table):
        return table_cells(flowable._cellvalues)
    if isinstance(flowable, KeepTogether):
        return flowable._content
    return ()


def _wording_of(flowable: Flowable) -> Iterator[tuple[str, str]]:
    key = getattr(flowable, "_layout_key", None)
    if key is not None and key in _by_key:
        yield from _by_key[key]
    elif is_wording(flowable):
        yield from _kept(key, _paragraph_chars(flowable))
    else:
        found = (pair for part in _parts(flowable) for pair in _wording_of(part))
        yield from (found if key is None else _kept(key, found))


def _data_of(flowable: Flowable) -> Iterator[tuple[str, str]]:
    if isinstance(flowable, Paragraph):
        if not is_wording(flowable):
            yield from _paragraph_chars(flowable)
    else:
        for part in _parts(flowable):
            yield from _data_of(part)


def _kept(key: Any, found: Iterable[tuple[str, str]]) -> Chars:
    chars = _ordered(found)
    if key is not None:
        if len(_by_key) >= LIMIT:
            _by_key.clear()
        _by_key[key] = chars
    return chars


def _ordered(found: Iterable[tuple[str, str]]) -> Chars:
    """Per font, each character not in readable ASCII once, in order of first appearance."""
    per_font: dict[str, dict[str, None]] = {}
    for font, text in found:
        seen = per_font.setdefault(font, {})
        for char in text:
            if char not in _ASCII:
                seen[char] = None
    return tuple((font, "".join(chars)) for font, chars in per_font.items() if chars)


def wording_chars(story: Iterable[Flowable]) -> Chars:
    """The characters of the wording in ``story``, per font, in order of first appearance."""
    return _ordered(pair for flowable in story for pair in _wording_of(flowable))


def data_chars(story: Iterable[Flowable]) -> Chars:
    """The other characters of ``story`` (names, dates, values), per font, in the order of
    their code points: forms whose data bring the same letters, in whatever order, then embed
    the same font subsets (which the fonts keep, see :mod:`fonts`)."""
    per_font: dict[str, set[str]] = {}
    for flowable in story:
        for font, text in _data_of(flowable):
            per_font.setdefault(font, set()).update(text)
    found = ((font, "".join(sorted(chars - _ASCII))) for font, chars in per_font.items())
    return tuple((font, text) for font, text in found if text)


def first_codes(story: Sequence[Flowable]) -> Chars:
    """What a document gives codes first: its wording's characters, then its data's."""
    return wording_chars(story) + data_chars(story)


def give_codes_first(canvas: Any, chars: Chars) -> None:
    """Give ``chars`` their codes in ``canvas``'s file now (those not given one already)."""
    doc = canvas._doc
    for font_name, text in chars:
        font = getFont(font_name)
        if isinstance(font, TTFont):
            font.splitString(text, doc)


def forget_glyph_orders() -> None:
    """Start again from nothing, as a new process would (tests compare the two)."""
    _by_key.clear()
