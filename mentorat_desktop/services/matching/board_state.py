"""The matching board of one program year as plain data: who waits, who has room, the pairs.

Loaded in one short unit of work and detached, so the screen and the command line read it
while nothing holds the database open.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from typing import Any

import numpy as np
from sqlalchemy import Row, Select, bindparam, select
from sqlalchemy.orm import Session, aliased, load_only

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Cohort, Pairing, Participation, Person
from mentorat_desktop.models.enums import EndKind, PairingStatus, ParticipationStatus, Role
from mentorat_desktop.models.person import first_name_shown
from mentorat_desktop.services.areas.store import vocabulary_in
from mentorat_desktop.services.cohorts import load_cohort
from mentorat_desktop.services.matching import rules, scoring
from mentorat_desktop.services.matching.criteria import (
    PENALTY_PREVIOUS_PAIR,
    PENALTY_SAME_ORGANISATION,
    MatchingCriteria,
    penalty_from_json,
    weights_from_json,
)
from mentorat_desktop.services.matching.profiles import MatchProfile, profile_of_row
from mentorat_desktop.services.matching.rules import PastPairs
from mentorat_desktop.services.text import plain

OPEN = (PairingStatus.DRAFT, PairingStatus.CONFIRMED, PairingStatus.ACTIVE)


@dataclass(frozen=True)
class BoardPair:
    pairing_id: int
    status: PairingStatus
    mentor: MatchProfile
    mentee: MatchProfile
    score: float | None
    suggested: bool
    locked: bool
    assigned_at: datetime | None
    # The pair's row version as the board read it: a step on it is refused if it moved on.
    version: int = 1

    @property
    def is_draft(self) -> bool:
        return self.status == PairingStatus.DRAFT

    @property
    def is_pending_suggestion(self) -> bool:
        """A suggestion the committee has neither accepted nor rejected yet."""
        return self.is_draft and self.suggested and not self.locked


@dataclass(frozen=True)
class MentorCard:
    profile: MatchProfile
    # Open pairs of this mentor, drafts included: a proposal holds its place.
    taken: int

    @property
    def places_left(self) -> int:
        return max(self.profile.capacity - self.taken, 0)


@dataclass(frozen=True)
class BoardState:
    cohort_id: int
    cohort_name: str
    criteria: MatchingCriteria
    waiting: tuple[MatchProfile, ...]
    mentors: tuple[MentorCard, ...]
    pairs: tuple[BoardPair, ...]
    past: PastPairs = field(default_factory=dict)

    @cached_property
    def _mentor_by_id(self) -> dict[int, MentorCard]:
        return {card.profile.participation_id: card for card in self.mentors}

    @cached_property
    def _waiting_by_id(self) -> dict[int, MatchProfile]:
        return {p.participation_id: p for p in self.waiting}

    @cached_property
    def _pair_by_mentee(self) -> dict[int, BoardPair]:
        return {p.mentee.participation_id: p for p in self.pairs}

    def mentor(self, participation_id: int) -> MentorCard | None:
        return self._mentor_by_id.get(participation_id)

    def waiting_mentee(self, participation_id: int) -> MatchProfile | None:
        return self._waiting_by_id.get(participation_id)

    def pair_of(self, mentee_id: int) -> BoardPair | None:
        return self._pair_by_mentee.get(mentee_id)

    def with_criteria(self, criteria: MatchingCriteria) -> BoardState:
        """The same board under other weights or rules, to preview them before saving."""
        return replace(self, criteria=criteria)

    def refusal(self, mentor_id: int, mentee_id: int) -> str | None:
        """Why dropping this mentee on this mentor is refused; None when it is allowed."""
        card = self.mentor(mentor_id)
        mentee = self.waiting_mentee(mentee_id)
        if card is None:
            return _("This mentor is no longer available in this program year.")
        if mentee is None:
            pair = self.pair_of(mentee_id)
            if pair is not None:
                return _("{mentee} is already paired with {mentor}.").format(
                    mentee=pair.mentee.full_name, mentor=pair.mentor.full_name
                )
            return _("This mentee is no longer waiting for a mentor.")
        return rules.refusal(card.profile, mentee, self.criteria, self.past, card.places_left)

    def mentee(self, participation_id: int) -> MatchProfile | None:
        """A mentee on the board: waiting, or in one of the open pairs."""
        pair = self.pair_of(participation_id)
        return pair.mentee if pair is not None else self.waiting_mentee(participation_id)

    def move_refusal(self, card: MentorCard, mentee: MatchProfile) -> str | None:
        """Why this mentee, waiting or in a draft pair, may not go to this mentor."""
        pair = self.pair_of(mentee.participation_id)
        if pair is not None and pair.mentor.participation_id == card.profile.participation_id:
            return _("This is the mentee's current mentor.")
        return rules.refusal(card.profile, mentee, self.criteria, self.past, card.places_left)

    def scores_for(self, mentee: MatchProfile) -> np.ndarray:
        """This mentee's score with every mentor, in the order of ``mentors``."""
        mentors = [c.profile for c in self.mentors]
        return scoring.scores_with_penalties(mentors, [mentee], self.criteria, self.past)[0]

    def breakdown(self, mentor: MatchProfile, mentee: MatchProfile) -> scoring.ScoreBreakdown:
        return scoring.breakdown(mentor, mentee, self.criteria, self.past)


