"""The preview: every row with its status and every problem with its row and column."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from helpers.forms import mentee_form
from helpers.import_files import (
    EN_HEADERS,
    FR_HEADERS,
    UNKNOWN_FR,
    english_csv,
    french_excel_csv,
    french_row,
    french_xlsx,
    people,
    write_csv,
)
from helpers.import_files import consenting_guess as guess_mapping

from mentorat_desktop import i18n
from mentorat_desktop.models.enums import CareerStage, Language, Role
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.importing.apply import apply_import
from mentorat_desktop.services.importing.contract import (
    ColumnMapping,
    ImportPreview,
    RowStatus,
    SourceTable,
)
from mentorat_desktop.services.importing.preview import preview_import, split_name
from mentorat_desktop.services.importing.reader import read_table

TODAY = date(2026, 10, 5)  # the conftest clock


def _preview(db, cohort, path: Path, role: Role | None = None) -> ImportPreview:
    table = read_table(path)
    mapping = replace(guess_mapping(table.headers), role=role)
    return preview_import(db, cohort.id, table, mapping)


def _table(headers: tuple[str, ...], rows: list[list[object]]) -> SourceTable:
    return SourceTable(
        headers=headers,
        rows=tuple(tuple(r) for r in rows),
        row_numbers=tuple(range(2, len(rows) + 2)),
    )


@pytest.mark.parametrize(
    "make",
    [french_xlsx, english_csv, french_excel_csv],
    ids=["xlsx-fr", "csv-utf8-en", "csv-cp1252-fr"],
)
def test_a_real_looking_export_previews_as_new_rows(db, cohort, tmp_path, make) -> None:
    suffix = ".xlsx" if make is french_xlsx else ".csv"
    preview = _preview(db, cohort, make(tmp_path / f"export{suffix}", count=6))
    assert [r.status for r in preview.rows] == [RowStatus.NEW] * 6
    assert [r.row for r in preview.rows] == [2, 3, 4, 5, 6, 7]
    assert preview.problems == ()
    assert len(preview.ignored_columns) == 1
    expected = people(6)
    for row, person in zip(preview.rows, expected, strict=True):
        form = row.form
        assert form is not None
        assert (form.first_name, form.last_name, form.email) == (
            person.first,
            person.last,
            person.email,
        )
        assert form.role == (Role.MENTOR if person.mentor else Role.MENTEE)
        assert form.preferred_language == (Language.EN if person.english else Language.FR)
        assert form.region == person.region[:2]
        assert form.is_member == person.member
        assert form.registered_on == person.submitted.date()
        assert form.consent_date == person.submitted.date()
        if person.mentor:
            assert form.expertise_areas == person.areas
            assert form.capacity == person.capacity
            assert form.career_stage in (CareerStage.SENIOR, CareerStage.EXECUTIVE)
        else:
            assert form.development_objectives == person.objectives
    assert preview.notes  # consent taken from the submission date, and said so


def test_the_unknown_column_is_listed_as_ignored(db, cohort, tmp_path) -> None:
    preview = _preview(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=1))
    assert preview.ignored_columns == (UNKNOWN_FR,)


def test_without_a_role_column_the_user_picks_the_role(db, cohort) -> None:
    headers = tuple(h for h in FR_HEADERS if h != "Je m'inscris à titre de")
    rows = [
        [v for i, v in enumerate(french_row(p)) if i != 4]
        for p in people(3, start=1)
        if not p.mentor
    ]
    table = _table(headers, rows)
    refused = preview_import(db, cohort.id, table, guess_mapping(headers))
    assert {r.status for r in refused.rows} == {RowStatus.ERROR}
    assert all(r.problems[0].column == "" for r in refused.rows)
    chosen = preview_import(db, cohort.id, table, replace(guess_mapping(headers), role=Role.MENTEE))
    assert {r.status for r in chosen.rows} == {RowStatus.NEW}
    assert {r.role for r in chosen.rows} == {Role.MENTEE}
    assert any("mentee" in note or "mentoré" in note for note in chosen.notes)


def test_problems_name_their_row_and_column_in_the_users_language(db, cohort) -> None:
    rows = [french_row(p) for p in people(5)]
    rows[1][1] = "marc.dube@"  # e-mail, file row 3
    rows[2][8] = "Atlantide"  # region, file row 4
    rows[4][14] = ""  # a mentee without objectives, file row 6
    i18n.set_language("en")
    preview = preview_import(db, cohort.id, _table(FR_HEADERS, rows), guess_mapping(FR_HEADERS))
    statuses = [r.status for r in preview.rows]
    assert statuses == [
        RowStatus.NEW,
        RowStatus.ERROR,
        RowStatus.NEW,  # an unknown region is an answer to place, not an error
        RowStatus.NEW,
        RowStatus.ERROR,
    ]
    problems = {(p.row, p.column) for p in preview.problems}
    assert problems == {
        (3, "Adresse courriel"),
        (6, "Mes objectifs de développement / mes attentes par rapport à un mentor"),
    }
    assert preview.rows[1].form is None
    assert preview.rows[2].form.answers_to_review == (("region", "Atlantide"),)
    [unplaced] = preview.unplaced
    assert (unplaced.key, unplaced.wording, unplaced.rows) == ("region", "Atlantide", 1)


def test_an_e_mail_repeated_in_the_file_is_a_duplicate_naming_the_first_row(db, cohort) -> None:
    rows = [french_row(p) for p in people(3)]
    rows.append(list(rows[0]))
    rows[3][1] = rows[0][1].upper()
    preview = preview_import(db, cohort.id, _table(FR_HEADERS, rows), guess_mapping(FR_HEADERS))
    assert preview.rows[3].status == RowStatus.DUPLICATE
    assert "2" in preview.rows[3].problems[0].message
    assert preview.rows[3].problems[0].column == "Adresse courriel"


def test_a_second_import_of_the_same_file_is_all_duplicates(db, cohort, tmp_path) -> None:
    path = french_xlsx(tmp_path / "a.xlsx", count=5)
    apply_import(db, cohort.id, _preview(db, cohort, path))
    again = _preview(db, cohort, path)
    assert {r.status for r in again.rows} == {RowStatus.DUPLICATE}


def test_changed_answers_make_an_update_that_names_what_changed(db, cohort, tmp_path) -> None:
    apply_import(db, cohort.id, _preview(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=3)))
    rows = [french_row(p) for p in people(3)]
    rows[1][6] = "CISSS de Laval"
    i18n.set_language("en")
    preview = preview_import(db, cohort.id, _table(FR_HEADERS, rows), guess_mapping(FR_HEADERS))
    assert [r.status for r in preview.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.UPDATE,
        RowStatus.DUPLICATE,
    ]
    assert "Organisation" in preview.rows[1].problems[0].message


def test_answers_without_a_column_keep_what_is_on_file(db, cohort) -> None:
    person = people(2)[1]
    registration.register(
        db,
        cohort.id,
        mentee_form(
            email=person.email, committee_notes="Rappeler en janvier", phone="418 555-0101"
        ),
    )
    preview = preview_import(
        db, cohort.id, _table(FR_HEADERS, [french_row(person)]), guess_mapping(FR_HEADERS)
    )
    [row] = preview.rows
    assert row.status == RowStatus.UPDATE
    assert row.form is not None
    assert row.form.committee_notes == "Rappeler en janvier"
    assert row.form.phone == "418 555-0101"
    assert row.form.consent_date == date(2026, 5, 1)  # the consent on file stays


def test_a_person_from_an_earlier_year_is_new_and_known(db, cohort) -> None:
    earlier = create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30)))
    person = people(2)[1]
    registration.register(db, earlier.id, mentee_form(email=person.email))
    preview = preview_import(
        db, cohort.id, _table(FR_HEADERS, [french_row(person)]), guess_mapping(FR_HEADERS)
    )
    assert preview.rows[0].status == RowStatus.NEW
    assert preview.rows[0].known_person


@pytest.mark.parametrize(
    ("answer", "consent"),
    [
        ("Oui", date(2026, 4, 1)),
        ("J'accepte", date(2026, 4, 1)),
        ("2026-03-30", date(2026, 3, 30)),
        ("Non", None),
        ("", None),
    ],
)
def test_a_consent_column_is_honoured(db, cohort, answer: str, consent: date | None) -> None:
    headers = (*FR_HEADERS, "J'accepte que mes renseignements soient utilisés")
    row = [*french_row(people(1)[0]), answer]
    preview = preview_import(db, cohort.id, _table(headers, [row]), guess_mapping(headers))
    [result] = preview.rows
    assert preview.notes == ()
    if consent is None:
        assert result.status == RowStatus.ERROR
        assert result.problems[0].column == headers[-1]
    else:
        assert result.status == RowStatus.NEW and result.form is not None
        assert result.form.consent_date == consent


def test_without_a_submission_date_today_is_used(db, cohort) -> None:
    headers = FR_HEADERS[1:]
    rows = [french_row(p)[1:] for p in people(2)]
    preview = preview_import(db, cohort.id, _table(headers, rows), guess_mapping(headers))
    assert {r.form.registered_on for r in preview.rows if r.form} == {TODAY}
    assert {r.form.consent_date for r in preview.rows if r.form} == {TODAY}


def test_a_full_name_column_is_split(db, cohort) -> None:
    headers = ("Nom complet", *FR_HEADERS[1:2], *FR_HEADERS[4:])
    rows = []
    for name, p in zip(["Marie-Ève Tremblay Gagnon", "Côté, Zoé"], people(2), strict=True):
        full = french_row(p)
        rows.append([name, full[1], *full[4:]])
    preview = preview_import(db, cohort.id, _table(headers, rows), guess_mapping(headers))
    names = [(r.form.first_name, r.form.last_name) for r in preview.rows if r.form]
    assert names == [("Marie-Ève", "Tremblay Gagnon"), ("Zoé", "Côté")]
    assert split_name("Cher") == ("Cher", "")


def test_empty_rows_are_skipped(db, cohort) -> None:
    rows = [french_row(people(1)[0]), [None] * len(FR_HEADERS), ["  "] * len(FR_HEADERS)]
    preview = preview_import(db, cohort.id, _table(FR_HEADERS, rows), guess_mapping(FR_HEADERS))
    assert len(preview.rows) == 1


def test_an_english_export_with_uppercase_emails(db, cohort, tmp_path) -> None:
    preview = _preview(db, cohort, english_csv(tmp_path / "a.csv", count=5))
    assert preview.rows[4].email == people(5)[4].email  # written in capitals in the file
    assert preview.rows[4].form is not None
    assert preview.rows[4].form.preferred_language == Language.EN


def test_month_first_dates_are_read_as_such(db, cohort, tmp_path) -> None:
    rows = [french_row(p) for p in people(3)]
    for row, day in zip(rows, ["04/01/2026 08:15", "04/13/2026 10:00", "04/30/2026"], strict=True):
        row[0] = day
    path = write_csv(tmp_path / "a.csv", EN_HEADERS, rows)
    preview = _preview(db, cohort, path)
    assert [r.form.registered_on for r in preview.rows if r.form] == [
        date(2026, 4, 1),
        date(2026, 4, 13),
        date(2026, 4, 30),
    ]


def test_a_mapping_pointing_outside_the_table_is_ignored(db, cohort) -> None:
    table = _table(FR_HEADERS, [french_row(people(1)[0])])
    mapping = ColumnMapping(
        columns={**guess_mapping(FR_HEADERS).columns, 99: "phone"}, consent_given=True
    )
    assert preview_import(db, cohort.id, table, mapping).rows[0].status == RowStatus.NEW


def test_consent_is_never_assumed_without_a_consent_column(db, cohort) -> None:
    from mentorat_desktop.services.importing.columns import guess_mapping as plain_guess

    table = _table(FR_HEADERS, [french_row(people(1)[0])])
    refused = preview_import(db, cohort.id, table, plain_guess(FR_HEADERS))
    assert refused.rows[0].status == RowStatus.ERROR
    assert "--consent-given" in refused.rows[0].problems[0].message
    confirmed = preview_import(
        db, cohort.id, table, replace(plain_guess(FR_HEADERS), consent_given=True)
    )
    assert confirmed.rows[0].status == RowStatus.NEW and confirmed.consent == "confirmed"
