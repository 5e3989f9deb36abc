"""The documents' own wording takes its font codes first in every file, so that what was
drawn for one form holds in the next whatever the names, without changing what is printed."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from helpers.sheets import a_pair
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import getFont

from mentorat_desktop.documents import fixed_table, fixed_text, glyph_order, page_furniture
from mentorat_desktop.documents.data import PairSheet
from mentorat_desktop.documents.engagement import engagement_part
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.languages import DocLanguage
from mentorat_desktop.documents.render import write_pdf

# Names whose accented letters come before the wording's on the page, in other orders.
PAIRS = [
    a_pair(("Ève", "Ôté-Ñúñez"), ("Zoë", "Çelik")),
    a_pair(("Thi Hoa", "Nguyễn"), ("Ådne", "Øverås")),
    a_pair(("Marc", "O'Brien"), ("Paul", "Smith")),
]


def made(pair: PairSheet, language: DocLanguage) -> tuple[bytes, dict[str, dict[int, int]]]:
    """The form's file and, per font, the code each character got in it."""
    codes: dict[str, dict[int, int]] = {}
    save = page_furniture.NumberedCanvas.save

    def keep_codes(canvas: Any) -> None:
        fonts = register_fonts()
        for name in (fonts.regular, fonts.bold):
            state = getFont(name).state.get(canvas._doc)
            codes[name] = dict(state.assignments) if state is not None else {}
        save(canvas)

    page_furniture.NumberedCanvas.save = keep_codes  # type: ignore[method-assign]
    try:
        buffer = BytesIO()
        write_pdf(buffer, [engagement_part(pair, language)])
    finally:
        page_furniture.NumberedCanvas.save = save  # type: ignore[method-assign]
    return buffer.getvalue(), codes


@pytest.mark.parametrize("language", ["fr", "both"])  # the English wording is all ASCII
def test_the_wording_has_the_same_codes_whatever_the_names(language) -> None:
    wording = glyph_order.wording_chars(engagement_part(PAIRS[0], language).story)
    assert wording, "the French wording has letters outside ASCII (é, à, ’…)"
    seen = []
    for pair in PAIRS:
        _, codes = made(pair, language)
        seen.append({font: {c: codes[font][ord(c)] for c in chars} for font, chars in wording})
    assert seen[0] == seen[1] == seen[2]


def test_names_take_their_codes_after_the_wording() -> None:
    wording = dict(glyph_order.wording_chars(engagement_part(PAIRS[0], "fr").story))
    _, codes = made(PAIRS[0], "fr")
    regular = register_fonts().regular
    wording_codes = [codes[regular][ord(c)] for c in wording[regular]]
    for letter in "ÔÑúÇ":  # in the names only
        assert codes[regular][ord(letter)] > max(wording_codes)


@pytest.mark.parametrize("language", ["fr", "en", "both"])
def test_giving_codes_first_changes_nothing_printed(monkeypatch, language) -> None:
    for pair in PAIRS:
        ordered, _ = made(pair, language)
        with monkeypatch.context() as m:
            m.setattr(page_furniture, "give_codes_first", lambda canvas, chars: None)
            as_drawn, _ = made(pair, language)
        assert ordered != as_drawn  # the codes differ...
        texts = [
            [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
            for pdf in (ordered, as_drawn)
        ]
        assert texts[0] == texts[1]  # ...the text they stand for does not


def test_facing_columns_are_drawn_once_for_every_bilingual_form(monkeypatch) -> None:
    """After a first form, the next forms' facing columns of wording (split by page breaks
    or not) replay their drawing, whatever accented letters the names brought before them."""
    fixed_text.forget_layouts()
    fixed_table.forget_table_drawings()
    made(PAIRS[2], "both")
    drawn_afresh: list[object] = []
    draw = fixed_table.FixedTable.draw

    def counted(table: fixed_table.FixedTable) -> None:
        drawn_afresh.append(table._layout_key)
        draw(table)

    monkeypatch.setattr(fixed_table.FixedTable, "draw", counted)
    for pair in PAIRS[:2]:
        made(pair, "both")
    assert drawn_afresh == []


def test_names_with_the_same_letters_in_another_order_get_the_same_codes() -> None:
    """So that their files embed the same font subsets, which the fonts keep from one form to
    the next instead of cutting and compressing them again."""
    one = a_pair(("Ève", "Côté"), ("Zoë", "Ñúñez"))
    other = a_pair(("Zoë", "Ñúñez"), ("Ève", "Côté"))  # the same letters, met in another order
    _, codes_one = made(one, "en")
    _, codes_other = made(other, "en")
    assert codes_one == codes_other
