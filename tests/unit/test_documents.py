"""The printed documents, read back from the PDF: names, dates, commitments, fonts and pages.

These tests build documents from plain dataclasses (no database), then read the file with
pypdf as a reader's PDF viewer would: the text must be there, in the document's language,
whatever its length.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO

import pytest
from helpers.sheets import person
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from mentorat_desktop.documents import goals_sheet, introduction, wording
from mentorat_desktop.documents.commitments import (
    CONFIDENTIALITY_CLAUSE,
    MENTEE_COMMITMENTS,
    MENTOR_COMMITMENTS,
)
from mentorat_desktop.documents.credits_statement import (
    CREDITS,
    NO_SESSION,
    NOT_CERTIFIED,
    TOTAL_HOURS,
    credits_part,
)
from mentorat_desktop.documents.data import GoalSheet, PairSheet, ProgramYear
from mentorat_desktop.documents.engagement import INTRODUCTION, TITLE, engagement_part
from mentorat_desktop.documents.file_names import file_stem, slug, unique
from mentorat_desktop.documents.fonts import fonts_dir, register_fonts
from mentorat_desktop.documents.goals_sheet import goals_part
from mentorat_desktop.documents.introduction import introduction_part
from mentorat_desktop.documents.render import DocumentPart, write_pdf
from mentorat_desktop.documents.styles import MARGIN_X
from mentorat_desktop.i18n import format_date, format_duration, format_number, translate_in
from mentorat_desktop.models.enums import GoalStatus, MeetingMode, PageSize, PairingStatus, Role
from mentorat_desktop.services import leads
from mentorat_desktop.services.followup.credits import CreditStatement, StatementLine
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_QUESTIONS

# 250 numbered words: 2,000 characters in which a lost line would show as a missing number.
LONG = " ".join(f"mot{n:04d}" for n in range(250))
assert len(LONG) == 1999


GOAL = GoalSheet(
    title="Prendre sa place au comité de direction",
    description="Défendre les dossiers du service avec assurance.",
    leads_capabilities=("L1", "A4"),
    actions="Préparer chaque comité avec le mentor.",
    success_indicator="Deux dossiers présentés d'ici mars.",
    target_on=date(2027, 3, 31),
    status=GoalStatus.IN_PROGRESS,
)


@pytest.fixture
def pair() -> PairSheet:
    return PairSheet(
        pairing_id=1,
        year=ProgramYear("2026-2027", date(2026, 9, 1), date(2027, 6, 30), 72),
        mentor=person(1, "Marc", "O'Brien", "en"),
        mentee=person(2, "Élodie", "Bérubé", "fr"),
        status=PairingStatus.ACTIVE,
        assigned_at=datetime(2026, 10, 5, 9, 30),
        first_meeting_on=date(2026, 10, 20),
        goals=(GOAL,),
    )


def statement(certified: bool, sessions: int = 3) -> CreditStatement:
    return CreditStatement(
        full_name="Marc O'Brien",
        email="marc.obrien@example.org",
        role=Role.MENTOR,
        language="en",
        cohort_name="2026-2027",
        cohort_start=date(2026, 9, 1),
        cohort_end=date(2027, 6, 30),
        is_certified=certified,
        lines=tuple(
            StatementLine(date(2026, 10, n), 90, MeetingMode.VIDEO, "Élodie Bérubé")
            for n in range(1, sessions + 1)
        ),
    )


def render(*parts: DocumentPart, page_size: PageSize = PageSize.LETTER) -> PdfReader:
    buffer = BytesIO()
    write_pdf(buffer, parts, page_size)
    buffer.seek(0)
    return PdfReader(buffer)


def flat(text: str) -> str:
    """Whitespace of any kind (line breaks, no-break spaces) as single spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def page_texts(reader: PdfReader) -> list[str]:
    return [flat(page.extract_text()) for page in reader.pages]


def text(reader: PdfReader) -> str:
    return " ".join(page_texts(reader))


def body(reader: PdfReader, part: DocumentPart) -> str:
    """The pages' text without the running header and footer, all spaces removed, so that a
    paragraph split across pages reads as one."""
    furniture = {
        flat(translate_in(lang, message).format(year=part.year))
        for lang in ("fr", "en")
        for message in (wording.PROGRAM_NAME, wording.PROGRAM_YEAR)
    } | {part.title}
    kept = []
    for page in reader.pages:
        for line in page.extract_text().splitlines():
            line = flat(line)
            if line in furniture or any(line.endswith(f) for f in furniture):
                continue
            if line.startswith("Page ") or part.title in line:
                continue
            kept.append(line)
    return "".join("".join(kept).split())


