"""Program years: create them, list them, and find the one a command or screen means."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Cohort, Participation
from mentorat_desktop.models.enums import ParticipationStatus, Role
from mentorat_desktop.services import audit
from mentorat_desktop.services.areas.store import seed_vocabulary
from mentorat_desktop.services.privacy.retention import (
    committee_retention_years,
    default_retention,
    retention_error,
)
from mentorat_desktop.services.validation import required_message


@dataclass(frozen=True)
class CohortForm:
    name: str
    start_date: date
    end_date: date
    first_contact_reminder_hours: int = 48
    first_contact_hours: int = 72
    session_cadence_days: int = 42
    # None: the committee's default (see services/privacy/retention.py).
    retention_until: date | None = None


@dataclass(frozen=True)
class CohortSummary:
    id: int
    name: str
    start_date: date
    end_date: date
    first_contact_reminder_hours: int
    first_contact_hours: int
    session_cadence_days: int
    mentors: int = 0
    mentees: int = 0
    retention_until: date | None = None
    anonymised: bool = False


def default_form(today: date) -> CohortForm:
    """September to June, as the program usually runs.

    Recruitment happens in winter and spring for the September start, and the autumn
    belongs to the year already under way, so the start is always September of this year.
    """
    start_year = today.year
    return CohortForm(
        name=f"{start_year}-{start_year + 1}",
        start_date=date(start_year, 9, 1),
        end_date=date(start_year + 1, 6, 30),
    )


def validate(form: CohortForm) -> list[FieldError]:
    errors: list[FieldError] = []
    if not form.name.strip():
        errors.append(FieldError("name", required_message(_("Name"))))
    elif len(form.name.strip()) > 60:
        errors.append(FieldError("name", _("The name is too long (at most 60 characters).")))
    if form.end_date < form.start_date:
        errors.append(FieldError("end_date", _("The end date must come after the start date.")))
    if not 1 <= form.first_contact_reminder_hours <= form.first_contact_hours:
        errors.append(
            FieldError(
                "first_contact_reminder_hours",
                _("The reminder must come before the first-contact deadline."),
            )
        )
    if form.session_cadence_days < 1:
        errors.append(
            FieldError("session_cadence_days", _("The longest gap must be at least one day."))
        )
    if form.retention_until is not None and form.end_date >= form.start_date:
        error = retention_error(form.end_date, form.retention_until)
        if error is not None:
            errors.append(error)
    return errors


def _name_taken(session: Session, name: str, other_than: int | None = None) -> FieldError | None:
    query = select(Cohort.id).where(func.lower(Cohort.name) == name.lower())
    if other_than is not None:
        query = query.where(Cohort.id != other_than)
    if session.scalar(query) is None:
        return None
    return FieldError("name", _("A program year named {name} already exists.").format(name=name))


def _summary(cohort: Cohort, mentors: int = 0, mentees: int = 0) -> CohortSummary:
    return CohortSummary(
        id=cohort.id,
        name=cohort.name,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        first_contact_reminder_hours=cohort.first_contact_reminder_hours,
        first_contact_hours=cohort.first_contact_hours,
        session_cadence_days=cohort.session_cadence_days,
        mentors=mentors,
        mentees=mentees,
        retention_until=cohort.retention_until,
        anonymised=cohort.anonymised_at is not None,
    )


def create_cohort(db: Database, form: CohortForm, actor: str = "") -> CohortSummary:
    form = replace(form, name=form.name.strip())
    errors = validate(form)
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        taken = _name_taken(session, form.name)
        if taken is not None:
            raise ValidationFailed([taken])
        cohort = Cohort(
            name=form.name,
            start_date=form.start_date,
            end_date=form.end_date,
            first_contact_reminder_hours=form.first_contact_reminder_hours,
            first_contact_hours=form.first_contact_hours,
            session_cadence_days=form.session_cadence_days,
            matching_weights={},
            retention_until=form.retention_until
            or default_retention(form.end_date, committee_retention_years()),
            created_at=db.clock.now(),
        )
        session.add(cohort)
        session.flush()
        seed_vocabulary(session, cohort.id)
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="cohort.create",
            entity="cohort",
            entity_id=cohort.id,
            cohort_id=cohort.id,
            summary=form.name,
        )
        return _summary(cohort)


# What the settings dialog can change, in the order the history lists the changes.
_SETTINGS = (
    "name",
    "start_date",
    "end_date",
    "first_contact_reminder_hours",
    "first_contact_hours",
    "session_cadence_days",
    "retention_until",
)


def _shown(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def settings_form(cohort: CohortSummary) -> CohortForm:
    """The year's settings as the dialog edits them."""
    return CohortForm(**{name: getattr(cohort, name) for name in _SETTINGS})


def update_cohort(db: Database, cohort_id: int, form: CohortForm, actor: str = "") -> CohortSummary:
    """Change a year's name, dates, delays and retention date: one transaction, audited with
    each value before and after (the history must show that a retention date was moved)."""
    form = replace(form, name=form.name.strip())
    errors = validate(form)
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(_("This program year no longer exists."))
        if form.retention_until is None:
            form = replace(form, retention_until=cohort.retention_until)
        if cohort.anonymised_at is not None and form.retention_until != cohort.retention_until:
            raise ValidationFailed(
                [
                    FieldError(
                        "retention_until",
                        _("This year was anonymised: its retention date no longer applies."),
                    )
                ]
            )
        taken = _name_taken(session, form.name, other_than=cohort_id)
        if taken is not None:
            raise ValidationFailed([taken])
        changes = {
            name: {"before": _shown(getattr(cohort, name)), "after": _shown(getattr(form, name))}
            for name in _SETTINGS
            if getattr(cohort, name) != getattr(form, name)
        }
        for name in changes:
            setattr(cohort, name, getattr(form, name))
        if changes:
            audit.record(
                session,
                db.clock,
                actor=actor,
                action="cohort.update",
                entity="cohort",
                entity_id=cohort.id,
                cohort_id=cohort.id,
                summary=cohort.name,
                details=changes,
            )
        return _summary(cohort)


def list_cohorts(db: Database) -> list[CohortSummary]:
    """Every program year, the most recent first, with its active registrations by role."""
    with db.unit_of_work() as session:
        counts: dict[tuple[int, Role], int] = {
            (cohort_id, role): n
            for cohort_id, role, n in session.execute(
                select(Participation.cohort_id, Participation.role, func.count())
                .where(Participation.status == ParticipationStatus.REGISTERED)
                .group_by(Participation.cohort_id, Participation.role)
            )
        }
        cohorts = session.scalars(
            select(Cohort).order_by(Cohort.start_date.desc(), Cohort.id.desc())
        ).all()
        return [
            _summary(c, counts.get((c.id, Role.MENTOR), 0), counts.get((c.id, Role.MENTEE), 0))
            for c in cohorts
        ]


def resolve_cohort(db: Database, name: str | None) -> CohortSummary:
    """The program year called ``name`` (case ignored), or the most recent one if None."""
    cohorts = list_cohorts(db)
    if not cohorts:
        raise NotFound(_("There is no program year yet. Create one first."))
    if name is None:
        return cohorts[0]
    for cohort in cohorts:
        if cohort.name.lower() == name.strip().lower():
            return cohort
    raise NotFound(
        _("No program year is named {name}. Known program years: {names}.").format(
            name=name, names=", ".join(c.name for c in cohorts)
        )
    )


def load_cohort(session: Session, cohort_id: int) -> Cohort:
    """The program year, or a message saying it is gone (deleted from another window)."""
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(_("This program year no longer exists."))
    return cohort
