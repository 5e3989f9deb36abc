"""Registrations as the form service really exports them: every fixture imports whole,
each person's answers as the file means them, unknown wordings kept for review and placed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import form_exports
from sqlalchemy import select

from mentorat_desktop import i18n
from mentorat_desktop.cli import main
from mentorat_desktop.db import open_database
from mentorat_desktop.models import Participation, Person
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.importing.columns import guess_mapping
from mentorat_desktop.services.importing.contract import ColumnMapping, RowStatus
from mentorat_desktop.services.importing.mapping_memory import (
    remember_mapping,
    remembered_mapping,
)
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.importing.reader import read_table

FIXTURES = {
    "fr_form_wordings.csv": form_exports.french_labels_with_form_wordings,
    "en_internal_names.xlsx": form_exports.english_internal_names,
    "fr_internal_names.csv": form_exports.french_internal_names,
    "en_one_value_decides.csv": form_exports.english_labels_one_value_decides,
}


def _given(mapping: ColumnMapping) -> ColumnMapping:
    """These exports have no consent column: the committee confirms everyone consented."""
    from dataclasses import replace

    return replace(mapping, consent_given=True)


@pytest.fixture
def program(tmp_path) -> Path:
    path = tmp_path / "p.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _stored(path: Path, emails: list[str]) -> dict[str, Participation]:
    db = open_database(path)
    try:
        cohort = resolve_cohort(db, None)
        with db.unit_of_work() as session:
            rows = session.scalars(
                select(Participation)
                .join(Person)
                .where(Participation.cohort_id == cohort.id, Person.email.in_(emails))
            ).all()
            for row in rows:
                _ = row.person.first_name
            session.expunge_all()
            return {row.person.email: row for row in rows}
    finally:
        db.close()


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_every_export_imports_whole_with_the_answers_the_file_means(
    name, program, tmp_path, capsys
) -> None:
    path, expected = FIXTURES[name](tmp_path / name)
    assert main(["import", str(path), "--db", str(program), "--consent-given"]) == 0
    out = capsys.readouterr().out
    stored = _stored(program, [e.email for e in expected])
    assert len(stored) == len(expected), out  # no row lost
    for person in expected:
        row = stored[person.email]
        assert (row.person.first_name, row.person.last_name) == (person.first, person.last)
        assert row.role.value == person.role
        assert row.preferred_language.value == person.language
        assert row.registered_on == person.registered_on
        assert tuple(sorted(row.answers_to_review.items())) == person.to_review
        if person.career_stage is not None:
            assert row.career_stage.value == person.career_stage
        assert row.entry_number == person.entry


def test_the_wordings_to_place_are_listed_once_with_their_counts(tmp_path, capsys, program):
    path, _expected = form_exports.french_labels_with_form_wordings(tmp_path / "a.csv")
    assert main(["import", str(path), "--db", str(program), "--dry-run", "--lang", "en",
                 "--consent-given"]) == 0
    out = capsys.readouterr().out
    for wording in form_exports.FORM_STAGES_FR:
        assert out.count(f"“{wording}” (3 rows)") == 1
    assert "read as month/day: 3/9/2026 10:12 AM = March 9, 2026 (a date" in out


def test_a_values_section_places_the_wordings(tmp_path, capsys, program) -> None:
    path, expected = form_exports.french_labels_with_form_wordings(tmp_path / "a.csv")
    mapping = tmp_path / "mapping.json"
    table = read_table(path)
    columns = {h: guess_mapping(table.headers).columns.get(i) for i, h in enumerate(table.headers)}
    places = {"GESTIONNAIRE DE PREMIER NIVEAU": "early", "Professionnelle": "mid",
              "Retraite": None}
    mapping.write_text(
        json.dumps({"columns": columns, "values": {"career_stage": places}}), encoding="utf-8"
    )
    assert main(["import", str(path), "--db", str(program), "--mapping", str(mapping),
                 "--consent-given"]) == 0
    out = capsys.readouterr().out
    assert "Gestionnaire de premier niveau" not in out and "Retraité" not in out
    stored = _stored(program, [e.email for e in expected])
    by_stage = {e.to_review[0][1]: stored[e.email] for e in expected}
    assert by_stage["Gestionnaire de premier niveau"].career_stage.value == "early"
    assert by_stage["Gestionnaire de premier niveau"].answers_to_review == {}
    assert by_stage["Professionnelle"].career_stage.value == "mid"
    # "keep as written": placed, so not listed, but still flagged for review
    assert by_stage["Retraité"].answers_to_review == {"career_stage": "Retraité"}


def test_a_placement_that_is_not_a_category_is_refused_with_its_name(tmp_path, capsys, program):
    path, _expected = form_exports.french_labels_with_form_wordings(tmp_path / "a.csv")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"columns": {}, "values": {"career_stage": {"Retraité": "pensioner"}}}),
        encoding="utf-8",
    )
    assert main(["import", str(path), "--db", str(program), "--mapping", str(mapping),
                 "--consent-given"]) == 2
    assert "pensioner" in capsys.readouterr().err


def test_placements_are_remembered_with_the_mapping_for_the_next_file(db, cohort, tmp_path):
    path, _expected = form_exports.french_labels_with_form_wordings(tmp_path / "a.csv")
    table = read_table(path)
    guessed = guess_mapping(table.headers)
    placed = ColumnMapping(
        columns=guessed.columns,
        values={"career_stage": {"professionnelle": "mid", "retraite": None,
                                 "gestionnaire de premier niveau": "early"}},
        month_first={0: True},
    )
    remember_mapping(table.headers, placed)
    again, _ = form_exports.french_labels_with_form_wordings(tmp_path / "b.csv", count=4)
    next_table = read_table(again)
    remembered = remembered_mapping(next_table.headers)
    assert remembered is not None and remembered.values == placed.values
    preview = preview_import(db, cohort.id, next_table, _given(remembered))
    assert preview.unplaced == ()
    stages = [r.form.career_stage.value for r in preview.rows]
    assert stages[0] == "early" and stages[1] == "mid"


def test_an_incomplete_entry_is_skipped_and_counted(db, cohort, tmp_path) -> None:
    path, expected = form_exports.english_internal_names(tmp_path / "a.xlsx")
    table = read_table(path)
    preview = preview_import(db, cohort.id, table, _given(guess_mapping(table.headers)))
    assert preview.incomplete == 1
    assert [r.email for r in preview.rows] == [e.email for e in expected]


def test_the_twin_value_column_places_a_label_the_app_does_not_know(db, cohort, tmp_path):
    path, _expected = form_exports.english_internal_names(tmp_path / "a.xlsx")
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert table.headers[mapping.twins[table.headers.index("CareerStage")]] == "CareerStage_Value"
    preview = preview_import(db, cohort.id, table, _given(mapping))
    assert "CareerStage_Value" not in preview.ignored_columns
    [unplaced] = preview.unplaced
    assert (unplaced.wording, unplaced.rows) == ("Retired", 3)


def test_the_same_entry_imported_twice_is_spotted_by_its_number(program, tmp_path, capsys):
    path, expected = form_exports.english_internal_names(tmp_path / "a.xlsx")
    assert main(["import", str(path), "--db", str(program), "--consent-given"]) == 0
    # The person corrected their e-mail in the form: same entry, another address.
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active["D2"] = "corrected@example.org"
    book.save(path)
    db = open_database(program)
    try:
        table = read_table(path)
        preview = preview_import(db, resolve_cohort(db, None).id, table,
                                 _given(guess_mapping(table.headers)))
    finally:
        db.close()
    first = preview.rows[0]
    assert first.status == RowStatus.DUPLICATE
    assert "1000" in first.problems[0].message and expected[0].email in first.problems[0].message


def test_the_user_can_flip_the_day_month_order(db, cohort, tmp_path) -> None:
    path, expected = form_exports.french_internal_names(tmp_path / "a.csv")
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    column = table.headers.index("Entry_DateSubmitted")
    preview = preview_import(db, cohort.id, table, _given(mapping))
    [dates] = preview.date_columns
    assert (dates.month_first, dates.decided_by) == (True, "clock")
    flipped = preview_import(
        db,
        cohort.id,
        table,
        ColumnMapping(columns=mapping.columns, month_first={column: False}, consent_given=True),
    )
    assert flipped.date_columns[0].decided_by == "user"
    first = expected[0].registered_on
    assert flipped.rows[0].form.registered_on == first.replace(month=first.day, day=first.month)


def test_missing_required_columns_are_named_once_with_the_unrecognised_headers(
    program, tmp_path, capsys
) -> None:
    path = tmp_path / "odd.csv"
    lines = ["Given,Family,Mail,Employer,Zone,Post,Goals"]
    lines += [f"A{n},B{n},a{n}@example.org,CISSS,Laval,Chef,Objectif" for n in range(20)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    i18n.set_language("en")
    assert main(["import", str(path), "--db", str(program), "--role", "mentee",
                 "--lang", "en", "--consent-given"]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("No column of the file gives") == 1
    assert "“Zone”" in captured.err and "--mapping" in captured.err
    assert "row 2" not in captured.out  # not one error per row per field


def test_the_same_entry_number_from_another_form_is_another_registration(
    program, tmp_path, capsys
) -> None:
    """Mentors' and mentees' forms number their entries apart: a number alone proves nothing."""
    first, _ = form_exports.english_internal_names(tmp_path / "a.xlsx")
    assert main(["import", str(first), "--db", str(program), "--consent-given"]) == 0
    second, _expected = form_exports.english_internal_names(tmp_path / "b.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(second)
    book.active["B2"], book.active["D2"] = "Yvonne", "yvonne.other@example.org"
    book.save(second)
    capsys.readouterr()
    assert main(["import", str(second), "--db", str(program), "--dry-run", "--lang", "en",
                 "--consent-given"]) == 0
    assert "1 new" in capsys.readouterr().out
