"""What the documents keep from one form to the next (fixed wording's layouts and drawings,
facing columns' drawings, the fragment of a plain value) never shows: a form made after others
is, byte for byte, the form made first in a fresh process, and a change of name, language or
date always reaches the page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from helpers.sheets import a_pair
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.platypus import Paragraph

from mentorat_desktop.documents import (
    blocks,
    data_paragraph,
    fixed_table,
    fixed_text,
    glyph_order,
    kept_together,
)
from mentorat_desktop.documents.data import PairSheet, ProgramYear
from mentorat_desktop.documents.data_paragraph import DataParagraph
from mentorat_desktop.documents.engagement import engagement_part
from mentorat_desktop.documents.languages import DocLanguage
from mentorat_desktop.documents.render import write_pdf
from mentorat_desktop.documents.styles import styles
from mentorat_desktop.models.enums import PageSize

PAIR = a_pair(("Marc", "O'Brien"), ("Élodie", "Bérubé"))
# Made before the form checked, so that it is made from what they left behind.
OTHERS = [
    (a_pair(("Thi Hoa", "Nguyễn"), ("Jean-François", "Gagnon-Côté")), "both"),
    (a_pair(("Zoé", "Ouellet"), ("Ève", "Arsenault")), "fr"),
    (a_pair(("Kim", "Lee"), ("Ana", "Ruiz")), "en"),
    (a_pair(("Amélie", "Lévesque"), ("Sébastien", "Saint-Pierre")), "both"),
]


def forget_everything() -> None:
    fixed_text.forget_layouts()
    fixed_table.forget_table_drawings()
    data_paragraph.forget_plain_frags()
    glyph_order.forget_glyph_orders()
    kept_together.forget_group_measures()
    blocks.WritingBox._drawings.clear()


def form(pair: PairSheet, language: DocLanguage, size: PageSize = PageSize.LETTER) -> bytes:
    buffer = BytesIO()
    write_pdf(buffer, [engagement_part(pair, language)], size)
    return buffer.getvalue()


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def invariant(monkeypatch):
    """reportlab's fixed dates and file ids: two equal forms are two equal files."""
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.mark.parametrize("size", [PageSize.LETTER, PageSize.A4])
@pytest.mark.parametrize("language", ["fr", "en", "both"])
def test_a_form_made_after_others_is_the_form_made_first(invariant, language, size) -> None:
    forget_everything()
    first = form(PAIR, language, size)
    for pair, other_language in OTHERS:
        form(pair, other_language, size)
    again = form(PAIR, language, size)
    assert again == first
    forget_everything()
    assert form(PAIR, language, size) == first


@pytest.mark.parametrize("language", ["fr", "en", "both"])
def test_a_changed_name_reaches_the_form(invariant, language) -> None:
    before = form(PAIR, language)
    renamed = replace(PAIR, mentee=replace(PAIR.mentee, last_name="Bérubé-Tremblay"))
    after = form(renamed, language)
    assert after != before
    assert "Bérubé-Tremblay" in text_of(after)
    assert "Bérubé-Tremblay" not in text_of(before)
    # And back: nothing of the new name stays behind.
    assert form(PAIR, language) == before


def test_a_changed_language_reaches_the_form(invariant) -> None:
    french, english = form(PAIR, "fr"), form(PAIR, "en")
    assert french != english
    assert "mentorée" in text_of(french) and "mentorée" not in text_of(english)
    assert form(PAIR, "fr") == french


def test_a_changed_program_year_reaches_the_form(invariant) -> None:
    before = form(PAIR, "both")
    later = ProgramYear("2027-2028", date(2027, 9, 1), date(2028, 6, 30), 72)
    after = form(replace(PAIR, year=later), "both")
    assert after != before
    assert "2027-2028" in text_of(after) and "2027-2028" not in text_of(before)
    assert "2028" in text_of(after).split("2027-2028", 1)[1]  # the period's end date too
    assert form(PAIR, "both") == before


@pytest.mark.parametrize(
    "text",
    ["Élodie Bérubé", "  Thi Hoa\n   Nguyễn  ", "Année du programme 2026-2027", "a  b", "O'Brien"],
)
def test_a_plain_value_gets_the_fragment_reportlab_s_parser_makes(text) -> None:
    s = styles()
    for style in (s.cell, s.callout, s.subtitle, s.value, s.item):
        parsed, shortcut = Paragraph(text, style), DataParagraph(text, style)
        assert [f.__dict__ for f in shortcut.frags] == [f.__dict__ for f in parsed.frags]
        assert shortcut.text == parsed.text


@pytest.mark.parametrize("markup", ["Tom &amp; Jerry", "<b>Élodie</b> Bérubé", "A<br/>B", ""])
def test_markup_is_left_to_reportlab_s_parser(markup) -> None:
    assert data_paragraph.plain_frags(markup, styles().cell) is None
    parsed, made = Paragraph(markup, styles().cell), DataParagraph(markup, styles().cell)
    assert [f.__dict__ for f in made.frags] == [f.__dict__ for f in parsed.frags]


def test_a_paragraph_is_measured_again_at_another_width() -> None:
    paragraph = DataParagraph("Jean-François Gagnon-Côté de la Rivière-Saint-Pierre", styles().cell)
    wide = paragraph.wrap(400, 1000)
    narrow = paragraph.wrap(60, 1000)
    assert narrow[1] > wide[1]
    assert paragraph.wrap(400, 1000) == wide
