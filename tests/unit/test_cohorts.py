"""Program years: creation rules and which one a command means when none is named."""

from __future__ import annotations

from datetime import date

import pytest

from mentorat_desktop.errors import NotFound, ValidationFailed
from mentorat_desktop.services.cohorts import (
    CohortForm,
    create_cohort,
    default_form,
    list_cohorts,
    resolve_cohort,
)


def test_created_cohort_keeps_its_settings(db) -> None:
    created = create_cohort(
        db,
        CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30), session_cadence_days=30),
    )
    [listed] = list_cohorts(db)
    assert listed == created
    assert listed.first_contact_hours == 72 and listed.first_contact_reminder_hours == 48
    assert listed.session_cadence_days == 30


def test_name_is_unique_ignoring_case(db, cohort) -> None:
    with pytest.raises(ValidationFailed) as failure:
        create_cohort(db, CohortForm("2026-2027 ", date(2026, 9, 1), date(2027, 6, 30)))
    assert "2026-2027" in failure.value.message
    assert len(list_cohorts(db)) == 1


def test_end_before_start_is_refused_in_french(db) -> None:
    with pytest.raises(ValidationFailed) as failure:
        create_cohort(db, CohortForm("X", date(2027, 9, 1), date(2027, 6, 30)))
    assert failure.value.errors[0].field == "end_date"
    assert "date de fin" in failure.value.message
    assert list_cohorts(db) == []


def test_resolve_means_the_most_recent_when_no_name_is_given(db) -> None:
    create_cohort(db, CohortForm("2024-2025", date(2024, 9, 1), date(2025, 6, 30)))
    create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30)))
    assert resolve_cohort(db, None).name == "2025-2026"
    assert resolve_cohort(db, "2024-2025").name == "2024-2025"
    with pytest.raises(NotFound) as failure:
        resolve_cohort(db, "1999")
    assert "2024-2025" in failure.value.message


def test_resolve_without_any_cohort_says_so(db) -> None:
    with pytest.raises(NotFound):
        resolve_cohort(db, None)


def test_default_form_runs_september_to_june() -> None:
    form = default_form(date(2026, 3, 15))
    assert (form.name, form.start_date, form.end_date) == (
        "2026-2027",
        date(2026, 9, 1),
        date(2027, 6, 30),
    )
