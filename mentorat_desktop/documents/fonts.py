"""The typeface embedded in every document: DejaVu Sans, shipped in ``resources/fonts``.

reportlab's built-in fonts are not embedded and cover Latin-1 only; an embedded Unicode
font prints names such as « Élodie Bérubé » or « Nguyễn » the same on every printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mentorat_desktop.paths import resources_dir

REGULAR = "MentoratSans"
BOLD = "MentoratSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_dir() -> Path:
    """``resources/fonts`` in a checkout, ``mentorat_desktop/resources/fonts`` once installed."""
    return resources_dir() / "fonts"


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


@cache
def register_fonts() -> Fonts:
    """Register the two faces with reportlab once per process (parsing a TTF takes time)."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # <b> in paragraphs resolves through this family; there is no italic face.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return Fonts(REGULAR, BOLD)
