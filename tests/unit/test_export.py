"""Exports of a program year: typed Excel cells, CSV that Excel reads with its accents, the
right rows, headers in the user's language, never half a file, and the command line."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from helpers.forms import mentee_form, mentor_form
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from mentorat_desktop import i18n
from mentorat_desktop.cli import main
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.errors import NotFound, UserError
from mentorat_desktop.models import MentoringSession, Pairing, Participation
from mentorat_desktop.models.enums import CareerStage, ParticipationStatus
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import CohortSummary, resolve_cohort
from mentorat_desktop.services.demo import DemoSummary, write_demo
from mentorat_desktop.services.exporting import writers
from mentorat_desktop.services.exporting.tables import (
    ColumnKind,
    ExportColumn,
    ExportTable,
    pairs_table,
    participants_table,
    sessions_table,
)
from mentorat_desktop.services.exporting.writers import (
    UnsupportedFormat,
    csv_text,
    export_table,
    sheet_title,
    write_csv,
    write_xlsx,
)
from mentorat_desktop.services.regions import REGIONS, region_label

NOW = datetime(2026, 10, 5, 9, 30)  # the moment of the ``clock`` fixture
BOM = b"\xef\xbb\xbf"
MULTI_LINE_NOTE = 'Appeler après le 15.\nPréfère "Teams", le matin;\r\nvoir aussi: =1+1'
CONTROL_CHARACTERS = "tab\tstays\x0b, vertical tab goes"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """One demo file for the whole module: exports only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path, FixedClock(NOW))
    try:
        summary = write_demo(database)
    finally:
        database.close()
    return path, summary


@pytest.fixture
def demo(demo_file: tuple[Path, DemoSummary]) -> Iterator[tuple[Database, CohortSummary]]:
    database = open_database(demo_file[0], FixedClock(NOW))
    yield database, resolve_cohort(database, None)
    database.close()


def _header_index(table: ExportTable) -> dict[str, int]:
    return {header: index for index, header in enumerate(table.headers)}


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


# Rows -----------------------------------------------------------------------------------


def test_each_export_has_every_row_of_the_year(demo, demo_file) -> None:
    db, cohort = demo
    summary = demo_file[1]
    with db.unit_of_work() as session:
        registered = session.scalar(
            select(func.count()).where(Participation.cohort_id == cohort.id)
        )
        withdrawn = session.scalar(
            select(func.count()).where(
                Participation.cohort_id == cohort.id,
                Participation.status == ParticipationStatus.WITHDRAWN,
            )
        )
        pairings = session.scalar(select(func.count()).where(Pairing.cohort_id == cohort.id))
        sessions = session.scalar(
            select(func.count(MentoringSession.id))
            .join(Pairing)
            .where(Pairing.cohort_id == cohort.id)
        )
    participants = participants_table(db, cohort.id)
    assert withdrawn == summary.withdrawn > 0
    assert len(participants.rows) == registered == summary.mentors + summary.mentees + withdrawn
    assert len(pairs_table(db, cohort.id).rows) == pairings == summary.pairings
    assert len(sessions_table(db, cohort.id).rows) == sessions == summary.sessions > 0
    status = _header_index(participants)[i18n._("Status")]
    labels = [row[status] for row in participants.rows]
    assert labels.count(i18n._("Withdrawn")) == withdrawn


def test_rows_hold_typed_values(demo) -> None:
    db, cohort = demo
    participants = participants_table(db, cohort.id)
    index = _header_index(participants)
    row = participants.rows[0]
    assert isinstance(row[index[i18n._("Consent date")]], date)
    assert isinstance(row[index[i18n._("CCHL member")]], bool)
    assert row[index[i18n._("Region number")]] in REGIONS
    assert row[index[i18n._("Region")]] == region_label(row[index[i18n._("Region number")]])
    pairs = pairs_table(db, cohort.id)
    hours = _header_index(pairs)[i18n._("Hours")]
    assert all(isinstance(r[hours], Decimal) for r in pairs.rows)
    assigned = _header_index(pairs)[i18n._("Assigned at")]
    assert any(isinstance(r[assigned], datetime) for r in pairs.rows)