def squeezed(value: str) -> str:
    return "".join(value.split())


def text_extent(reader: PdfReader) -> tuple[float, float]:
    """The leftmost start and rightmost end of any text run, in points from the left edge."""
    fonts = register_fonts()
    left, right = float("inf"), 0.0

    def visit(chunk, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        nonlocal left, right
        chunk = chunk.rstrip("\n")
        if not chunk.strip():
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        face = fonts.bold if font and "Bold" in str(font.get("/BaseFont")) else fonts.regular
        left = min(left, x)
        right = max(right, x + stringWidth(chunk, face, size))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return left, right


# The engagement form ------------------------------------------------------------------


def test_the_first_day_of_a_month_is_an_ordinal_in_french() -> None:
    assert format_date(date(2026, 9, 1), "long", language="fr") == "1er septembre 2026"
    assert format_date(date(2026, 9, 11), "long", language="fr") == "11 septembre 2026"
    assert format_date(date(2026, 9, 1), "long", language="en") == "September 1, 2026"
    assert format_date(date(2026, 9, 1), "short", language="fr") == "2026-09-01"


@pytest.mark.parametrize("language", ["fr", "en", "both"])
def test_the_form_prints_the_agreements_of_first_contact(pair, language) -> None:
    agreed = replace(
        pair,
        agreements=(("calendar", "Premier mardi du mois"), ("cancellations", "48 h d'avance")),
    )
    part = engagement_part(agreed, language)
    printed = body(render(part), part)
    assert squeezed("Premier mardi du mois") in printed
    assert squeezed("48 h d'avance") in printed
    blank = engagement_part(agreed, language, blank=True)
    assert squeezed("Premier mardi du mois") not in body(render(blank), blank)


def test_every_page_of_the_form_has_initials_for_both_people(pair) -> None:
    part = engagement_part(pair, "both")
    reader = render(part)
    assert len(reader.pages) >= 2
    for page in page_texts(reader):
        assert "Initiales / Initials" in page
        assert "Élodie Bérubé" in page and "Marc O'Brien" in page


def test_long_names_on_the_initials_line_are_shortened_not_run_over_its_label(pair) -> None:
    from mentorat_desktop.documents.page_furniture import FOOTER_SIZE, names_within

    font = register_fonts().regular
    width = lambda names: sum(stringWidth(n, font, FOOTER_SIZE) for n in names)  # noqa: E731
    short = ["Élodie Bérubé", "Marc O'Brien"]
    assert names_within(short, 300, font) == short
    long = "Marie-Ève-Geneviève Gagnon-Côté-Saint-Pierre-Lévesque-Desrochers"
    shown = names_within(["Paul Roy", long], 200, font)
    assert shown[0] == "Paul Roy"  # the short name is kept whole, the long one gives way
    assert shown[1].endswith("…") and long.startswith(shown[1][:-1])
    assert width(shown) <= 200
    both = names_within([long, long + " Tremblay"], 200, font)
    assert all(name.endswith("…") for name in both) and width(both) <= 200

    renamed = replace(
        pair,
        mentee=replace(pair.mentee, first_name="Marie-Ève-Geneviève", last_name=long[20:]),
        mentor=replace(pair.mentor, first_name="Jean-François-Xavier", last_name=long[20:]),
    )
    for page in page_texts(render(engagement_part(renamed, "both"))):
        initials = page.split("Initiales / Initials", 1)[1]  # the line ends the page
        assert initials.startswith(" Jean-François-Xavier Gagnon")
        assert initials.count("…") == 2 and long not in initials


def test_a_signatorys_long_name_breaks_at_one_of_its_hyphens() -> None:
    from reportlab.platypus import Paragraph

    from mentorat_desktop.documents.styles import styles

    name = Paragraph("Marie-Ève-Geneviève Gagnon-Côté-Saint-Pierre-Lévesque", styles().signer)
    name.wrap(180, 1000)
    lines = [" ".join(line[1]) for line in name.blPara.lines]
    assert len(lines) == 2 and lines[0].endswith("-")
    assert "".join(lines).replace(" ", "") == "Marie-Ève-GenevièveGagnon-Côté-Saint-Pierre-Lévesque"


def test_role_labels_do_not_assume_the_signatories_gender(pair) -> None:
    part = engagement_part(pair, "fr")
    printed = text(render(part))
    assert "Mentoré(e)" in printed and "Mentor(e)" in printed
    assert "MENTORÉ(E)" in printed  # the signature block's heading


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_engagement_form_names_the_pair_and_every_commitment(pair, language) -> None:
    part = engagement_part(pair, language)
    reader = render(part)
    printed = body(reader, part)
    assert squeezed("Élodie Bérubé") in printed and squeezed("Marc O'Brien") in printed
    for message in MENTEE_COMMITMENTS + MENTOR_COMMITMENTS + CONFIDENTIALITY_CLAUSE:
        assert squeezed(translate_in(language, message)) in printed, message
    signature = squeezed(translate_in(language, wording.SIGNATURE))
    assert printed.count(signature) >= 2


def test_each_side_has_distinct_commitments_written_as_sentences() -> None:
    for commitments in (MENTEE_COMMITMENTS, MENTOR_COMMITMENTS):
        assert 15 <= len(commitments) <= 21
        assert len(set(commitments)) == len(commitments)
        assert all(c[0].isupper() and c.endswith(".") for c in commitments)


def test_dates_are_written_as_the_document_language_writes_them(pair) -> None:
    french = text(render(engagement_part(pair, "fr")))
    english = text(render(engagement_part(pair, "en")))
    assert "1er septembre 2026" in french and "30 juin 2027" in french
    assert "September" not in french
    assert "September 1, 2026" in english and "June 30, 2027" in english
    assert "septembre" not in english


def test_a_bilingual_form_prints_each_text_in_french_and_in_english(pair) -> None:
    part = engagement_part(pair, "both")
    printed = body(render(part), part)
    for lang in ("fr", "en"):
        intro = translate_in(lang, INTRODUCTION).format(
            mentee="Élodie Bérubé", mentor="Marc O'Brien", year="2026-2027"
        )
        assert squeezed(intro) in printed
        assert squeezed(translate_in(lang, MENTOR_COMMITMENTS[-1])) in printed
    assert squeezed("1er septembre 2026") in printed and squeezed("September 1, 2026") in printed


def test_a_pair_with_two_languages_gets_both_by_default(pair) -> None:
    assert engagement_part(pair).language == "both"
    same = replace(pair, mentor=replace(pair.mentor, language="fr"))
    assert engagement_part(same).language == "fr"


# Paper, fonts, metadata, page numbers -------------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"), [(PageSize.LETTER, (612, 792)), (PageSize.A4, (595.28, 841.89))]
)
def test_letter_by_default_and_a4_on_request(pair, size, expected) -> None:
    reader = render(engagement_part(pair, "fr"), page_size=size)
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.01)
    default = BytesIO()
    write_pdf(default, [engagement_part(pair, "fr")])
    default.seek(0)
    assert float(PdfReader(default).pages[0].mediabox.width) == 612


