"""The fixed wording of the forms is laid out and drawn once per process and reused: a form
must print exactly what it prints when made alone, whatever forms were made before it, in
whatever language, and nothing of one pair may appear on another pair's form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from io import BytesIO

import pytest
from helpers.sheets import person
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Paragraph, paragraph

from mentorat_desktop.documents import blocks, engagement, fixed_text, render, wording
from mentorat_desktop.documents.commitments import CONFIDENTIALITY_CLAUSE
from mentorat_desktop.documents.data import PairSheet, ProgramYear
from mentorat_desktop.documents.engagement import SIGNATURES, engagement_part
from mentorat_desktop.documents.fonts import RememberingFace, RememberingFont
from mentorat_desktop.documents.languages import DocLanguage
from mentorat_desktop.documents.page_furniture import NumberedCanvas
from mentorat_desktop.documents.render import DocumentPart, write_pdf
from mentorat_desktop.i18n import translate_in
from mentorat_desktop.models.enums import PageSize, PairingStatus

YEAR = ProgramYear("2026-2027", date(2026, 9, 1), date(2027, 6, 30), 72)


def a_pair(number: int, mentor: tuple[str, str], mentee: tuple[str, str]) -> PairSheet:
    return PairSheet(
        pairing_id=number,
        year=YEAR,
        mentor=person(2 * number, *mentor, "fr"),
        mentee=person(2 * number + 1, *mentee, "fr"),
        status=PairingStatus.ACTIVE,
        assigned_at=datetime(2026, 10, 5, 9, 30),
        first_meeting_on=None,
        goals=(),
    )


# Languages interleaved, names with and without accents, one pair with recorded agreements.
FORMS: list[tuple[PairSheet, DocLanguage]] = [
    (a_pair(1, ("Marc", "O'Brien"), ("Élodie", "Bérubé")), "fr"),
    (a_pair(2, ("Thi Hoa", "Nguyễn"), ("Jean-François", "Gagnon-Côté")), "en"),
    (
        replace(
            a_pair(3, ("Amélie", "Lévesque"), ("Sébastien", "Saint-Pierre")),
            agreements=(("frequency", "Toutes les deux semaines, le mardi à 9 h 30."),),
        ),
        "both",
    ),
    (a_pair(4, ("Nathalie", "Tremblay"), ("Paul", "Smith")), "en"),
    (a_pair(5, ("Zoé", "Ouellet"), ("Ève", "Arsenault")), "fr"),
    (a_pair(6, ("Kim", "Lee"), ("Ana", "Ruiz")), "both"),
]


def pages(*parts: DocumentPart, size: PageSize = PageSize.LETTER) -> list[tuple[str, bytes]]:
    """Each page's text and its drawing instructions, as a PDF reader sees them."""
    buffer = BytesIO()
    write_pdf(buffer, parts, size)
    buffer.seek(0)
    reader = PdfReader(buffer)
    return [(page.extract_text(), page.get_contents().get_data()) for page in reader.pages]