def criteria_of(cohort: Cohort | Row[Any]) -> MatchingCriteria:
    """The year's criteria, from the year or a row of its columns."""
    return MatchingCriteria(
        weights_from_json(cohort.matching_weights),
        cohort.forbid_same_organisation,
        cohort.forbid_previous_pairs,
        penalty_from_json(cohort.matching_weights, PENALTY_SAME_ORGANISATION),
        penalty_from_json(cohort.matching_weights, PENALTY_PREVIOUS_PAIR),
    )


# Made once: each new alias costs SQLAlchemy a column setup, as long as the query itself
# takes on a board read for one drop.
_MENTOR = aliased(Participation, name="past_mentor")
_MENTEE = aliased(Participation, name="past_mentee")


def _only(statement: Select, column: Any) -> Select:
    """``statement`` narrowed to the participations of the parameter ``only``."""
    return statement.where(column.in_(bindparam("only", expanding=True)))


def _past_pairs_of(here: Select) -> Select:
    mentor, mentee = _MENTOR, _MENTEE
    return (
        select(mentor.person_id, mentee.person_id, Cohort.name)
        .select_from(Pairing)
        .join(mentor, Pairing.mentor_id == mentor.id)
        .join(mentee, Pairing.mentee_id == mentee.id)
        .join(Cohort, Pairing.cohort_id == Cohort.id)
        .where(Pairing.status != PairingStatus.DRAFT)
        .where(mentor.person_id.in_(here) | mentee.person_id.in_(here))
        .where(
            (Pairing.cohort_id != bindparam("cohort_id")) | (Pairing.status == PairingStatus.ENDED)
        )
        .order_by(Cohort.start_date)
    )


# The board's queries, built once with the year (and the people) as parameters: building a
# statement and working out its cache key cost more than running it on a drop's two people.
_HERE = select(Participation.person_id).where(Participation.cohort_id == bindparam("cohort_id"))
_PAST = _past_pairs_of(_HERE)
_PAST_ONLY = _past_pairs_of(_only(_HERE, Participation.id))


def past_pairs(
    session: Session, cohort_id: int, only: Collection[int] | None = None
) -> dict[frozenset[int], str]:
    """People of this year who were paired before: in an earlier year, or earlier this year."""
    if only is None:
        rows = session.execute(_PAST, {"cohort_id": cohort_id})
    else:
        rows = session.execute(_PAST_ONLY, {"cohort_id": cohort_id, "only": list(only)})
    return {frozenset((a, b)): name for a, b, name in rows}


@dataclass(frozen=True)
class _Registration:
    id: int
    role: Role


def _waits(mentee: _Registration, ended: list[Pairing]) -> bool:
    """Never paired this year, or the last pair ended early and the mentee wants another."""
    if not ended:
        return True
    last = max(ended, key=lambda p: (p.ended_on or p.created_at.date(), p.id))
    return last.end_kind == EndKind.EARLY and last.mentee_wants_new_mentor


def pair_order(status: PairingStatus, suggested: bool, locked: bool) -> int:
    """Proposals first, the ones still to review at the top; then confirmed, then active."""
    if status == PairingStatus.DRAFT:
        return 0 if suggested and not locked else 1
    return 2 if status == PairingStatus.CONFIRMED else 3


def _pair_order(pairing: Pairing) -> int:
    return pair_order(pairing.status, pairing.suggested, pairing.locked)


def _name_key(profiles: dict[int, MatchProfile], participation_id: int) -> tuple[str, str]:
    profile = profiles.get(participation_id)
    return (plain(profile.last_name), plain(profile.first_name)) if profile else ("", "")