def test_every_font_is_embedded_and_none_is_a_base_font(pair) -> None:
    reader = render(
        engagement_part(pair, "both"),
        goals_part(pair, "fr", blank=True),
        credits_part(statement(True), "en", date(2027, 7, 2)),
    )
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert any("DejaVuSans-Bold" in name for name in seen)
    assert any(name.endswith("DejaVuSans") for name in seen)


@pytest.mark.parametrize(("language", "tag"), [("fr", "fr-CA"), ("en", "en-CA")])
def test_metadata_give_title_author_subject_and_language(pair, language, tag) -> None:
    reader = render(engagement_part(pair, language))
    assert reader.metadata.title == translate_in(language, TITLE)
    assert reader.metadata.author == translate_in(language, wording.CHAPTER)
    assert reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == tag


def test_every_page_says_which_page_of_how_many(pair) -> None:
    part = goals_part(pair, "en", blank=True)
    pages = page_texts(render(part))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert translate_in("en", wording.PROGRAM_NAME) in page
        assert "2026-2027" in page


def test_a_merged_file_restarts_the_page_count_for_each_document(pair) -> None:
    engagement_pages = len(render(engagement_part(pair, "en")).pages)
    pages = page_texts(
        render(engagement_part(pair, "en"), credits_part(statement(True), "en", date(2027, 7, 2)))
    )
    assert len(pages) == engagement_pages + 1
    assert f"Page 1 of {engagement_pages}" in pages[0]
    assert "Page 1 of 1" in pages[-1]
    assert translate_in("en", TITLE) in pages[0]


