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

from collections.abc import Iterable, Iterator
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

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


def _cells(table: Table) -> Iterator[Flowable]:
    for row in table._cellvalues:
        for cell in row:
            if isinstance(cell, list | tuple):
                yield from cell
            elif isinstance(cell, Flowable):
                yield cell


def _kept(key: Any, found: Iterable[tuple[str, str]]) -> Chars:
    chars = _ordered(found)
    if key is not None:
        if len(_by_key) >= LIMIT:
            _by_key.clear()
        _by_key[key] = chars
    return chars


def _chars_of(flowable: Flowable) -> Iterator[tuple[str, str]]:
    key = getattr(flowable, "_layout_key", None)
    if key is not None and key in _by_key:
        yield from _by_key[key]
    elif is_wording(flowable):
        yield from _kept(key, _paragraph_chars(flowable))
    elif isinstance(flowable, Table):
        found = (pair for cell in _cells(flowable) for pair in _chars_of(cell))
        yield from (found if key is None else _kept(key, found))
    elif isinstance(flowable, KeepTogether):
        for part in flowable._content:
            yield from _chars_of(part)


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
    return _ordered(pair for flowable in story for pair in _chars_of(flowable))


def _data_of(flowable: Flowable) -> Iterator[tuple[str, str]]:
    if isinstance(flowable, Paragraph):
        if not is_wording(flowable):
            yield from _paragraph_chars(flowable)
    elif isinstance(flowable, Table):
        for cell in _cells(flowable):
            yield from _data_of(cell)
    elif isinstance(flowable, KeepTogether):
        for part in flowable._content:
            yield from _data_of(part)


def data_chars(story: Iterable[Flowable]) -> Chars:
    """The other characters of ``story`` (names, dates, values), per font, in the order of
    their code points: forms whose data bring the same letters, in whatever order, then embed
    the same font subsets (which the fonts keep, see :mod:`fonts`)."""
    per_font: dict[str, set[str]] = {}
    for flowable in story:
        for font, text in _data_of(flowable):
            per_font.setdefault(font, set()).update(text)
    return tuple(
        (font, "".join(sorted(chars - _ASCII)))
        for font, chars in per_font.items()
        if chars - _ASCII
    )


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
