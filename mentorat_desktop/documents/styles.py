"""The look of every document: one sober palette, one type scale, one set of margins.

Kept in one place so that the four documents read as a family and a change of colour or
margin is made once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import TableStyle

from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.models.enums import PageSize

INK = colors.HexColor("#1F2933")
NAVY = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6775")
RULE = colors.HexColor("#B5BFCA")
FILL = colors.HexColor("#EEF2F6")
FAINT = colors.HexColor("#D5DCE4")

MARGIN_X = 0.75 * inch
MARGIN_TOP = 1.05 * inch
MARGIN_BOTTOM = 0.85 * inch
HEADER_Y = 0.5 * inch  # from the top edge, baseline of the first header line
FOOTER_Y = 0.45 * inch  # from the bottom edge

PAGE_SIZES = {PageSize.LETTER: LETTER, PageSize.A4: A4}


def page_dimensions(size: PageSize) -> tuple[float, float]:
    return PAGE_SIZES[PageSize(size)]


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    title_second: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    lead_in: ParagraphStyle
    item: ParagraphStyle
    numbered: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_title: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_right: ParagraphStyle
    note: ParagraphStyle
    callout: ParagraphStyle
    signer: ParagraphStyle


@cache
def styles() -> Styles:
    """Paragraph styles on the embedded font; built once, after the font is registered."""
    fonts = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        bulletFontName=fonts.regular,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5,
        splitLongWords=True,
    )
    # Table cells; the right-aligned variants (figures) differ only in their alignment.
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    cell_head = ParagraphStyle(
        "cell_head",
        parent=body,
        fontName=fonts.bold,
        fontSize=8,
        leading=10.5,
        textColor=MUTED,
        spaceAfter=0,
    )
    callout = ParagraphStyle(
        "callout",
        parent=body,
        fontName=fonts.bold,
        fontSize=10,
        leading=14,
        textColor=NAVY,
        spaceAfter=0,
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.bold,
            fontSize=17,
            leading=21,
            textColor=NAVY,
            spaceAfter=2,
        ),
        title_second=ParagraphStyle(
            "title_second",
            parent=body,
            fontName=fonts.bold,
            fontSize=12.5,
            leading=16,
            textColor=MUTED,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=2
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=True,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=fonts.bold,
            fontSize=8,
            leading=10.5,
            textColor=MUTED,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        value=ParagraphStyle("value", parent=body, spaceAfter=4),
        lead_in=ParagraphStyle("lead_in", parent=body, spaceAfter=4, keepWithNext=True),
        item=ParagraphStyle(
            "item", parent=body, leftIndent=20, bulletIndent=4, spaceAfter=3.5, bulletColor=NAVY
        ),
        numbered=ParagraphStyle(
            "numbered",
            parent=body,
            leftIndent=22,
            bulletIndent=2,
            spaceAfter=3.5,
            bulletColor=NAVY,
        ),
        cell=cell,
        cell_head=cell_head,
        cell_title=ParagraphStyle(
            "cell_title",
            parent=body,
            fontName=fonts.bold,
            fontSize=9.5,
            leading=12.5,
            textColor=NAVY,
            spaceAfter=0,
        ),
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        note=ParagraphStyle(
            "note", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=8
        ),
        callout=callout,
        # A signatory's name: too long for its half of the page, it breaks at one of its own
        # hyphens ("Gagnon-Côté-Saint-" / "Pierre") rather than inside a part.
        signer=ParagraphStyle("signer", parent=callout, embeddedHyphenation=1),
    )


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style on the embedded font: reportlab otherwise sets Helvetica in every
    table, which would then be listed (unembedded) in the file even if no text used it."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts().regular), *commands])