# Long and awkward text ----------------------------------------------------------------


def test_a_2000_character_objective_is_printed_whole_across_pages(pair) -> None:
    long_goal = replace(GOAL, description=LONG, actions=LONG + " fin-des-actions")
    longer = replace(pair, goals=(long_goal, long_goal))
    part = goals_part(longer, "fr")
    reader = render(part)
    printed = body(reader, part)
    assert len(reader.pages) >= 2
    assert printed.count(squeezed(LONG)) == 4
    assert squeezed(LONG + " fin-des-actions") in printed


def test_a_field_longer_than_a_page_splits_instead_of_vanishing(pair) -> None:
    huge = " ".join(f"objectif{n:04d}" for n in range(900))  # 11,700 characters: 2+ pages
    part = introduction_part(
        replace(pair, mentee=replace(pair.mentee, development_objectives=huge))
    )
    reader = render(part)
    assert len(reader.pages) >= 3
    assert squeezed(huge) in body(reader, part)


@pytest.mark.parametrize("size", [PageSize.LETTER, PageSize.A4])
def test_a_word_without_spaces_is_broken_rather_than_run_off_the_page(pair, size) -> None:
    word = "x" * 400 + "END"
    part = goals_part(replace(pair, goals=(replace(GOAL, actions=word),)), "en")
    reader = render(part, page_size=size)
    assert squeezed(word) in body(reader, part)
    left, right = text_extent(reader)
    width = float(reader.pages[0].mediabox.width)
    assert left >= MARGIN_X - 0.5 and right <= width - MARGIN_X + 2


@pytest.mark.parametrize("language", ["fr", "en", "both"])
def test_no_text_runs_into_the_margins(pair, language) -> None:
    reader = render(
        engagement_part(pair, language),
        introduction_part(pair, language),
        goals_part(pair, language),
        goals_part(pair, language, blank=True),
        credits_part(statement(True), language, date(2027, 7, 2)),
        page_size=PageSize.A4,
    )
    left, right = text_extent(reader)
    assert left >= MARGIN_X - 0.5 and right <= float(reader.pages[0].mediabox.width) - MARGIN_X + 2


def test_text_typed_by_people_is_printed_literally(pair) -> None:
    odd = "R&D <santé> & « qualité »"
    mentor = replace(pair.mentor, organisation=odd, last_name="O'Brien & fils")
    printed = text(render(introduction_part(replace(pair, mentor=mentor), "fr")))
    assert odd in printed and "Marc O'Brien & fils" in printed


# Goals worksheet ----------------------------------------------------------------------


def test_a_blank_worksheet_has_three_goals_and_the_leads_reference(pair) -> None:
    printed = text(render(goals_part(pair, "en", blank=True)))
    for n in (1, 2, 3):
        assert translate_in("en", goals_sheet.GOAL_NUMBER).format(n=n) in printed
    assert translate_in("en", goals_sheet.GOAL_NUMBER).format(n=4) not in printed
    for capability in leads.CAPABILITIES:
        assert capability.code in printed
    assert squeezed(translate_in("en", leads.CAPABILITIES[9].name)) in squeezed(printed)
    assert GOAL.title not in printed


def test_a_filled_worksheet_prints_the_recorded_goals(pair) -> None:
    for language, target in (("fr", "31 mars 2027"), ("en", "March 31, 2027")):
        printed = text(render(goals_part(pair, language)))
        assert GOAL.title in printed and GOAL.actions in printed
        assert GOAL.success_indicator in printed
        assert translate_in(language, leads.BY_CODE["A4"].name) in printed
        assert translate_in(language, "In progress") in printed
        assert target in printed
        assert translate_in(language, goals_sheet.GOAL_NUMBER).format(n=2) not in printed


def test_a_pair_without_recorded_goals_gets_boxes_to_write_in(pair) -> None:
    part = goals_part(replace(pair, goals=()), "en")
    printed = text(render(part))
    assert translate_in("en", goals_sheet.GOAL_NUMBER).format(n=3) in printed
    assert "L1" in printed


# Introduction sheet -------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_introduction_sheet_lists_the_first_contact_guide_questions(pair, language) -> None:
    part = introduction_part(pair, language)
    printed = body(render(part), part)
    for question in GUIDE_QUESTIONS:
        assert squeezed(translate_in(language, question.text)) in printed, question.code


