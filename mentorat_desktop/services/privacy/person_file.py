"""A person's file (portability): everything the file holds about them, every program year.

The JSON structure is stable and documented by ``resources/privacy/person-file.schema.json``
(keys in English, codes as stored); the workbook is the same content laid out for reading,
labelled in the person's language. Both are written owner-only: they are personal.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.models import (
    ChecklistItem,
    Pairing,
    Participation,
    Person,
    Response,
)
from mentorat_desktop.services.privacy.erasure import find_person
from mentorat_desktop.services.privacy.history import HistoryFilter, history

FORMAT = "mentorat-person-file"
VERSION = 1


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()


def _identity(person: Person) -> dict[str, Any]:
    return {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "phone": person.phone,
        "on_file_since": _iso(person.created_at),
    }


def _registration(p: Participation) -> dict[str, Any]:
    return {
        "program_year": p.cohort.name,
        "role": p.role.value,
        "status": p.status.value,
        "preferred_language": p.preferred_language.value,
        "organisation": p.organisation,
        "workplace": p.workplace,
        "region": p.region,
        "job_title": p.job_title,
        "career_stage": p.career_stage.value,
        "years_of_experience": p.years_of_experience,
        "is_member": p.is_member,
        "is_certified": p.is_certified,
        "meeting_modes": list(p.meeting_modes),
        "motivation": p.motivation,
        "expertise_areas": list(p.expertise_areas),
        "capacity": p.capacity,
        "development_areas": list(p.development_areas),
        "development_objectives": p.development_objectives,
        "mentor_expectations": p.mentor_expectations,
        "leads_capabilities": list(p.leads_capabilities),
        "consent": {"date": _iso(p.consent_date), "purpose": p.consent_purpose},
        "registered_on": _iso(p.registered_on),
        "resources_reviewed_on": _iso(p.resources_reviewed_on),
        "withdrawn_on": _iso(p.withdrawn_on),
        "withdrawal_reason": p.withdrawal_reason,
        "committee_notes": p.committee_notes,
    }


def _pair(pairing: Pairing, own: Participation) -> dict[str, Any]:
    partner = pairing.mentee if pairing.mentor_id == own.id else pairing.mentor
    return {
        "program_year": pairing.cohort.name,
        "role": own.role.value,
        "partner": partner.person.full_name,
        "status": pairing.status.value,
        "assigned_at": _iso(pairing.assigned_at),
        "first_contact_on": _iso(pairing.first_contact_on),
        "agreements": dict(pairing.agreements),
        "shared_understanding_on": _iso(pairing.shared_understanding_on),
        "first_meeting_on": _iso(pairing.first_meeting_on),
        "engagement_signed_on": _iso(pairing.engagement_signed_on),
        "planned_end_on": _iso(pairing.planned_end_on),
        "ended_on": _iso(pairing.ended_on),
        "end_kind": pairing.end_kind.value if pairing.end_kind else None,
        "end_reason": pairing.end_reason.value if pairing.end_reason else None,
        "end_reason_detail": pairing.end_reason_detail,
        "reflection": pairing.reflection,
        "goals": [
            {
                "title": g.title,
                "description": g.description,
                "leads_capabilities": list(g.leads_capabilities),
                "actions": g.actions,
                "success_indicator": g.success_indicator,
                "target_on": _iso(g.target_on),
                "status": g.status.value,
            }
            for g in pairing.goals
        ],
        "sessions": [
            {
                "held_on": _iso(s.held_on),
                "duration_minutes": s.duration_minutes,
                "mode": s.mode.value,
                "topics": s.topics,
                "leads_capabilities": list(s.leads_capabilities),
                "note": s.note,
            }
            for s in pairing.sessions
        ],
    }


def _response(response: Response, language: str) -> dict[str, Any]:
    questionnaire = response.version.questionnaire
    return {
        "program_year": response.participation.cohort.name,
        "questionnaire": questionnaire.kind.value,
        "audience": questionnaire.audience.value,
        "version": response.version.number,
        "submitted_on": _iso(response.submitted_on),
        "answers": [
            {
                "question": a.question.code,
                "text": a.question.text_en if language == "en" else a.question.text_fr,
                "number": a.number,
                "written": a.text,
                "choices": list(a.choices),
            }
            for a in sorted(response.answers, key=lambda a: a.question.position)
        ],
    }


def _documents(session: Session, ids: list[int], pair_ids: list[int]) -> list[dict[str, Any]]:
    items = session.scalars(
        select(ChecklistItem)
        .where(
            or_(
                ChecklistItem.participation_id.in_(ids),
                ChecklistItem.pairing_id.in_(pair_ids),
            )
        )
        .order_by(ChecklistItem.phase, ChecklistItem.id)
    )
    return [{"phase": i.phase, "item": i.code, "done_on": _iso(i.done_on)} for i in items]


def _activities(session: Session, person_id: int) -> list[dict[str, Any]]:
    """Invitations (with attendance) and topic requests, from the activities' own records."""
    from mentorat_desktop.models import Cohort
    from mentorat_desktop.services.activities.privacy import activities_for_person

    years = {c.id: c.name for c in session.scalars(select(Cohort))}
    return [
        {
            "what": line.what,
            "program_year": years.get(line.cohort_id),
            "title": line.title,
            "on": _iso(line.on),
            "attendance": line.attendance.value if line.attendance else None,
        }
        for line in activities_for_person(session, person_id)
    ]


def collect(
    db: Database, email: str, *, privacy_officer: str = "", purposes: str = ""
) -> dict[str, Any]:
    """The person's file as plain JSON-ready data."""
    with db.unit_of_work() as session:
        person = find_person(session, email)
        registrations = sorted(person.participations, key=lambda p: p.cohort.start_date)
        ids = [p.id for p in registrations]
        language = registrations[-1].preferred_language.value if registrations else "fr"
        pairings = session.scalars(
            select(Pairing)
            .where(or_(Pairing.mentor_id.in_(ids), Pairing.mentee_id.in_(ids)))
            .order_by(Pairing.created_at, Pairing.id)
        ).all()
        own = {p.id: p for p in registrations}
        responses = session.scalars(
            select(Response)
            .where(Response.participation_id.in_(ids))
            .order_by(Response.submitted_on, Response.id)
        ).all()
        data = {
            "format": FORMAT,
            "version": VERSION,
            "language": language,
            "prepared_on": _iso(db.clock.today()),
            "privacy_officer": privacy_officer,
            "purposes": purposes,
            "person": _identity(person),
            "registrations": [_registration(p) for p in registrations],
            "pairs": [
                _pair(pair, own.get(pair.mentor_id) or own[pair.mentee_id]) for pair in pairings
            ],
            "questionnaires": [_response(r, language) for r in responses],
            "documents": _documents(session, ids, [p.id for p in pairings]),
            "activities": _activities(session, person.id),
        }
        person_id = person.id
    data["audit"] = [
        {"at": _iso(r.at), "actor": r.actor, "action": r.action, "summary": r.summary}
        for r in history(db, HistoryFilter(person_id=person_id))
    ]
    return data


def write_person_file(
    db: Database, email: str, path: Path, *, privacy_officer: str = "", purposes: str = ""
) -> Path:
    """Write the file as JSON or XLSX (by suffix), owner-only, whole or not at all."""
    from mentorat_desktop.services.privacy.person_file_writers import write

    data = collect(db, email, privacy_officer=privacy_officer, purposes=purposes)
    return write(data, Path(path))
