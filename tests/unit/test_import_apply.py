"""Writing an import: all accepted rows in one transaction, or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.forms import mentee_form
from helpers.import_files import FR_HEADERS, french_row, french_xlsx, people, write_xlsx
from helpers.import_files import consenting_guess as guess_mapping
from sqlalchemy import func, select

from mentorat_desktop import i18n
from mentorat_desktop.models import AuditEntry, Participation, Person
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.importing.apply import apply_import
from mentorat_desktop.services.importing.contract import (
    DuplicatePolicy,
    ImportPreview,
    ImportRefused,
    RowStatus,
)
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.importing.reader import read_table


def _counts(db) -> tuple[int, ...]:
    with db.unit_of_work() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Person, Participation, AuditEntry)
        )


def _actions(db) -> list[str]:
    with db.unit_of_work() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def _preview_file(db, cohort, path) -> ImportPreview:
    table = read_table(path)
    return preview_import(db, cohort.id, table, guess_mapping(table.headers))


def test_new_rows_are_registered_with_an_audit_trail(db, cohort, tmp_path) -> None:
    before = _actions(db)
    result = apply_import(
        db,
        cohort.id,
        _preview_file(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=6)),
        actor="Comité",
    )
    assert (result.created, result.updated, result.skipped, result.errors) == (6, 0, 0, ())
    listed = registration.list_participants(db, cohort.id)
    assert sorted(p.email for p in listed) == sorted(p.email for p in people(6))
    actions = _actions(db)[len(before) :]
    assert actions.count("participation.register") == 6
    assert actions[-1] == "import"
    with db.unit_of_work() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert entry.details["created"] == 6 and entry.actor == "Comité"


def test_a_person_from_an_earlier_year_is_linked_not_copied(db, cohort, tmp_path) -> None:
    earlier = create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30)))
    known = registration.register(db, earlier.id, mentee_form(email=people(2)[1].email))
    result = apply_import(
        db, cohort.id, _preview_file(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=2))
    )
    assert result.created == 2
    assert _counts(db)[:2] == (2, 3)
    [linked] = [p for p in registration.list_participants(db, cohort.id) if p.email == known.email]
    assert linked.person_id == known.person_id


def _changed_file(tmp_path, name: str):
    rows = [french_row(p) for p in people(3)]
    rows[1][6] = "CISSS de Laval"
    return write_xlsx(tmp_path / name, FR_HEADERS, rows)


def test_duplicates_are_skipped_by_default(db, cohort, tmp_path) -> None:
    apply_import(db, cohort.id, _preview_file(db, cohort, french_xlsx(tmp_path / "a.xlsx", 3)))
    preview = _preview_file(db, cohort, _changed_file(tmp_path, "b.xlsx"))
    assert preview.count(RowStatus.UPDATE) == 1 and preview.count(RowStatus.DUPLICATE) == 2
    result = apply_import(db, cohort.id, preview)
    assert (result.created, result.updated, result.skipped) == (0, 0, 3)
    organisations = {p.organisation for p in registration.list_participants(db, cohort.id)}
    assert "CISSS de Laval" not in organisations


def test_duplicates_are_updated_when_asked(db, cohort, tmp_path) -> None:
    apply_import(db, cohort.id, _preview_file(db, cohort, french_xlsx(tmp_path / "a.xlsx", 3)))
    preview = _preview_file(db, cohort, _changed_file(tmp_path, "b.xlsx"))
    result = apply_import(db, cohort.id, preview, duplicates=DuplicatePolicy.UPDATE)
    assert (result.created, result.updated, result.skipped) == (0, 1, 2)
    [changed] = [
        p for p in registration.list_participants(db, cohort.id) if p.email == people(3)[1].email
    ]
    assert changed.organisation == "CISSS de Laval"
    assert _counts(db)[:2] == (3, 3)
    assert "participation.update" in _actions(db)


def _sixty_rows_with_an_error_on_row_57(tmp_path):
    rows = [french_row(p) for p in people(60)]
    rows[55][1] = "pas-une-adresse"  # data row 56 is file row 57: a real error
    return write_xlsx(tmp_path / "sixty.xlsx", FR_HEADERS, rows)


def test_an_error_on_row_57_of_60_leaves_the_database_unchanged(db, cohort, tmp_path) -> None:
    registration.register(db, cohort.id, mentee_form())
    before = _counts(db)
    preview = _preview_file(db, cohort, _sixty_rows_with_an_error_on_row_57(tmp_path))
    assert preview.count(RowStatus.ERROR) == 1 and preview.count(RowStatus.NEW) == 59
    i18n.set_language("en")
    with pytest.raises(ImportRefused) as refused:
        apply_import(db, cohort.id, preview, duplicates=DuplicatePolicy.UPDATE)
    assert "1 row has an error" in refused.value.message
    assert _counts(db) == before


def test_skip_invalid_writes_the_59_valid_rows_and_reports_row_57(db, cohort, tmp_path) -> None:
    before = _counts(db)
    preview = _preview_file(db, cohort, _sixty_rows_with_an_error_on_row_57(tmp_path))
    result = apply_import(db, cohort.id, preview, skip_invalid=True)
    assert result.created == 59
    [error] = result.errors
    assert (error.row, error.column) == (57, "Adresse courriel")
    assert _counts(db) == (before[0] + 59, before[1] + 59, before[2] + 60)


def test_a_failure_midway_rolls_everything_back(db, cohort, tmp_path, monkeypatch) -> None:
    preview = _preview_file(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=10))
    before = _counts(db)
    original = registration.add_registration
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 7:
            raise OSError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(registration, "add_registration", failing)
    with pytest.raises(OSError):
        apply_import(db, cohort.id, preview)
    assert _counts(db) == before


def test_a_row_registered_since_the_preview_follows_the_policy(db, cohort, tmp_path) -> None:
    path = french_xlsx(tmp_path / "a.xlsx", count=3)
    email = people(3)[1].email
    preview = _preview_file(db, cohort, path)
    registration.register(db, cohort.id, mentee_form(email=email, organisation="Ailleurs"))
    skipped = apply_import(db, cohort.id, preview)
    assert (skipped.created, skipped.skipped) == (2, 1)
    [row] = [p for p in registration.list_participants(db, cohort.id) if p.email == email]
    assert row.organisation == "Ailleurs"
    stale = _preview_file(db, cohort, path)  # now rows 2 and 4 are duplicates
    registration.update(
        db,
        row.participation_id,
        replace(registration.load_form(db, row.participation_id), phone="1"),
    )
    updated = apply_import(db, cohort.id, stale, duplicates=DuplicatePolicy.UPDATE)
    assert updated.updated == 1
    [row] = [p for p in registration.list_participants(db, cohort.id) if p.email == email]
    assert row.organisation == people(3)[1].organisation


def test_a_preview_altered_after_checking_is_refused(db, cohort, tmp_path) -> None:
    preview = _preview_file(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=2))
    broken = replace(preview.rows[0], form=replace(preview.rows[0].form, region="42"))
    before = _counts(db)
    with pytest.raises(ImportRefused):
        apply_import(db, cohort.id, replace(preview, rows=(broken, *preview.rows[1:])))
    assert _counts(db) == before


def test_a_form_put_in_a_row_after_the_preview_is_tidied_before_writing(
    db, cohort, tmp_path
) -> None:
    """The preview's own forms are written as checked; one put in a row afterwards is
    cleaned again, as a registration typed by hand would be."""
    preview = _preview_file(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=2))
    first = preview.rows[0]
    assert first.form is not None and preview.is_checked(first.form)
    untidy = replace(first.form, organisation=f"  {first.form.organisation}   ")
    assert not preview.is_checked(untidy)
    edited = replace(preview, rows=(replace(first, form=untidy), *preview.rows[1:]))
    apply_import(db, cohort.id, edited)
    [row] = [p for p in registration.list_participants(db, cohort.id) if p.email == first.email]
    assert row.organisation == first.form.organisation.strip()
