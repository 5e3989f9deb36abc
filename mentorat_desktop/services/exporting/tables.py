"""The three tables a program year exports: participants, pairs and mentoring sessions.

Values stay typed (``date``, ``int``, ``Decimal``, ``bool``) so that each writer can store
them the way its format expects; codes become the labels people read, in the current
language. The participants table carries every registration answer under the headers the
import recognises, so exporting a year and importing the file elsewhere gives it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Cohort, MentoringSession, Pairing, Participation, Person
from mentorat_desktop.models.enums import MeetingMode, Role
from mentorat_desktop.services.areas.store import labels_of
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.regions import region_label
from mentorat_desktop.services.text import plain

LIST_SEPARATOR = "; "


class ColumnKind(StrEnum):
    """How a writer stores a column, so that a spreadsheet sorts, filters and sums it."""

    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    INTEGER = "integer"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class ExportColumn:
    header: str
    kind: ColumnKind = ColumnKind.TEXT


@dataclass(frozen=True)
class ExportTable:
    """One sheet. ``rows`` hold Python values in the order of ``columns``: ``str``,
    ``date``, ``datetime``, ``int``, ``Decimal``, ``bool``, or None for an empty cell."""

    title: str
    columns: tuple[ExportColumn, ...]
    rows: tuple[tuple[object, ...], ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


def _columns(*spec: tuple[str, ColumnKind]) -> tuple[ExportColumn, ...]:
    return tuple(ExportColumn(header, kind) for header, kind in spec)


def _joined(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def hours_of(minutes: int) -> Decimal:
    """Minutes as hours to the hundredth: the unit of certification credits."""
    return (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.01"))


def _cohort(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(_("This program year no longer exists."))
    return cohort


def _name_key(person: Person) -> tuple[str, str]:
    """Sort key by last then first name, ignoring case and accents (Bélanger before Bouchard)."""

    return plain(person.last_name), plain(person.first_name)


def _title(what: str, cohort: Cohort) -> str:
    return f"{what} {cohort.name}"


# Participants ----------------------------------------------------------------------------


def participant_columns() -> tuple[ExportColumn, ...]:
    t, d, i, b = ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.INTEGER, ColumnKind.BOOLEAN
    return _columns(
        (_("First name"), t),
        (_("Last name"), t),
        (_("E-mail"), t),
        (_("Phone"), t),
        (_("Role"), t),
        (_("Status"), t),
        (_("Preferred language"), t),
        (_("Organisation"), t),
        (_("Workplace"), t),
        (_("Region"), t),
        (_("Region number"), t),
        (_("Job title"), t),
        (_("Career stage"), t),
        (_("Years in management"), i),
        (_("CCHL member"), b),
        (_("Certified member"), b),
        (_("Meeting modes"), t),
        (_("Areas of expertise"), t),
        (_("Mentee capacity"), i),
        (_("Areas to develop"), t),
        (_("Development objectives"), t),
        (_("Expectations of a mentor"), t),
        (_("LEADS capabilities"), t),
        (_("Motivation"), t),
        (_("Consent date"), d),
        (_("Registration date"), d),
        (_("Withdrawn on"), d),
        (_("Withdrawal reason"), t),
        (_("Committee notes"), t),
        (_("Form entry number"), t),
    )


def _participant_row(p: Participation) -> tuple[object, ...]:
    is_mentor = p.role == Role.MENTOR
    # An answer an import kept for review is exported as the person wrote it, not as the
    # placeholder stored meanwhile (and reads back as an answer to review).
    kept = p.answers_to_review or {}
    return (
        p.person.first_name,
        p.person.last_name,
        p.person.email,
        p.person.phone,
        label(p.role),
        label(p.status),
        kept.get("preferred_language") or label(p.preferred_language),
        p.organisation,
        p.workplace,
        kept.get("region") or region_label(p.region),
        "" if "region" in kept else p.region,
        p.job_title,
        kept.get("career_stage") or label(p.career_stage),
        p.years_of_experience,
        p.is_member,
        p.is_certified,
        _joined(_meeting_mode_labels(p.meeting_modes)),
        _joined(labels_of(p, p.expertise_areas)),
        p.capacity if is_mentor else None,
        _joined(labels_of(p, p.development_areas)),
        p.development_objectives,
        p.mentor_expectations,
        _joined(p.leads_capabilities),
        p.motivation,
        p.consent_date,
        p.registered_on,
        p.withdrawn_on,
        p.withdrawal_reason,
        p.committee_notes,
        p.entry_number,
    )


def _meeting_mode_labels(codes: Iterable[str]) -> list[str]:
    """Stored mode codes as labels; a code this version does not know is kept as is."""
    known = {m.value: m for m in MeetingMode}
    return [label(known[c]) if c in known else c for c in codes]


def participants_table(db: Database, cohort_id: int) -> ExportTable:
    """Every registration of the year, withdrawn ones included, by last then first name."""
    with db.unit_of_work() as session:
        cohort = _cohort(session, cohort_id)
        participations = session.scalars(
            select(Participation)
            .where(Participation.cohort_id == cohort_id)
            .options(selectinload(Participation.person))
        ).all()
        ordered = sorted(participations, key=lambda p: (*_name_key(p.person), p.id))
        rows = tuple(_participant_row(p) for p in ordered)
        return ExportTable(_title(_("Participants"), cohort), participant_columns(), rows)


# Pairs -------------------------------------------------------------------------------------


def pair_columns() -> tuple[ExportColumn, ...]:
    t, d, b = ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.BOOLEAN
    return _columns(
        (_("Mentor"), t),
        (_("Mentor e-mail"), t),
        (_("Mentee"), t),
        (_("Mentee e-mail"), t),
        (_("Status"), t),
        (_("Score"), ColumnKind.DECIMAL),
        (_("Suggested"), b),
        (_("Assigned at"), ColumnKind.DATETIME),
        (_("First contact"), d),
        (_("Suits both"), b),
        (_("Shared understanding"), d),
        (_("First formal meeting"), d),
        (_("Engagement signed on"), d),
        (_("Planned end"), d),
        (_("Ended on"), d),
        (_("End"), t),
        (_("End reason"), t),
        (_("New mentor wanted"), b),
        (_("Number of sessions"), ColumnKind.INTEGER),
        (_("Hours"), ColumnKind.DECIMAL),
    )


def _pair_row(pairing: Pairing, year_end: date) -> tuple[object, ...]:
    # Privacy: the agreements, the reflection and the free-text end detail stay in the file;
    # the engagement form itself is never recorded, only the day it was signed.
    minutes = sum(s.duration_minutes for s in pairing.sessions)
    return (
        pairing.mentor.person.full_name,
        pairing.mentor.person.email,
        pairing.mentee.person.full_name,
        pairing.mentee.person.email,
        label(pairing.status),
        None if pairing.score is None else Decimal(str(pairing.score)),
        pairing.suggested,
        pairing.assigned_at,
        pairing.first_contact_on,
        pairing.suits_both,
        pairing.shared_understanding_on,
        pairing.first_meeting_on,
        pairing.engagement_signed_on,
        # The date the relationship is meant to end: the pair's own, else the year's.
        pairing.planned_end_on or year_end,
        pairing.ended_on,
        label(pairing.end_kind) if pairing.end_kind else "",
        label(pairing.end_reason) if pairing.end_reason else "",
        pairing.mentee_wants_new_mentor,
        len(pairing.sessions),
        hours_of(minutes),
    )


def _pairings(session: Session, cohort_id: int) -> list[Pairing]:
    """The year's pairings by mentor then mentee name, then in the order they were made."""
    pairings = session.scalars(
        select(Pairing)
        .where(Pairing.cohort_id == cohort_id)
        .options(
            selectinload(Pairing.mentor).selectinload(Participation.person),
            selectinload(Pairing.mentee).selectinload(Participation.person),
            selectinload(Pairing.sessions),
        )
    ).all()

    return sorted(
        pairings,
        key=lambda p: (*_name_key(p.mentor.person), *_name_key(p.mentee.person), p.id),
    )


