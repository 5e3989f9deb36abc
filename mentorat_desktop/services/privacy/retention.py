"""How long a program year's personal information is kept, and which years are past it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, ValidationFailed
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.models import Cohort
from mentorat_desktop.services import audit

# The committee's default: personal information is kept two years after the year ends.
DEFAULT_RETENTION_YEARS = 2


def default_retention(end_date: date, years: int = DEFAULT_RETENTION_YEARS) -> date:
    try:
        return end_date.replace(year=end_date.year + years)
    except ValueError:  # 29 February
        return end_date.replace(year=end_date.year + years, day=28)


def committee_retention_years() -> int:
    from mentorat_desktop.preferences import Preferences

    years = Preferences.load().retention_years
    return years if isinstance(years, int) and 0 <= years <= 50 else DEFAULT_RETENTION_YEARS


def retention_error(end_date: date, until: date) -> FieldError | None:
    """Information is kept at least as long as the year runs."""
    if until >= end_date:
        return None
    return FieldError(
        "retention_until",
        _("Information must be kept at least until the year ends ({date}).").format(
            date=format_date(end_date)
        ),
    )


def set_retention(db: Database, cohort_id: int, until: date, actor: str = "") -> None:
    """Change a year's retention date (one transaction, audited)."""
    with db.unit_of_work() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(_("This program year no longer exists."))
        error = retention_error(cohort.end_date, until)
        if error is not None:
            raise ValidationFailed([error])
        before = cohort.retention_until
        cohort.retention_until = until
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="cohort.retention",
            entity="cohort",
            entity_id=cohort.id,
            cohort_id=cohort.id,
            summary=cohort.name,
            details={
                "before": before.isoformat() if before else None,
                "after": until.isoformat(),
            },
        )


@dataclass(frozen=True)
class RetentionDue:
    cohort_id: int
    name: str
    retention_until: date


def years_to_destroy(db: Database) -> list[RetentionDue]:
    """Program years whose retention date passed and whose information is still there."""
    today = db.clock.today()
    with db.unit_of_work() as session:
        rows = session.scalars(
            select(Cohort)
            .where(Cohort.anonymised_at.is_(None), Cohort.retention_until < today)
            .order_by(Cohort.retention_until)
        )
        return [RetentionDue(c.id, c.name, c.retention_until) for c in rows if c.retention_until]
