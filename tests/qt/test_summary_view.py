"""The year-end summary tab: the service's figures on screen, its privacy rules kept, empty
states said plainly, and the PDF and the workbook saved with the dialog replaced."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from helpers.evaluations import NAMES, small_year
from helpers.pairs import confirmed_pair
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QListWidget, QTableWidget
from sqlalchemy import select

from mentorat_desktop import i18n
from mentorat_desktop.models import Person
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.cohorts import CohortSummary, list_cohorts
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.evaluation_summary import (
    MIN_RESPONDENTS,
    format_amount,
    format_percent,
    summarise,
)
from mentorat_desktop.views.evaluations.summary_question_card import QuestionCard
from mentorat_desktop.views.evaluations.summary_view import (
    FIRST_SCREEN,
    SECTIONS,
    SummaryContent,
    SummaryView,
)
from mentorat_desktop.views.widgets.bar_chart import BarChart

TOO_FEW = "too few to show the answers without identifying anyone"


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


@pytest.fixture
def view(qtbot, context) -> SummaryView:
    widget = SummaryView(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


@pytest.fixture
def demo_year(db) -> CohortSummary:
    name = write_demo(db).cohort
    return next(c for c in list_cohorts(db) if c.name == name)


def screen_texts(view: SummaryView) -> list[str]:
    """Every text the view shows: labels, lists, table cells and what the charts say."""
    texts = [label.text() for label in view.findChildren(QLabel)]
    for listing in view.findChildren(QListWidget):
        texts += [listing.item(row).text() for row in range(listing.count())]
    for table in view.findChildren(QTableWidget):
        texts += [
            table.item(row, column).text()
            for row in range(table.rowCount())
            for column in range(table.columnCount())
        ]
    texts += [chart.accessibleDescription() for chart in view.findChildren(BarChart)]
    return texts


def shown(view: SummaryView, cohort: CohortSummary | None) -> None:
    """The summary of ``cohort`` whole: the sections below the first screen, which the view
    builds after its first paint on screen, are built at once."""
    view.set_cohort(cohort)
    if view.content is not None:
        view.content.complete()


def card(view: SummaryView, code: str) -> QuestionCard:
    return next(c for c in view.findChildren(QuestionCard) if c.code == code)


def number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


# Showing the year --------------------------------------------------------------------------


def test_tiles_show_the_figures_of_the_summary(db, view, demo_year) -> None:
    shown(view, demo_year)
    summary = summarise(db, demo_year.id, "en")
    assert view.content is not None
    tiles = view.content.tiles.tiles

    figures = {key: number(tile.value.text()) for key, tile in tiles.items()}

    assert figures == {
        "mentors": summary.participation.mentors.registered,
        "mentees": summary.participation.mentees.registered,
        "pairs_formed": summary.pairs.formed,
        "completed": summary.pairs.completed,
        "ended_early": summary.pairs.ended_early,
        "evaluations": summary.evaluations.received,
        "first_contact": Decimal(str(summary.first_contact.median_days)),
        "sessions": summary.activity.sessions,
        "hours": summary.activity.hours,
        "credits": summary.activity.credits,
    }
    assert summary.evaluations.received > 0 and summary.activity.sessions > 0
    rate = format_percent(summary.evaluations.rate, "en")
    assert tiles["evaluations"].detail.text() == f"Response rate: {rate}"
    within = format_percent(summary.first_contact.share_within_limit, "en")
    assert within in tiles["first_contact"].detail.text()
    assert view.header.text() == "Program year 2026-2027: September 1, 2026 to June 30, 2027"


def test_figures_follow_the_french_interface(db, qtbot, context, demo_year) -> None:
    i18n.set_language("fr")
    view = SummaryView(context)
    qtbot.addWidget(view)
    shown(view, demo_year)
    summary = summarise(db, demo_year.id, "fr")
    assert view.content is not None

    hours = view.content.tiles.tiles["hours"].value.text()

    assert hours == format_amount(summary.activity.hours, "fr")
    assert "," in hours  # 62,25: the demo's hours are not whole
    assert summary.participation.mentors.by_region[0].label in "\n".join(screen_texts(view))


def test_no_participant_name_appears_on_the_screen(db, view, demo_year) -> None:
    shown(view, demo_year)
    with db.unit_of_work() as session:
        people = session.execute(select(Person.first_name, Person.last_name)).all()
    on_screen = "\n".join(screen_texts(view))

    assert view.findChildren(QListWidget)  # the demo's comments are on screen
    assert [f"{first} {last}" for first, last in people if f"{first} {last}" in on_screen] == []


def test_names_written_in_comments_are_removed(db, view, cohort) -> None:
    small_year(db, cohort.id)
    shown(view, cohort)
    words = set(re.findall(r"\w+", "\n".join(screen_texts(view))))

    assert words & set(NAMES) == set()


def test_a_question_too_few_answered_shows_only_how_many(db, view, cohort) -> None:
    small_year(db, cohort.id)  # two mentors rated the pairing; four mentees did
    shown(view, cohort)
    pairing_fit = card(view, "pairing_fit")
    mentors, mentees = pairing_fit.columns[Role.MENTOR], pairing_fit.columns[Role.MENTEE]

    assert mentors.figures.text() == f"2 respondents — {TOO_FEW}"
    assert mentors.chart is None and mentors.findChildren(BarChart) == []
    assert mentees.chart is not None
    assert "4 respondents" in mentees.figures.text()
    assert mentees.chart.accessibleDescription().splitlines()[2] == "3: 1 (25%)"
    # Comments too: two mentors wrote one, and none of it shows.
    comments = card(view, "comments").columns[Role.MENTOR]
    assert comments.comments is None and TOO_FEW in comments.figures.text()
    assert MIN_RESPONDENTS == 3


def test_answers_stack_when_side_by_side_would_cut_their_labels(qtbot, db, view, cohort) -> None:
    small_year(db, cohort.id)
    shown(view, cohort)
    view.show()
    frequency = card(view, "frequency")

    view.resize(frequency.side_by_side_width() + 200, 700)
    qtbot.waitUntil(lambda: frequency.sides.direction() == QBoxLayout.Direction.LeftToRight)
    view.resize(frequency.side_by_side_width() - 100, 700)
    qtbot.waitUntil(lambda: frequency.sides.direction() == QBoxLayout.Direction.TopToBottom)


def test_comments_show_in_a_read_only_list(db, view, cohort) -> None:
    small_year(db, cohort.id)
    shown(view, cohort)

    comments = card(view, "comments").columns[Role.MENTEE].comments

    assert comments is not None
    assert comments.count() == 3
    assert "Des rencontres plus fréquentes auraient aidé." in [
        comments.item(row).text() for row in range(comments.count())
    ]
    assert comments.editTriggers() == comments.EditTrigger.NoEditTriggers


def test_earlier_years_are_columns_of_the_comparison_table(qtbot, db, view, cohort) -> None:
    small_year(db, cohort.id)
    shown(view, cohort)

    # This year shows at once; the earlier years follow when the event loop is free.
    assert view.findChild(QTableWidget) is None
    assert "Reading the earlier years…" in screen_texts(view)
    qtbot.waitUntil(lambda: view.findChild(QTableWidget) is not None)
    assert view.summary is not None and view.summary.earlier_years_read
    assert "Reading the earlier years…" not in screen_texts(view)
    table = view.findChild(QTableWidget)

    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:] == ["2025-2026", "2026-2027"]
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Pairs formed"] == "6"
    assert any(label.endswith("average of mentees") for label in rows)


# Empty states ------------------------------------------------------------------------------


def test_without_a_program_year_nothing_can_be_saved(view) -> None:
    shown(view, None)

    assert view.content is None
    assert not view.empty.isHidden()
    assert "Create a program year first" in view.empty.text()
    assert not view.pdf_button.isEnabled() and not view.excel_button.isEnabled()
    assert view.save_pdf() is None


def test_a_year_without_evaluations_still_shows_participation_and_pairs(db, view, cohort) -> None:
    confirmed_pair(db, cohort.id)
    shown(view, cohort)
    texts = screen_texts(view)

    assert "No evaluation received yet for 2026-2027." in texts
    assert view.findChildren(QuestionCard) == []
    assert "Participation" in texts and "Pairs" in texts
    assert view.findChildren(BarChart)  # regions and career stages
    assert view.pdf_button.isEnabled()


# Saving ------------------------------------------------------------------------------------


def test_save_as_pdf_writes_the_file_and_says_where(
    qtbot, view, demo_year, tmp_path, monkeypatch
) -> None:
    shown(view, demo_year)
    asked: list[tuple[str, str]] = []

    def choose(suggested: str, suffix: str) -> Path:
        asked.append((suggested, suffix))
        return tmp_path / "summary"  # no suffix typed: .pdf is added

    monkeypatch.setattr(view, "choose_save_path", choose)
    with qtbot.wait_signal(view.message) as said:
        written = view.save_pdf()

    assert written == tmp_path / "summary.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert asked == [("evaluation-summary-2026-2027.pdf", ".pdf")]
    assert said.args == [f"Saved {written}."]


def test_save_as_excel_writes_a_workbook(qtbot, view, demo_year, tmp_path, monkeypatch) -> None:
    shown(view, demo_year)
    monkeypatch.setattr(view, "choose_save_path", lambda *_a: tmp_path / "bilan.xlsx")

    with qtbot.wait_signal(view.message):
        written = view.save_excel()

    assert written == tmp_path / "bilan.xlsx"
    assert len(load_workbook(written).sheetnames) > 1


def test_saving_before_the_earlier_years_are_shown_still_saves_them(
    db, view, cohort, tmp_path, monkeypatch
) -> None:
    from mentorat_desktop.services.exporting import evaluation_workbook

    small_year(db, cohort.id)
    shown(view, cohort)  # saved at once, before the event loop read the earlier years
    saved: list = []

    def write(summary, path: Path) -> Path:
        saved.append(summary)
        return path

    monkeypatch.setattr(evaluation_workbook, "write_summary_workbook", write)
    monkeypatch.setattr(view, "choose_save_path", lambda *_a: tmp_path / "bilan.xlsx")
    view.save_excel()

    assert saved == [summarise(db, cohort.id, "en")]
    assert view.findChild(QTableWidget) is not None  # and the screen shows them too


def test_a_cancelled_dialog_writes_nothing(view, demo_year, tmp_path, monkeypatch) -> None:
    shown(view, demo_year)
    monkeypatch.setattr(view, "choose_save_path", lambda *_a: None)

    assert view.save_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_folder_that_cannot_be_written_is_reported(
    view, demo_year, tmp_path, monkeypatch
) -> None:
    shown(view, demo_year)
    reports: list[str] = []
    monkeypatch.setattr(view, "choose_save_path", lambda *_a: tmp_path / "gone" / "x.xlsx")
    monkeypatch.setattr(view, "report", reports.append)
    said: list[str] = []
    view.message.connect(said.append)

    assert view.save_excel() is None
    assert len(reports) == 1 and str(tmp_path / "gone") in reports[0]
    assert said == []


# The first screen first ----------------------------------------------------------------------


def test_the_sections_below_the_first_screen_follow_its_first_paint(qtbot, db, view, cohort):
    """On screen, the tiles and the participation show first; the other sections are built
    once they are painted, and the page then holds what the summary read all at once holds."""
    small_year(db, cohort.id)
    view.set_cohort(cohort)
    content = view.content
    assert content is not None and not content.is_complete
    assert view.findChildren(QuestionCard) == []
    view.show()
    qtbot.waitUntil(lambda: content.is_complete)
    lazily = screen_texts(view)
    assert view.findChildren(QuestionCard)

    other = SummaryView(view.context)
    qtbot.addWidget(other)
    shown(other, cohort)
    assert lazily == screen_texts(other)
    assert [type(s) for s in content.sections] == [type(s) for s in other.content.sections]


def test_reading_the_earlier_years_before_the_first_paint_builds_every_section(
    qtbot, db, view, cohort
) -> None:
    small_year(db, cohort.id)
    view.set_cohort(cohort)
    view.read_earlier_years()
    assert view.content is not None and view.content.is_complete
    assert view.findChild(QTableWidget) is not None


def test_a_year_switched_to_while_the_page_fills_shows_that_year_only(
    qtbot, db, view, cohort
) -> None:
    """The sections come one per turn of the event loop; a switch meanwhile drops the rest
    of the old year's: the page then holds the new year's summary and nothing else."""
    year = small_year(db, cohort.id)
    view.set_cohort(cohort)
    filling = view.content
    assert filling is not None
    view.show()
    for _turn in range(100):  # one turn of the event loop at a time, until one more section
        if len(filling.sections) > FIRST_SCREEN:
            break
        QApplication.processEvents()
    assert FIRST_SCREEN < len(filling.sections) < len(SECTIONS)

    earlier = next(c for c in list_cohorts(db) if c.id == year.earlier_id)
    view.set_cohort(earlier)
    content = view.content
    assert content is not None and content is not filling
    qtbot.waitUntil(lambda: content.is_complete)
    qtbot.wait(0)  # any turn the old year's content had asked for has come and gone
    assert view.findChildren(SummaryContent) == [content]

    other = SummaryView(view.context)
    qtbot.addWidget(other)
    shown(other, earlier)
    assert screen_texts(view) == screen_texts(other)


def test_the_earlier_years_read_a_year_per_turn_make_the_same_table(
    qtbot, db, view, cohort
) -> None:
    year = small_year(db, cohort.id)
    later = next(c for c in list_cohorts(db) if c.id == year.later_id)
    shown(view, later)
    qtbot.waitUntil(lambda: view.findChild(QTableWidget) is not None)
    assert view.summary == summarise(db, later.id, "en")  # as the PDF and workbook read it


def test_a_year_switched_to_while_the_earlier_years_are_read_gets_its_own_table(
    qtbot, db, view, cohort
) -> None:
    """Reading stops at the switch: no column of the year shown before reaches the table."""
    year = small_year(db, cohort.id)
    later = next(c for c in list_cohorts(db) if c.id == year.later_id)
    shown(view, later)  # 2027-2028: three years to compare
    view._start_earlier_years()  # the first year is read; the next two wait their turns
    assert view.findChild(QTableWidget) is None
    assert "Reading the earlier years…" in screen_texts(view)

    shown(view, cohort)  # 2026-2027: two years
    qtbot.waitUntil(lambda: view.findChild(QTableWidget) is not None)
    qtbot.wait(0)  # any turn the reading of 2027-2028 had asked for has come and gone
    table = view.findChild(QTableWidget)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:] == ["2025-2026", "2026-2027"]
    assert view.summary == summarise(db, cohort.id, "en")
