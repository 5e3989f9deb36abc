"""A small program year for activity tests: two mentees (French, English), one mentor, one
withdrawn mentee, and a helper to plan an activity in one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from helpers.forms import mentee_form, mentor_form
from mentorat_desktop.db import Database
from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityLanguage,
    Language,
)
from mentorat_desktop.services.activities.planning import plan_activity
from mentorat_desktop.services.activities.records import ActivityForm, ActivityRow
from mentorat_desktop.services.registration import register
from mentorat_desktop.services.withdrawal import withdraw


@dataclass(frozen=True)
class ActivityYear:
    mentor: int
    mentee_fr: int
    mentee_en: int
    withdrawn: int


def activity_year(db: Database, cohort_id: int) -> ActivityYear:
    mentor = register(db, cohort_id, mentor_form()).participation_id
    mentee_fr = register(db, cohort_id, mentee_form()).participation_id
    mentee_en = register(
        db,
        cohort_id,
        mentee_form(
            first_name="Grace",
            last_name="Hopper",
            email="grace.hopper@example.org",
            preferred_language=Language.EN,
        ),
    ).participation_id
    gone = register(
        db,
        cohort_id,
        mentee_form(first_name="Luc", last_name="Gagnon", email="luc.gagnon@example.org"),
    ).participation_id
    withdraw(db, gone, date(2026, 10, 5), "Changement d'emploi")
    return ActivityYear(mentor, mentee_fr, mentee_en, gone)


def workshop_form(**changes: object) -> ActivityForm:
    form = ActivityForm(
        title="Atelier : gérer le changement",
        description="Deux heures pour outiller les mentorés.",
        held_on=date(2026, 11, 12),
        starts_at=time(12, 0),
        duration_minutes=90,
        place="CHU de Québec, salle 2",
        video_link="https://meet.example.org/atelier",
        language=ActivityLanguage.BILINGUAL,
        audience=ActivityAudience.MENTEES,
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def plan(db: Database, cohort_id: int, **changes: object) -> ActivityRow:
    return plan_activity(db, cohort_id, workshop_form(**changes))