def test_career_stages_read_as_career_stages(db: Database, cohort: CohortSummary) -> None:
    registration.register(db, cohort.id, mentee_form(career_stage=CareerStage.EARLY))
    table = participants_table(db, cohort.id)
    assert table.rows[0][_header_index(table)[i18n._("Career stage")]] == i18n._(
        "Early career (under 5 years)"
    )


def test_an_unknown_program_year_is_refused(db: Database) -> None:
    with pytest.raises(NotFound):
        participants_table(db, 999)


def test_headers_follow_the_language(demo) -> None:
    db, cohort = demo
    i18n.set_language("en")
    english = participants_table(db, cohort.id)
    assert english.headers[:3] == ("First name", "Last name", "E-mail")
    assert "Mentee" in {row[4] for row in english.rows}
    i18n.set_language("fr")
    french = participants_table(db, cohort.id)
    assert french.headers[:3] == ("Prénom", "Nom", "Courriel")
    assert "Mentoré" in {row[4] for row in french.rows}
    assert french.title.startswith("Participants") and pairs_table(db, cohort.id).title.startswith(
        "Duos"
    )


def test_pairs_hold_no_private_text(db: Database, cohort: CohortSummary) -> None:
    mentor = registration.register(db, cohort.id, mentor_form())
    mentee = registration.register(db, cohort.id, mentee_form())
    with db.unit_of_work() as session:
        session.add(
            Pairing(
                cohort_id=cohort.id,
                mentor_id=mentor.participation_id,
                mentee_id=mentee.participation_id,
                agreements={"confidentiality": "SECRET-AGREEMENT"},
                reflection="SECRET-REFLECTION",
                end_reason_detail="SECRET-DETAIL",
                created_at=NOW,
            )
        )
    table = pairs_table(db, cohort.id)
    assert len(table.rows) == 1
    assert not any("SECRET" in str(value) for value in table.rows[0])


# Excel ----------------------------------------------------------------------------------


