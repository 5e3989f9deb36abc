"""The list of a program year's pairs on the Pairs page: where each stands and what is next.

Read as plain rows (the pairs with both people in one query, the year once, goals and
meetings per kind): a ten-year file's year of pairs then costs no object per pair, person
or meeting. Each detail is the one ``pair_detail.detail_of`` makes from the objects.
"""

from __future__ import annotations

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import aliased

from mentorat_desktop.db import Database
from mentorat_desktop.models import Cohort, Pairing, Participation, Person
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.models.person import first_name_shown
from mentorat_desktop.services.followup import goals as goal_rules
from mentorat_desktop.services.followup import sessions as session_rules
from mentorat_desktop.services.followup.due import evaluated_by
from mentorat_desktop.services.followup.pair_detail import (
    PairDetail,
    PairingFields,
    PairPerson,
    detail_from,
)

# The pair's own columns, those a detail takes (``PairingFields``), in that order.
_PAIRING_COLUMNS = tuple(getattr(Pairing, name) for name in PairingFields.__annotations__)
_MENTOR = aliased(Participation, name="mentor")
_MENTEE = aliased(Participation, name="mentee")
_MENTOR_PERSON = aliased(Person, name="mentor_person")
_MENTEE_PERSON = aliased(Person, name="mentee_person")


def _person_columns(participation: type[Participation], person: type[Person]) -> tuple:
    return (
        participation.id,
        person.first_name,
        person.last_name,
        person.anonymised_at,
        person.email,
        person.phone,
        participation.role,
        participation.preferred_language,
        participation.organisation,
        participation.job_title,
        participation.is_certified,
    )


def _person(values: tuple) -> PairPerson:
    """One side of the pair as ``pair_detail._person`` reads it from the objects."""
    (pid, first, last, anonymised_at, email, phone, role, language, org, job, certified) = values
    full_name = f"{first_name_shown(first, anonymised_at)} {last}".strip()
    return PairPerson(pid, full_name, email, phone, role, language, org, job, certified)


_MENTOR_COLUMNS = _person_columns(_MENTOR, _MENTOR_PERSON)
_MENTEE_COLUMNS = _person_columns(_MENTEE, _MENTEE_PERSON)


# Built once, the year a bound parameter: building them cost as much as running them, and
# SQLAlchemy then finds their compiled SQL in its cache at every read.
_PAIRS = (
    select(*_PAIRING_COLUMNS, *_MENTOR_COLUMNS, *_MENTEE_COLUMNS)
    .join(_MENTOR, _MENTOR.id == Pairing.mentor_id)
    .join(_MENTOR_PERSON, _MENTOR_PERSON.id == _MENTOR.person_id)
    .join(_MENTEE, _MENTEE.id == Pairing.mentee_id)
    .join(_MENTEE_PERSON, _MENTEE_PERSON.id == _MENTEE.person_id)
    .where(Pairing.cohort_id == bindparam("cohort_id"), Pairing.status != PairingStatus.DRAFT)
)
_COHORT = select(
    Cohort.id,
    Cohort.name,
    Cohort.end_date,
    Cohort.first_contact_hours,
    Cohort.session_cadence_days,
).where(Cohort.id == bindparam("cohort_id"))


def pair_list(db: Database, cohort_id: int) -> list[PairDetail]:
    """Every confirmed, active or ended pair, open ones first, then by mentee name."""
    now = db.clock.now()
    with db.unit_of_work() as session:
        year = {"cohort_id": cohort_id}
        rows: list[Row] = list(session.execute(_PAIRS, year).all())
        if not rows:
            return []
        cohort = session.execute(_COHORT, year).one()
        evaluated = evaluated_by(session, [r.id for r in rows if r.status == PairingStatus.ENDED])
        # Goals and meetings as plain rows: thousands of objects were most of the list's cost.
        ids = [r.id for r in rows]
        goals = goal_rules.rows_by_pairing(session, ids)
        meetings = session_rules.rows_by_pairing(session, ids)
        mentor_at = len(_PAIRING_COLUMNS)
        mentee_at = mentor_at + len(_MENTOR_COLUMNS)
        details = [
            detail_from(
                row,
                cohort,
                _person(tuple(row[mentor_at:mentee_at])),
                _person(tuple(row[mentee_at:])),
                now,
                len(evaluated.get(row.id, ())),
                goals[row.id],
                meetings[row.id],
            )
            for row in rows
        ]
    details.sort(key=lambda d: (not d.is_open, d.mentee.full_name.casefold(), d.pairing_id))
    return details
