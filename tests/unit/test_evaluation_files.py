"""The summary as files: the PDF read back with pypdf, the workbook with openpyxl; titles,
figures, the privacy rule, the document's own language, and never half a file."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
from helpers.evaluations import COMMENT_PLAIN, NAMES, SmallYear, small_year
from pypdf import PdfReader

from mentorat_desktop.documents.evaluation_summary import summary_part, write_summary_pdf
from mentorat_desktop.documents.render import write_pdf
from mentorat_desktop.errors import UserError
from mentorat_desktop.models.enums import QuestionKind, Role
from mentorat_desktop.services.evaluation_summary import YearSummary, summarise
from mentorat_desktop.services.evaluation_summary.shapes import (
    AudienceAnswers,
    QuestionSummary,
    ValueCount,
)
from mentorat_desktop.services.exporting.evaluation_workbook import write_summary_workbook


@pytest.fixture
def year(db, cohort) -> SmallYear:
    return small_year(db, cohort.id)


@pytest.fixture
def english(db, year) -> YearSummary:
    return summarise(db, year.cohort_id, "en")


def pdf_text(summary: YearSummary) -> tuple[str, int]:
    buffer = BytesIO()
    write_pdf(buffer, [summary_part(summary)])
    buffer.seek(0)
    reader = PdfReader(buffer)
    text = " ".join(
        " ".join(page.extract_text().replace("\u00a0", " ").replace("\u202f", " ").split())
        for page in reader.pages
    )
    return text, len(reader.pages)


def cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    book = openpyxl.load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


# PDF -----------------------------------------------------------------------------------------


def test_the_pdf_holds_the_titles_and_the_figures(english) -> None:
    text, pages = pdf_text(english)
    assert pages >= 3
    assert "Year-end evaluation summary" in text and "Program year 2026-2027" in text
    assert "From September 1, 2026 to June 30, 2027" in text
    for heading in ("Participation", "Pairs", "First contact", "Answers to the evaluation"):
        assert heading in text
    assert "Comparison with earlier years" in text and "2025-2026" in text
    assert "87.5%" in text  # response rate, 7 of 8
    assert "3.67" in text and "4.25" in text  # mentors' and mentees' satisfaction
    assert "First contacts within 72 hours 4" in text
    assert "Capitale-Nationale" in text  # a label of the region chart
    assert "Does not meet expectations" in text
    assert COMMENT_PLAIN in text


def test_the_pdf_names_nobody_and_explains_the_threshold(english) -> None:
    text, _pages = pdf_text(english)
    assert [name for name in NAMES if name in text] == []
    assert "@" not in text
    assert "Mentors: only 2 people answered, fewer than 3; the answers are not shown." in text
    assert "at least 3 people answered it" in text  # the footnote


def test_the_pdf_is_written_in_the_summarys_language(db, year) -> None:
    text, _pages = pdf_text(summarise(db, year.cohort_id, "fr"))
    assert "3,67" in text and "87,5 %" in text
    assert "1er septembre 2026" in text and "5 octobre 2026" in text
    assert "Cadre supérieur" in text  # a career stage, in French, in its chart


def test_a_question_nobody_may_see_shows_a_sentence_instead_of_a_chart(english) -> None:
    fit = next(q for q in english.questions if q.code == "pairing_fit")
    hidden = replace(
        fit,
        mentees=replace(fit.mentees, respondents=1, people=1, distribution=(), average=None),
    )
    text, _pages = pdf_text(replace(english, questions=(hidden,)))
    assert "Mentors: only 2 people answered" in text
    assert "Mentees: only 1 person answered" in text
    assert "75%" not in text  # no chart: its scale would read 0% to 100%


def test_an_empty_year_still_makes_a_readable_pdf(db, cohort) -> None:
    text, pages = pdf_text(summarise(db, cohort.id, "en"))
    assert pages == 1 or pages == 2
    assert "Nobody is registered in this program year yet." in text
    assert "No evaluation has been recorded for this program year yet." in text
    assert "No earlier program year is recorded in this file." in text


def test_writing_the_pdf_replaces_a_file_only_when_whole(english, tmp_path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "summary.pdf"
    target.write_bytes(b"previous")
    assert write_summary_pdf(english, target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]  # no temporary file left
    with pytest.raises(UserError):
        write_summary_pdf(english, tmp_path / "missing" / "summary.pdf")
    assert not (tmp_path / "missing").exists()


# Workbook --------------------------------------------------------------------------------------


def test_the_workbook_has_one_sheet_per_part(english, tmp_path) -> None:
    sheets = cells(write_summary_workbook(english, tmp_path / "summary.xlsx"))
    assert list(sheets) == [
        "Participation",
        "Pairs",
        "Activity",
        "Questions",
        "Comments",
        "Earlier years",
        "About these figures",
    ]
    participation = sheets["Participation"]
    assert ("Mentors", 3, 1) in participation and ("Mentees", 5, 1) in participation
    assert ("Capitale-Nationale", 2, 2) in participation
    assert ("Pairs formed", 6) in sheets["Pairs"]
    assert ("Share of first contacts within 72 hours", 0.8) in sheets["Pairs"]
    assert ("Hours of mentoring", 6.25) in sheets["Activity"]
    assert ("Response rate", 0.875) in sheets["Activity"]
    book = openpyxl.load_workbook(tmp_path / "summary.xlsx")
    assert len(book["Participation"]._charts) == 2  # regions and career stages


def test_questions_are_one_row_per_answer_with_audiences_in_columns(english, tmp_path) -> None:
    rows = cells(write_summary_workbook(english, tmp_path / "summary.xlsx"))["Questions"]
    assert rows[0][4:] == (
        "Answer",
        "Mentors: number",
        "Mentors: share",
        "Mentees: number",
        "Mentees: share",
    )
    # Mentors and mentees read different words: each audience has its rows, under its question.
    satisfaction = {(row[2], row[4]): row[5:] for row in rows if row[1] == "satisfaction"}
    mentors, mentees = (
        "How satisfied are you with the relationship?",
        "Overall, how satisfied are you with the mentoring?",
    )
    assert satisfaction[mentors, "5"] == (1, pytest.approx(1 / 3), None, None)
    assert satisfaction[mentees, "5"] == (None, None, 2, 0.5)
    assert satisfaction[mentors, "Respondents"] == (3, None, None, None)
    assert satisfaction[mentees, "Respondents"] == (None, None, 4, None)
    assert satisfaction[mentors, "Average (1 to 5)"] == (3.67, None, None, None)
    assert satisfaction[mentees, "Average (1 to 5)"] == (None, None, 4.25, None)
    fit = {row[4]: row[5:] for row in rows if row[1] == "pairing_fit"}
    mentors = {answer: values[:2] for answer, values in fit.items()}
    assert mentors.pop("Respondents") == (2, None)  # two mentors answered: that, only
    assert set(mentors.values()) == {(None, None)}
    assert fit["Average (1 to 5)"][2] == 4


def test_comments_sheet_holds_only_shown_comments_without_names(english, tmp_path) -> None:
    sheets = cells(write_summary_workbook(english, tmp_path / "summary.xlsx"))
    comments = sheets["Comments"][1:]
    assert [row[2] for row in comments] == ["Mentees"] * 3
    assert COMMENT_PLAIN in [row[3] for row in comments]
    everything = repr(sheets)
    assert [name for name in NAMES if name in everything] == []
    assert "@" not in everything


def test_earlier_years_sit_side_by_side_with_hidden_averages_as_counts(english, tmp_path) -> None:
    rows = cells(write_summary_workbook(english, tmp_path / "summary.xlsx"))["Earlier years"]
    assert rows[0] == ("Figure", "2025-2026", "2026-2027")
    by_label = {row[0]: row[1:] for row in rows}
    assert by_label["Pairs formed"] == (3, 6)
    assert by_label["Share of first contacts within the limit"][1] == 0.8
    mentors = by_label["How satisfied are you with the relationship? – average of mentors"]
    assert mentors == ("1 respondent", 3.67)
    mentees = by_label["How satisfied are you with the relationship? – average of mentees"]
    assert mentees == (3.67, 4.25)


def test_a_comment_that_looks_like_a_formula_stays_text(english, tmp_path) -> None:
    comments = next(q for q in english.questions if q.code == "comments")
    sneaky = replace(comments.mentees, comments=('=HYPERLINK("http://x")',))
    summary = replace(english, questions=(replace(comments, mentees=sneaky),))
    book = openpyxl.load_workbook(write_summary_workbook(summary, tmp_path / "s.xlsx"))
    cell = book["Comments"]["D2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


def test_the_workbook_follows_the_summarys_language(db, year, tmp_path) -> None:
    french = summarise(db, year.cohort_id, "fr")
    sheets = cells(write_summary_workbook(french, tmp_path / "resume.xlsx"))
    assert "Duos" in sheets  # the catalog's word for pairs
    assert any(row[0] == "Cadre supérieur" for row in sheets["Participation"])
    assert french.participation.of(Role.MENTOR).by_career_stage[3].label == "Cadre supérieur"


def _worded_apart() -> QuestionSummary:
    """A question whose option reads differently for each audience (same code)."""

    def side(audience: Role, text: str, again: str, counts: tuple[int, int]) -> AudienceAnswers:
        return AudienceAnswers(
            audience,
            QuestionKind.SINGLE_CHOICE,
            text,
            sum(counts),
            (ValueCount("again", again, counts[0]), ValueCount("no", "No", counts[1])),
        )

    return QuestionSummary(
        "take_part_again",
        QuestionKind.SINGLE_CHOICE,
        "Would you mentor again?",
        side(Role.MENTOR, "Would you mentor again?", "Yes, but as a mentee this time", (1, 3)),
        side(Role.MENTEE, "Would you take part again?", "Yes, as a mentee again", (5, 1)),
    )


def test_each_audience_reads_its_own_question_and_labels(english, tmp_path) -> None:
    summary = replace(english, questions=(_worded_apart(),))
    text, _pages = pdf_text(summary)
    assert "1. Mentors – Would you mentor again?" in text
    assert "1. Mentees – Would you take part again?" in text
    assert "Yes, as a mentee again" in text and "Yes, but as a mentee this time" in text
    rows = cells(write_summary_workbook(summary, tmp_path / "summary.xlsx"))["Questions"]
    by_answer = {(row[2], row[4]): row[5:] for row in rows[1:]}
    assert by_answer["Would you mentor again?", "Yes, but as a mentee this time"][:2] == (1, 0.25)
    assert by_answer["Would you take part again?", "Yes, as a mentee again"][2:] == (5, 5 / 6)
    assert ("Would you mentor again?", "Yes, as a mentee again") not in by_answer


def test_comments_sit_under_the_question_their_audience_read(english, tmp_path) -> None:
    comments = cells(write_summary_workbook(english, tmp_path / "summary.xlsx"))["Comments"]
    for _number, question, audience, _comment in comments[1:]:
        wanted = {
            q.code: (q.mentees if audience == "Mentees" else q.mentors) for q in english.questions
        }
        assert question in {side.text for side in wanted.values() if side is not None}
