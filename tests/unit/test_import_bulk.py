"""An import writes its new registrations together: each audit entry names its own
registration, the trail holds, and a preview naming one new person twice still follows
the duplicate rules."""

from __future__ import annotations

from dataclasses import replace

from helpers.import_files import consenting_guess as guess_mapping
from helpers.import_files import french_xlsx
from sqlalchemy import select

from mentorat_desktop.db import open_database
from mentorat_desktop.models import AuditEntry, Participation
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.importing.apply import apply_import
from mentorat_desktop.services.importing.contract import DuplicatePolicy, ImportPreview
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.importing.reader import read_table
from mentorat_desktop.services.privacy.chain import verify_chain


def _preview(db, cohort, path) -> ImportPreview:
    table = read_table(path)
    return preview_import(db, cohort.id, table, guess_mapping(table.headers))


def test_each_registration_entry_names_its_own_registration(db, cohort, tmp_path) -> None:
    apply_import(db, cohort.id, _preview(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=40)))
    with db.unit_of_work() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "participation.register")
            .order_by(AuditEntry.id)
        ).all()
        participations = session.scalars(select(Participation).order_by(Participation.id)).all()
        assert [e.entity_id for e in entries] == [p.id for p in participations]
        assert [e.summary for e in entries] == [
            f"{p.person.full_name} ({p.role.value})" for p in participations
        ]
        assert all(p.consent_purpose for p in participations)
    assert verify_chain(db).intact


def test_one_new_person_twice_in_a_preview_follows_the_duplicate_policy(
    db, cohort, tmp_path
) -> None:
    preview = _preview(db, cohort, french_xlsx(tmp_path / "a.xlsx", count=3))
    first = preview.rows[0]
    assert first.form is not None
    again = replace(first, row=99, form=replace(first.form, organisation="CISSS de Laval"))
    twice = replace(preview, rows=(*preview.rows, again))
    skipped = apply_import(db, cohort.id, twice)
    assert (skipped.created, skipped.skipped) == (3, 1)

    second_db = open_database(tmp_path / "other.sqlite3", db.clock)
    try:
        year = create_cohort(second_db, CohortForm("2026-2027", cohort.start_date, cohort.end_date))
        updated = apply_import(second_db, year.id, twice, duplicates=DuplicatePolicy.UPDATE)
        assert (updated.created, updated.updated) == (3, 1)
        [row] = [
            p
            for p in registration.list_participants(second_db, year.id)
            if p.email == first.form.email
        ]
        assert row.organisation == "CISSS de Laval"
        assert verify_chain(second_db).intact
    finally:
        second_db.close()