def test_xlsx_has_typed_cells_a_bold_frozen_header_filters_and_widths(demo, tmp_path) -> None:
    db, cohort = demo
    table = participants_table(db, cohort.id)
    out = write_xlsx(table, tmp_path / "participants.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Participants 2026-2027"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:AD{len(table.rows) + 1}"
    assert all(cell.font.bold for cell in sheet[1])
    assert [cell.value for cell in sheet[1]] == list(table.headers)
    assert sheet.max_row == len(table.rows) + 1
    index = _header_index(table)
    consent = sheet.cell(row=2, column=index[i18n._("Consent date")] + 1)
    assert isinstance(consent.value, datetime | date) and consent.number_format == "yyyy-mm-dd"
    assert consent.value.date() == table.rows[0][index[i18n._("Consent date")]]
    years = sheet.cell(row=2, column=index[i18n._("Years in management")] + 1)
    assert isinstance(years.value, int) and not isinstance(years.value, bool)
    member = sheet.cell(row=2, column=index[i18n._("CCHL member")] + 1)
    assert isinstance(member.value, bool)
    for letter in ("A", "C", "H", "X"):
        width = sheet.column_dimensions[letter].width
        assert 8 <= width <= 60
    assert sheet.column_dimensions["A"].width < sheet.column_dimensions["X"].width == 60


def test_xlsx_pairs_and_sessions_keep_datetimes_and_decimals(demo, tmp_path) -> None:
    db, cohort = demo
    pairs = pairs_table(db, cohort.id)
    sheet = openpyxl.load_workbook(write_xlsx(pairs, tmp_path / "pairs.xlsx")).active
    index = _header_index(pairs)
    assigned = sheet[get_column_letter(index[i18n._("Assigned at")] + 1)][1:]
    assert any(isinstance(c.value, datetime) for c in assigned)
    assert all(c.number_format == "yyyy-mm-dd hh:mm" for c in assigned if c.value is not None)
    hours = sheet.cell(row=2, column=index[i18n._("Hours")] + 1)
    assert isinstance(hours.value, int | float) and hours.number_format == "0.00"
    sessions = sessions_table(db, cohort.id)
    sheet = openpyxl.load_workbook(write_xlsx(sessions, tmp_path / "sessions.xlsx")).active
    total = sum(
        Decimal(str(sheet.cell(row=r, column=5).value)) for r in range(2, sheet.max_row + 1)
    )
    assert total == sum(row[4] for row in sessions.rows)


def test_xlsx_keeps_awkward_text_as_text(db: Database, cohort: CohortSummary, tmp_path) -> None:
    registration.register(db, cohort.id, mentee_form(committee_notes=MULTI_LINE_NOTE))
    registration.register(db, cohort.id, mentor_form(committee_notes=CONTROL_CHARACTERS))
    formula = mentee_form(email="f@example.org", last_name="Zz", committee_notes="=1+1")
    registration.register(db, cohort.id, formula)
    table = participants_table(db, cohort.id)
    sheet = openpyxl.load_workbook(write_xlsx(table, tmp_path / "p.xlsx")).active
    notes = [sheet.cell(row=r, column=len(table.columns) - 1) for r in (2, 3, 4)]
    values = {cell.value.replace("\r\n", "\n") for cell in notes}
    assert MULTI_LINE_NOTE.replace("\r\n", "\n") in values
    # Control characters Excel refuses go; the tab stays.
    assert "tab\tstays, vertical tab goes" in values
    # A formula-looking note stays the text it was, never a formula Excel would run.
    assert [c.data_type for c in notes if c.value == "=1+1"] == ["s"]
    wrapped = [c for c in notes if "\n" in c.value]
    assert wrapped and all(c.alignment.wrap_text for c in wrapped)


def test_sheet_titles_are_ones_excel_accepts() -> None:
    assert sheet_title("Jumelages 2026/2027: [brouillon]?*") == "Jumelages 2026 2027 brouillon"
    assert len(sheet_title("x" * 80)) == 31
    assert sheet_title("'///'") == "Export"


# CSV ------------------------------------------------------------------------------------


def test_csv_starts_with_a_bom_and_keeps_accents(demo, tmp_path) -> None:
    db, cohort = demo
    table = participants_table(db, cohort.id)
    out = write_csv(table, tmp_path / "participants.csv")
    raw = out.read_bytes()
    assert raw.startswith(BOM) and not raw.startswith(BOM * 2)
    assert raw.count(b"\r\n") >= len(table.rows) + 1
    rows = _read_csv(out)
    assert rows[0] == list(table.headers) and rows[0][0] == "Prénom"
    assert rows[1:] == [[csv_text(value) for value in row] for row in table.rows]
    assert any("é" in cell for row in rows[1:] for cell in row)


def test_csv_writes_dates_in_iso_and_booleans_in_words(demo, tmp_path) -> None:
    db, cohort = demo
    table = pairs_table(db, cohort.id)
    rows = _read_csv(write_csv(table, tmp_path / "pairs.csv"))
    index = _header_index(table)
    suggested, assigned_at = index[i18n._("Suggested")], index[i18n._("Assigned at")]
    assert {r[suggested] for r in rows[1:]} == {i18n._("yes"), i18n._("no")}
    assigned = [r[assigned_at] for r in rows[1:] if r[assigned_at]]
    assert assigned and all(datetime.strptime(a, "%Y-%m-%d %H:%M") for a in assigned)
    planned = [r[index[i18n._("Planned end")]] for r in rows[1:]]
    assert all(date.fromisoformat(p) for p in planned)
    assert csv_text(Decimal("1.5")) == "1.50" and csv_text(None) == "" and csv_text(3) == "3"


def test_multi_line_text_round_trips_through_csv(db: Database, cohort: CohortSummary, tmp_path):
    registration.register(db, cohort.id, mentee_form(committee_notes=MULTI_LINE_NOTE))
    table = participants_table(db, cohort.id)
    out = export_table(table, tmp_path / "notes.csv")
    rows = _read_csv(out)
    assert len(rows) == 2
    assert rows[1][-2] == table.rows[0][-2] == MULTI_LINE_NOTE
    assert rows[1][:2] == ["Élodie", "Bérubé"]
    # Read as Excel does, as bytes in UTF-8 after the BOM: one record, quoted.
    text = out.read_bytes()[len(BOM) :].decode("utf-8")
    assert len(list(csv.reader(io.StringIO(text, newline="")))) == 2


# Never half a file --------------------------------------------------------------------


@pytest.fixture
def small_table() -> ExportTable:
    columns = (ExportColumn("Nom"), ExportColumn("Date", ColumnKind.DATE))
    rows = tuple((f"Personne {n}", date(2026, 9, 1)) for n in range(50))
    return ExportTable("Essai", columns, rows)


def test_a_csv_failing_midway_leaves_the_previous_file_intact(
    small_table: ExportTable, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"previous export")
    calls = {"n": 0}
    real = writers.csv_text

    def failing(value: object) -> str:
        calls["n"] += 1
        if calls["n"] == 40:
            raise RuntimeError("disk gone")
        return real(value)

    monkeypatch.setattr(writers, "csv_text", failing)
    with pytest.raises(RuntimeError):
        write_csv(small_table, target)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_an_xlsx_failing_midway_leaves_no_file(
    small_table: ExportTable, tmp_path: Path, monkeypatch
) -> None:
    def half_save(self, filename) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", half_save)
    target = tmp_path / "export.xlsx"
    with pytest.raises(UserError) as refused:
        write_xlsx(small_table, target)
    assert "No space left on device" in refused.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_user_error(small_table: ExportTable, tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        export_table(small_table, tmp_path / "nowhere" / "export.csv")
    assert "nowhere" in refused.value.message


def test_only_xlsx_and_csv_are_written(small_table: ExportTable, tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat) as refused:
        export_table(small_table, tmp_path / "export.pdf")
    assert "export.pdf" in refused.value.message
    assert list(tmp_path.iterdir()) == []
    assert export_table(small_table, tmp_path / "EXPORT.XLSX").exists()


# Command line ---------------------------------------------------------------------------


def test_export_command_writes_the_most_recent_year(demo_file, tmp_path, capsys) -> None:
    path, summary = demo_file
    out = tmp_path / "participants.xlsx"
    assert main(["export", "participants", "--db", str(path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out.strip()
    assert len(printed.splitlines()) == 1
    assert str(out) in printed and summary.cohort in printed and "63" in printed
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 64 and sheet["A1"].value == "Prénom"


@pytest.mark.parametrize("what", ["pairs", "sessions"])
def test_export_command_of_an_earlier_year_in_english(demo_file, tmp_path, capsys, what) -> None:
    path, summary = demo_file
    out = tmp_path / f"{what}.csv"
    argv = ["--lang", "en", "export", what, "--db", str(path), "--cohort", summary.earlier_cohort]
    assert main([*argv, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert summary.earlier_cohort in printed and str(out) in printed
    assert _read_csv(out)[0][0] == "Mentor"


def test_export_command_refuses_an_unknown_program_year(demo_file, tmp_path, capsys) -> None:
    out = tmp_path / "p.csv"
    argv = ["export", "pairs", "--db", str(demo_file[0]), "--cohort", "1999", "--out", str(out)]
    assert main(argv) == 1
    assert "1999" in capsys.readouterr().err and not out.exists()


def test_export_command_refuses_an_unknown_format(tmp_path, capsys) -> None:
    db_path, out = tmp_path / "new.sqlite3", tmp_path / "x.pdf"
    assert main(["export", "sessions", "--db", str(db_path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "x.pdf" in err and "Traceback" not in err
    assert not out.exists() and not db_path.exists()


def test_export_command_needs_an_out_file(capsys) -> None:
    assert main(["export", "participants"]) == 2
    assert "--out" in capsys.readouterr().err