@pytest.mark.parametrize(
    ("language", "deadline", "spoken"),
    [("fr", "8 octobre 2026", "Anglais"), ("en", "October 8, 2026", "English")],
)
def test_the_introduction_sheet_says_who_is_who_and_the_first_contact_deadline(
    pair, language, deadline, spoken
) -> None:
    printed = text(render(introduction_part(pair, language)))
    assert deadline in printed  # assigned on October 5 at 9:30, plus 72 hours
    for value in (
        "Élodie Bérubé",
        "Marc O'Brien",
        "Chef de service",
        "CIUSSS de la Capitale-Nationale",
        "Capitale-Nationale",
        "1@example.org",
        "418 555-0101",
        "Gestion du changement",
        "Prendre sa place dans un comité de direction.",
        "Un regard franc sur mes façons de faire.",
    ):
        assert value in printed, value
    assert spoken in printed  # the mentor's preferred language, named in the sheet's


def test_an_unconfirmed_pair_has_no_deadline_yet(pair) -> None:
    printed = text(render(introduction_part(replace(pair, assigned_at=None), "en")))
    assert flat(translate_in("en", introduction.NO_DEADLINE)) in printed
    assert "October 8" not in printed


# Credit statement ---------------------------------------------------------------------


def test_durations_are_written_one_way_per_language() -> None:
    assert format_duration(90, "fr") == "1\u00a0h\u00a030"
    assert format_duration(90, "en") == "1\u00a0h\u00a030\u00a0min"
    assert format_duration(60, "fr") == format_duration(60, "en") == "1\u00a0h"
    assert format_duration(45, "fr") == format_duration(45, "en") == "45\u00a0min"
    french = text(
        render(credits_part(replace(statement(True), language="fr"), "fr", date(2027, 7, 2)))
    )
    assert "1 h 30" in french and "4 h 30" in french and "min" not in french


def test_a_certified_member_sees_sessions_hours_and_credits() -> None:
    printed = text(render(credits_part(statement(True), "en", date(2027, 7, 2))))
    assert "Marc O'Brien" in printed and "Élodie Bérubé" in printed
    for day in (1, 2, 3):
        assert format_date(date(2026, 10, day), "medium", language="en") in printed
    assert "1 h 30 min" in printed and "4 h 30 min" in printed
    assert translate_in("en", TOTAL_HOURS).format(hours="4.5") in printed
    assert translate_in("en", CREDITS).format(credits="4.5") in printed
    assert "July 2, 2027" in printed
    assert flat(translate_in("en", NOT_CERTIFIED).format(name="Marc O'Brien")) not in printed


def test_someone_not_certified_sees_hours_but_is_told_they_earn_no_credits() -> None:
    printed = text(render(credits_part(statement(False), "fr", date(2027, 7, 2))))
    hours = format_number(Decimal("4.50"), language="fr")
    assert flat(translate_in("fr", TOTAL_HOURS).format(hours=hours)) in printed
    assert flat(translate_in("fr", NOT_CERTIFIED).format(name="Marc O'Brien")) in printed
    assert flat(translate_in("fr", CREDITS).split("{")[0]) not in printed
    assert "2 juillet 2027" in printed


def test_a_statement_without_sessions_says_so() -> None:
    printed = text(render(credits_part(statement(True, sessions=0), "en", date(2027, 7, 2))))
    assert flat(translate_in("en", NO_SESSION)) in printed
    assert translate_in("en", CREDITS).format(credits="0") in printed


# Files, fonts and layering ------------------------------------------------------------


def test_file_names_are_plain_ascii_slugs() -> None:
    assert slug("Élodie Bérubé") == "elodie-berube"
    assert slug("O'Brien") == "obrien" and slug("O’Brien") == "obrien"
    assert file_stem("engagement", "2026-2027", "Bérubé", "O'Brien") == (
        "engagement-2026-2027-berube-obrien"
    )
    assert file_stem("credits", "2026/2027", "", "Nguyễn") == "credits-2026-2027-nguyen"
    assert unique(["a", "a", "a-2", "b"]) == ["a", "a-2", "a-2-2", "b"]


def test_the_font_ships_with_its_licence() -> None:
    folder = fonts_dir()
    assert (folder / "DejaVuSans.ttf").is_file() and (folder / "DejaVuSans-Bold.ttf").is_file()
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_the_documents_package_never_imports_qt() -> None:
    code = (
        "import sys, mentorat_desktop.documents, mentorat_desktop.documents.program_year; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
