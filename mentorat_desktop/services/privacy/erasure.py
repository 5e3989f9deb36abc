"""Erasing a person, and anonymising a whole program year once its retention date passed.

Each is one unit of work: the person's identity, contact and free texts go, what the
program's statistics need stays without identity (see ``scope.py``), and one audit entry
says it happened without naming anyone. Afterwards ``destruction.destroy_remnants`` makes
the destruction real in the file, its side files and the backups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import JSON, or_, select, update
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound, UserError
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.models import (
    Answer,
    Base,
    ChecklistItem,
    Cohort,
    Pairing,
    Participation,
    Person,
    Question,
    Response,
)
from mentorat_desktop.models.enums import QuestionKind
from mentorat_desktop.services import audit
from mentorat_desktop.services.activities.privacy import remove_person_from_activities
from mentorat_desktop.services.evaluation_summary.privacy import NameScrubber
from mentorat_desktop.services.evaluation_summary.summary import NAME_REMOVED
from mentorat_desktop.services.privacy.chain import REDACTED
from mentorat_desktop.services.privacy.scope import CLEARED, FORMER_PARTICIPANT
from mentorat_desktop.services.privacy.scrubbing import scrub_audit, scrub_texts


@dataclass(frozen=True)
class Identifiers:
    """What identified someone, to look for in backups once the file no longer holds it."""

    names: tuple[str, ...]
    emails: tuple[str, ...]


@dataclass(frozen=True)
class ErasureOutcome:
    people: int
    registrations: int
    identifiers: Identifiers


def _mark() -> str:
    return _(NAME_REMOVED)


def _clear(session: Session, participation_ids: list[int], pairing_ids: list[int]) -> None:
    """Empty the columns ``scope.CLEARED`` lists for these registrations and pairs."""
    owners = {
        "participations": ("id", participation_ids),
        "goals": ("pairing_id", pairing_ids),
        "mentoring_sessions": ("pairing_id", pairing_ids),
        "pairings": ("id", pairing_ids),
    }
    session.flush()
    for item in CLEARED:
        table = Base.metadata.tables[item.table]
        values: dict[str, object] = {
            c: ({} if isinstance(table.c[c].type, JSON) else "") for c in item.columns
        }
        if "version" in table.c:  # a page holding the old texts must not save over this
            values["version"] = table.c.version + 1
        if item.table == "checklist_items":
            where = or_(
                ChecklistItem.participation_id.in_(participation_ids),
                ChecklistItem.pairing_id.in_(pairing_ids),
            )
        else:
            column, ids = owners[item.table]
            where = table.c[column].in_(ids)
        session.execute(
            update(table).where(where).values(**values),
            execution_options={"synchronize_session": False},
        )
    # Objects already loaded must not write their old texts back.
    session.expire_all()


def _pairing_ids(session: Session, participation_ids: list[int]) -> list[int]:
    return list(
        session.scalars(
            select(Pairing.id).where(
                or_(
                    Pairing.mentor_id.in_(participation_ids),
                    Pairing.mentee_id.in_(participation_ids),
                )
            )
        )
    )


def _text_answers(session: Session, participation_ids: list[int]) -> list[Answer]:
    return list(
        session.scalars(
            select(Answer)
            .join(Response, Answer.response_id == Response.id)
            .join(Question, Answer.question_id == Question.id)
            .where(
                Response.participation_id.in_(participation_ids),
                Question.kind == QuestionKind.TEXT,
            )
        )
    )


def forget_identity(person: Person, session: Session, db: Database) -> None:
    person.first_name = _(FORMER_PARTICIPANT)
    person.last_name = ""
    person.email = f"erased-{person.id}@invalid"
    person.phone = ""
    person.anonymised_at = db.clock.now()


def _scrub_everywhere(session: Session, people: Iterable[Person]) -> list[int]:
    people = list(people)
    scrubber = NameScrubber(
        [(p.first_name, p.last_name) for p in people], _mark(), emails=[p.email for p in people]
    )
    scrub_texts(session, scrubber)
    return scrub_audit(session, scrubber)


def _identifiers(people: Iterable[Person]) -> Identifiers:
    people = list(people)
    names = tuple(n for p in people for n in (p.first_name, p.last_name, p.full_name) if n)
    return Identifiers(names, tuple(p.email for p in people))


def find_person(session: Session, email: str) -> Person:
    person = session.scalar(select(Person).where(Person.email == email.strip().lower()))
    if person is None or person.anonymised_at is not None:
        raise NotFound(_("Nobody on file has the e-mail address {email}.").format(email=email))
    return person


def erase_person(db: Database, email: str, reason: str, actor: str = "") -> ErasureOutcome:
    """Destroy one person's identity, contact and free texts in every program year."""
    reason = reason.strip()
    with db.unit_of_work() as session:
        person = find_person(session, email)
        identifiers = _identifiers([person])
        participation_ids = [p.id for p in person.participations]
        _clear(session, participation_ids, _pairing_ids(session, participation_ids))
        for answer in _text_answers(session, participation_ids):
            answer.text = ""
        remove_person_from_activities(session, person.id)  # the year's counts stay
        redacted = _scrub_everywhere(session, [person])
        scrubber = NameScrubber([(person.first_name, person.last_name)], _mark(), [person.email])
        forget_identity(person, session, db)
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="privacy.erase_person",
            entity="person",
            entity_id=person.id,
            cohort_id=None,
            summary=_("Personal information of one person erased"),
            details={"reason": scrubber.scrub(reason), REDACTED: redacted},
        )
        return ErasureOutcome(1, len(participation_ids), identifiers)