def plain(markup: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """reportlab's own paragraph, marked as the documents' wording as a fixed paragraph is:
    the wording's characters take their font codes first either way (glyph_order)."""
    paragraph = blocks.Paragraph(markup, style, bulletText=bullet)
    paragraph._wording = True
    return paragraph


def alone(pair: PairSheet, language: DocLanguage, size: PageSize) -> list[tuple[str, bytes]]:
    fixed_text.forget_layouts()
    return pages(engagement_part(pair, language), size=size)


@pytest.mark.parametrize("size", [PageSize.LETTER, PageSize.A4])
def test_forms_made_in_a_row_print_what_each_prints_alone(size) -> None:
    each_alone = [alone(pair, language, size) for pair, language in FORMS]
    fixed_text.forget_layouts()
    in_a_row = [pages(engagement_part(pair, language), size=size) for pair, language in FORMS]
    assert in_a_row == each_alone
    # And the same again, the other way round, with every layout already made.
    backwards = [pages(engagement_part(p, lang), size=size) for p, lang in reversed(FORMS)]
    assert backwards == list(reversed(each_alone))


def test_a_merged_file_prints_each_form_as_it_prints_alone() -> None:
    each_alone = [alone(pair, language, PageSize.LETTER) for pair, language in FORMS]
    merged = pages(*(engagement_part(pair, language) for pair, language in FORMS))
    assert [text for text, _ in merged] == [text for form in each_alone for text, _ in form]


def test_no_pair_s_names_reach_another_pair_s_form() -> None:
    fixed_text.forget_layouts()
    texts = [" ".join(t for t, _ in pages(engagement_part(p, lang))) for p, lang in FORMS]
    for index, (pair, _) in enumerate(FORMS):
        for name in (pair.mentor.last_name, pair.mentee.last_name):
            holders = [n for n, text in enumerate(texts) if name in text]
            assert holders == [index], name


def test_reusing_layouts_changes_nothing_on_the_page(monkeypatch) -> None:
    """Laid out by reportlab alone, paragraph by paragraph, the forms are the same."""
    fixed_text.forget_layouts()
    reused = [pages(engagement_part(p, lang)) for p, lang in FORMS for _ in range(2)]

    monkeypatch.setattr(blocks, "fixed_paragraph", plain)
    fresh = [pages(engagement_part(p, lang)) for p, lang in FORMS for _ in range(2)]
    assert reused == fresh


@pytest.mark.parametrize("size", [PageSize.LETTER, PageSize.A4])
def test_files_are_byte_for_byte_what_reportlab_alone_makes(monkeypatch, size) -> None:
    """With reportlab's fixed dates and file id, a form made after others, reusing layouts,
    drawings (of paragraphs, facing columns and boxes to write in), measures (of tables and
    groups kept together), parsed fragments, font subsets, formatted widths and the quicker
    word checks, is the very file reportlab makes from scratch."""
    monkeypatch.setattr(rl_config, "invariant", 1)

    def files() -> list[bytes]:
        made = []
        for pair, language in FORMS + FORMS:
            buffer = BytesIO()
            write_pdf(buffer, [engagement_part(pair, language)], size)
            made.append(buffer.getvalue())
        return made

    fixed_text.forget_layouts()
    reused = files()

    # Every shortcut off: reportlab's own classes and methods.
    monkeypatch.setattr(blocks, "fixed_paragraph", plain)
    monkeypatch.setattr(blocks, "table_key", lambda *args: None)
    monkeypatch.setattr(blocks, "DataParagraph", blocks.Paragraph)
    monkeypatch.setattr(blocks, "esc_wording", blocks.esc)
    monkeypatch.setattr(RememberingFace, "makeSubset", TTFontFace.makeSubset)
    monkeypatch.setattr(RememberingFace, "addSubsetObjects", TTFontFace.addSubsetObjects)
    monkeypatch.setattr(RememberingFont, "addObjects", TTFont.addObjects)
    monkeypatch.setattr(NumberedCanvas, "push_state_stack", Canvas.push_state_stack)
    monkeypatch.setattr(NumberedCanvas, "beginText", Canvas.beginText)
    monkeypatch.setattr(render, "BodyFrame", Frame)
    monkeypatch.setattr(blocks.WritingBox, "drawOn", Flowable.drawOn)
    monkeypatch.setattr(blocks, "KeptTogether", KeepTogether)
    monkeypatch.setattr(engagement, "KeptTogether", KeepTogether)
    monkeypatch.setattr(paragraph, "sameFrag", sameFrag)
    monkeypatch.setattr(paragraph, "stringWidth", stringWidth)
    assert reused == files()


LONG_NAMES = a_pair(
    7,
    ("Jean-François-Xavier", "O'Brien-Nguyễn-Thị-Hoa-Lévesque-Tremblay-Ouellet"),
    ("Wwwwwwwwwwwwwwwwwwwwwwwwwwwww", "Mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"),
)


@pytest.mark.parametrize("size", [PageSize.LETTER, PageSize.A4])
@pytest.mark.parametrize("pair", [FORMS[0][0], LONG_NAMES], ids=["names", "long names"])
@pytest.mark.parametrize("language", ["fr", "en", "both"])
def test_the_signatures_share_the_page_of_the_last_clause(language, pair, size) -> None:
    """Nobody signs on a page of their own, away from what they sign, on either paper."""
    printed = [
        " ".join(text.split()) for text, _ in pages(engagement_part(pair, language), size=size)
    ]
    lang = "en" if language == "en" else "fr"
    last_clause = " ".join(translate_in(lang, CONFIDENTIALITY_CLAUSE[-1]).split()[-4:])
    assert last_clause in printed[-1]
    assert translate_in(lang, SIGNATURES) in printed[-1]
    assert printed[-1].count(translate_in(lang, wording.DATE)) >= 2  # a date line each