# What a card and the score read of a registration, as plain rows: a board reads every
# registration of the year at each reload, and building ORM objects for them cost more than
# the rest of the read. The pairs stay ORM objects (a step goes on to change them), with only
# the columns the board reads; one used further in a unit of work loads the rest on use.
_PROFILE_COLUMNS = (
    Participation.id,
    Participation.person_id,
    Participation.role,
    Participation.preferred_language,
    Participation.organisation,
    Participation.workplace,
    Participation.region,
    Participation.job_title,
    Participation.career_stage,
    Participation.years_of_experience,
    Participation.meeting_modes,
    Participation.expertise_areas,
    Participation.capacity,
    Participation.development_areas,
    Participation.development_objectives,
    Participation.leads_capabilities,
    Person.first_name,
    Person.last_name,
    Person.email,
    Person.anonymised_at,
)
_PAIR_COLUMNS = load_only(
    Pairing.version,
    Pairing.cohort_id,
    Pairing.mentor_id,
    Pairing.mentee_id,
    Pairing.status,
    Pairing.score,
    Pairing.suggested,
    Pairing.locked,
    Pairing.created_at,
    Pairing.assigned_at,
    Pairing.ended_on,
    Pairing.end_kind,
    Pairing.mentee_wants_new_mentor,
)
# What the board shows of the year, as plain columns (the year's whole row is not needed).
_COHORT = select(
    Cohort.id,
    Cohort.name,
    Cohort.matching_weights,
    Cohort.forbid_same_organisation,
    Cohort.forbid_previous_pairs,
).where(Cohort.id == bindparam("cohort_id"))
_PEOPLE = (
    select(*_PROFILE_COLUMNS)
    .join(Person, Participation.person_id == Person.id)
    .where(Participation.cohort_id == bindparam("cohort_id"))
    .where(Participation.status == ParticipationStatus.REGISTERED)
)
_PEOPLE_ONLY = _only(_PEOPLE, Participation.id)
_PAIRS = select(Pairing).where(Pairing.cohort_id == bindparam("cohort_id")).options(_PAIR_COLUMNS)
_PAIRS_ONLY = _PAIRS.where(
    Pairing.mentor_id.in_(bindparam("only", expanding=True))
    | Pairing.mentee_id.in_(bindparam("only", expanding=True))
)


def read_board(session: Session, cohort_id: int, only: Collection[int] | None = None) -> BoardState:
    """The board; with ``only``, just those participations and their pairs, which is all a
    check before one change needs (a drop stays quick with a thousand cards)."""
    # No row: ``load_cohort`` says the year is gone, as every page does.
    cohort = session.execute(_COHORT, {"cohort_id": cohort_id}).first() or load_cohort(
        session, cohort_id
    )
    if only is None:
        parameters: dict[str, Any] = {"cohort_id": cohort_id}
        wanted, involved = _PEOPLE, _PAIRS
    else:
        parameters = {"cohort_id": cohort_id, "only": list(only)}
        wanted, involved = _PEOPLE_ONLY, _PAIRS_ONLY
    vocabulary = vocabulary_in(session, cohort_id)
    found = [
        profile_of_row(row, first_name_shown(row.first_name, row.anonymised_at), vocabulary)
        for row in session.execute(wanted, parameters)
    ]
    found.sort(key=lambda p: (plain(p.last_name), plain(p.first_name), p.participation_id))
    people = [_Registration(p.participation_id, p.role) for p in found]
    profiles = {p.participation_id: p for p in found}
    pairings = session.scalars(involved, parameters).all()
    open_pairs = [p for p in pairings if p.status in OPEN]
    ended: dict[int, list[Pairing]] = {}
    for p in pairings:
        if p.status == PairingStatus.ENDED:
            ended.setdefault(p.mentee_id, []).append(p)
    taken: dict[int, int] = {}
    for p in open_pairs:
        taken[p.mentor_id] = taken.get(p.mentor_id, 0) + 1
    paired = {p.mentee_id for p in open_pairs}
    pairs = tuple(
        BoardPair(
            p.id,
            p.status,
            profiles[p.mentor_id],
            profiles[p.mentee_id],
            p.score,
            p.suggested,
            p.locked,
            p.assigned_at,
            p.version,
        )
        for p in sorted(
            open_pairs, key=lambda p: (_pair_order(p), _name_key(profiles, p.mentee_id))
        )
        if p.mentor_id in profiles and p.mentee_id in profiles
    )
    return BoardState(
        cohort_id=cohort.id,
        cohort_name=cohort.name,
        criteria=criteria_of(cohort),
        waiting=tuple(
            profiles[p.id]
            for p in people
            if p.role == Role.MENTEE and p.id not in paired and _waits(p, ended.get(p.id, []))
        ),
        mentors=tuple(
            MentorCard(profiles[p.id], taken.get(p.id, 0)) for p in people if p.role == Role.MENTOR
        ),
        pairs=pairs,
        past=past_pairs(session, cohort_id, only),
    )


def load_board(db: Database, cohort_id: int) -> BoardState:
    with db.unit_of_work() as session:
        return read_board(session, cohort_id)
