"""The typeface embedded in every document: DejaVu Sans, shipped in ``resources/fonts``.

reportlab's built-in fonts are not embedded and cover Latin-1 only; an embedded Unicode
font prints names such as « Élodie Bérubé » or « Nguyễn » the same on every printer.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from mentorat_desktop.paths import resources_dir

REGULAR = "MentoratSans"
BOLD = "MentoratSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_dir() -> Path:
    """``resources/fonts`` in a checkout, ``mentorat_desktop/resources/fonts`` once installed."""
    return resources_dir() / "fonts"


# Font subsets (about 36 KB each) kept per face, most recently used first.
SUBSETS_KEPT = 32


class RememberedFlate:
    """reportlab's Flate filter (the same ``zlib.compress`` call, so the same bytes) that
    remembers what it compressed last: the font files of consecutive forms are often equal."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._done: OrderedDict[bytes, bytes] = OrderedDict()

    def encode(self, data: bytes | str) -> bytes:
        if isinstance(data, str):
            data = data.encode("utf8")
        packed = self._done.get(data)
        if packed is None:
            packed = self._done[data] = zlib.compress(data)
            if len(self._done) > SUBSETS_KEPT:
                self._done.popitem(last=False)
        else:
            self._done.move_to_end(data)
        return packed

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


class RememberingFace(TTFontFace):
    """A typeface that cuts the same subset only once.

    A file embeds the glyphs it uses, in the order it first used them; forms whose names bring
    the same characters in the same order embed the very same subset, which reportlab would
    otherwise cut out of the font file and compress again for each form.
    """

    _subsets: OrderedDict[tuple[int, ...], bytes]
    _flate: RememberedFlate

    def makeSubset(self, subset: list[int]) -> bytes:
        key = tuple(subset)
        made = self._subsets.get(key)
        if made is None:
            made = self._subsets[key] = super().makeSubset(subset)
            if len(self._subsets) > SUBSETS_KEPT:
                self._subsets.popitem(last=False)
        else:
            self._subsets.move_to_end(key)
        return made

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        descriptor = super().addSubsetObjects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{self.filename}({fontname})")
        if stream is not None and stream.filters == [pdfdoc.PDFZCompress]:
            stream.filters = [self._flate]
        return descriptor


# Numbers as the file writes them, per type: a font has a few hundred distinct glyph widths.
_WRITTEN: dict[type, dict[float, bytes]] = {int: {}, float: {}}
NUMBERS_KEPT = 65536


def _written(number: float) -> bytes:
    kept = _WRITTEN[type(number)]
    text = kept.get(number)
    if text is None:
        if len(kept) >= NUMBERS_KEPT:
            kept.clear()
        text = kept[number] = pdfdoc.format(number, None)
    return text


class WidthsArray(pdfdoc.PDFArray):
    """A subset's glyph widths, each number written as reportlab writes it, found once.

    reportlab formats each of the few hundred widths of both fonts of every file anew; the
    text of a number never changes, and the array around them is reportlab's own.
    """

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        numbers = self.sequence
        if not all(type(n) in _WRITTEN for n in numbers):
            return super().format(document, IND)
        self.sequence = [_written(n) for n in numbers]  # bytes are written as they are
        try:
            return super().format(document, IND)
        finally:
            self.sequence = numbers


class RememberingFont(TTFont):
    """A font whose subsets' widths are written through :class:`WidthsArray`."""

    def addObjects(self, doc: Any) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        super().addObjects(doc)
        for name, pdf_font in fonts.items():
            widths = getattr(pdf_font, "Widths", None)
            if name not in before and type(widths) is pdfdoc.PDFArray:
                widths.__class__ = WidthsArray


def remembering(font: TTFont) -> TTFont:
    font.__class__ = RememberingFont
    face = font.face
    face.__class__ = RememberingFace
    face._subsets = OrderedDict()
    face._flate = RememberedFlate()
    return font


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


@cache
def register_fonts() -> Fonts:
    """Register the two faces with reportlab once per process (parsing a TTF takes time)."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(remembering(TTFont(name, str(folder / filename))))
    # <b> in paragraphs resolves through this family; there is no italic face.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return Fonts(REGULAR, BOLD)