def retention_passed(cohort: Cohort, today: date) -> bool:
    return cohort.retention_until is not None and cohort.retention_until < today


def anonymise_year(
    db: Database, cohort_id: int, reason: str = "", actor: str = ""
) -> ErasureOutcome:
    """The same as an erasure, for everyone registered in a year whose retention passed.

    People registered in another year not yet anonymised keep their identity for that
    year; this year's registration loses its texts all the same.
    """
    with db.unit_of_work() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(_("This program year no longer exists."))
        if cohort.anonymised_at is not None:
            raise UserError(
                _("The program year {name} was already anonymised.").format(name=cohort.name)
            )
        if not retention_passed(cohort, db.clock.today()):
            raise UserError(
                _(
                    "The personal information of {name} is kept until {date}: the year can be "
                    "anonymised after that date (change it in the year's settings)."
                ).format(
                    name=cohort.name,
                    date=format_date(cohort.retention_until) if cohort.retention_until else "—",
                )
            )
        registrations = list(
            session.scalars(select(Participation).where(Participation.cohort_id == cohort_id))
        )
        participation_ids = [p.id for p in registrations]
        year_scrubber = NameScrubber(
            [(p.person.first_name, p.person.last_name) for p in registrations],
            _mark(),
            [p.person.email for p in registrations],
        )
        # Written answers feed the year-end summary: kept, without names, as it prints them.
        for answer in _text_answers(session, participation_ids):
            answer.text = year_scrubber.scrub(answer.text.strip())
        _clear(session, participation_ids, _pairing_ids(session, participation_ids))
        cohort.anonymised_at = db.clock.now()
        session.flush()
        leaving = [p.person for p in registrations if _all_years_anonymised(session, p.person)]
        identifiers = _identifiers(leaving)
        redacted = _scrub_everywhere(session, leaving) if leaving else []
        for person in leaving:
            remove_person_from_activities(session, person.id)
            forget_identity(person, session, db)
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="privacy.anonymise_year",
            entity="cohort",
            entity_id=cohort.id,
            cohort_id=cohort.id,
            summary=_("Program year {name} anonymised").format(name=cohort.name),
            details={"reason": reason, "people": len(leaving), REDACTED: redacted},
        )
        return ErasureOutcome(len(leaving), len(registrations), identifiers)


def _all_years_anonymised(session: Session, person: Person) -> bool:
    if person.anonymised_at is not None:
        return False
    return all(p.cohort.anonymised_at is not None for p in person.participations)
