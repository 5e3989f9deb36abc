"""A program year's settings are changed in one audited step, never into a contradiction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from mentorat_desktop.errors import ValidationFailed
from mentorat_desktop.models import AuditEntry
from mentorat_desktop.services.cohorts import (
    CohortForm,
    create_cohort,
    list_cohorts,
    settings_form,
    update_cohort,
)
from mentorat_desktop.services.privacy.erasure import anonymise_year


def _entries(db) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def test_settings_are_saved_and_the_history_says_what_changed(db, cohort):
    form = replace(settings_form(cohort), name=" 2026-2027 (pilote) ", first_contact_hours=96)
    saved = update_cohort(db, cohort.id, form, actor="Line")
    assert (saved.name, saved.first_contact_hours) == ("2026-2027 (pilote)", 96)
    assert saved.retention_until == cohort.retention_until
    with db.unit_of_work() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.action == "cohort.update" and entry.actor == "Line"
        assert entry.details == {
            "name": {"before": "2026-2027", "after": "2026-2027 (pilote)"},
            "first_contact_hours": {"before": 72, "after": 96},
        }


def test_saving_unchanged_settings_writes_no_history(db, cohort):
    before = _entries(db)
    update_cohort(db, cohort.id, settings_form(cohort))
    assert _entries(db) == before


def test_another_year_s_name_is_refused_and_nothing_changes(db, cohort):
    create_cohort(db, CohortForm("2027-2028", date(2027, 9, 1), date(2028, 6, 30)))
    form = replace(settings_form(cohort), name="2027-2028", session_cadence_days=20)
    with pytest.raises(ValidationFailed) as refused:
        update_cohort(db, cohort.id, form)
    assert refused.value.errors[0].field == "name"
    stored = next(c for c in list_cohorts(db) if c.id == cohort.id)
    assert (stored.name, stored.session_cadence_days) == ("2026-2027", 42)


def test_retention_cannot_come_before_the_year_ends(db, cohort):
    form = replace(settings_form(cohort), retention_until=date(2027, 5, 1))
    with pytest.raises(ValidationFailed) as refused:
        update_cohort(db, cohort.id, form)
    assert refused.value.errors[0].field == "retention_until"
    # Moving the end after the retention date is the same contradiction.
    form = replace(settings_form(cohort), end_date=date(2030, 1, 31))
    with pytest.raises(ValidationFailed):
        update_cohort(db, cohort.id, form)


def test_an_anonymised_year_keeps_its_retention_date(db, cohort, clock):
    clock.current = clock.current.replace(year=2029, month=7, day=2)
    anonymise_year(db, cohort.id)
    [year] = list_cohorts(db)
    with pytest.raises(ValidationFailed):
        update_cohort(db, cohort.id, replace(settings_form(year), retention_until=date(2035, 1, 1)))
    renamed = update_cohort(db, cohort.id, replace(settings_form(year), name="Année pilote"))
    assert renamed.name == "Année pilote" and renamed.anonymised