def pairs_table(db: Database, cohort_id: int) -> ExportTable:
    """Every pairing of the year, drafts and ended ones included, with its sessions' totals."""
    with db.unit_of_work() as session:
        cohort = _cohort(session, cohort_id)
        rows = tuple(_pair_row(p, cohort.end_date) for p in _pairings(session, cohort_id))
        return ExportTable(_title(_("Pairs"), cohort), pair_columns(), rows)


# Sessions ----------------------------------------------------------------------------------


def session_columns() -> tuple[ExportColumn, ...]:
    t = ColumnKind.TEXT
    return _columns(
        (_("Mentor"), t),
        (_("Mentee"), t),
        (_("Date"), ColumnKind.DATE),
        (_("Duration (minutes)"), ColumnKind.INTEGER),
        (_("Hours"), ColumnKind.DECIMAL),
        (_("Mode"), t),
        (_("Topics"), t),
        (_("LEADS capabilities"), t),
        (_("Note"), t),
    )


def _session_row(pairing: Pairing, s: MentoringSession) -> tuple[object, ...]:
    return (
        pairing.mentor.person.full_name,
        pairing.mentee.person.full_name,
        s.held_on,
        s.duration_minutes,
        hours_of(s.duration_minutes),
        label(s.mode),
        s.topics,
        _joined(s.leads_capabilities),
        s.note,
    )


def sessions_table(db: Database, cohort_id: int) -> ExportTable:
    """Every session of every pairing of the year, in date order."""
    with db.unit_of_work() as session:
        cohort = _cohort(session, cohort_id)
        pairs = _pairings(session, cohort_id)
        order = {p.id: index for index, p in enumerate(pairs)}
        sessions = sorted(
            ((p, s) for p in pairs for s in p.sessions),
            key=lambda ps: (ps[1].held_on, order[ps[0].id], ps[1].id),
        )
        rows = tuple(_session_row(p, s) for p, s in sessions)
        return ExportTable(_title(_("Sessions"), cohort), session_columns(), rows)
