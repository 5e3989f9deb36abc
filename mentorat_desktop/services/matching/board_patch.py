"""The board after a step, reading only the people the step touched.

A drop, an undo or a confirmation changes one or a few pairs. Reading the whole board again
after each one costs a full read of every card; instead the touched people (the mentees and
the mentors of their pairs, before and after) are read again, in the same way as a full read,
and put back in place among the cards that did not change. The result is the board a full
read would give: same cards, same order.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.models import Pairing
from mentorat_desktop.services.matching.board_state import (
    OPEN,
    BoardPair,
    BoardState,
    MentorCard,
    pair_order,
    read_board,
)
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.matching.rules import PastPairs
from mentorat_desktop.services.text import plain

Item = TypeVar("Item")


@dataclass(frozen=True)
class TouchedCards:
    """The touched people as they are now; ``people`` also names those who left the board."""

    people: frozenset[int]
    fresh: BoardState


# Built once, the year and the mentees as parameters: read at every drop and undo.
_MENTORS_OF = select(Pairing.mentor_id).where(
    Pairing.cohort_id == bindparam("cohort_id"),
    Pairing.mentee_id.in_(bindparam("mentees", expanding=True)),
    Pairing.status.in_(OPEN),
)


def read_touched(db: Database, cohort_id: int, people: Iterable[int]) -> TouchedCards:
    """The given participations and the mentors of their open pairs, read in one unit of
    work, as ``read_board`` reads them."""
    with db.unit_of_work() as session:
        return read_touched_in(session, cohort_id, people)


def read_touched_in(session: Session, cohort_id: int, people: Iterable[int]) -> TouchedCards:
    """``read_touched`` within a unit of work already open (the step's own)."""
    wanted = set(people)
    if wanted:
        wanted.update(
            session.scalars(_MENTORS_OF, {"cohort_id": cohort_id, "mentees": list(wanted)})
        )
    return TouchedCards(frozenset(wanted), read_board(session, cohort_id, wanted))


class TouchedReader:
    """Given to a board step (``then``): reads the people it touched within the step's own
    transaction, once its changes are flushed. The board takes the result once, after the
    step has been committed; a step that failed leaves nothing to take that is used."""

    def __init__(self, cohort_id: int, people: Iterable[int]) -> None:
        self.cohort_id = cohort_id
        self.people = frozenset(people)
        self._found: TouchedCards | None = None

    def __call__(self, session: Session) -> None:
        self._found = read_touched_in(session, self.cohort_id, self.people)

    def take(self) -> TouchedCards | None:
        found, self._found = self._found, None
        return found


def _person_key(profile: MatchProfile) -> tuple[str, str, int]:
    """The order of ``read_board``: last name, first name, then registration."""
    return (plain(profile.last_name), plain(profile.first_name), profile.participation_id)


def _pair_key(pair: BoardPair) -> tuple[int, str, str]:
    order = pair_order(pair.status, pair.suggested, pair.locked)
    return (order, plain(pair.mentee.last_name), plain(pair.mentee.first_name))


def _patched(
    items: Iterable[Item],
    keep: Callable[[Item], bool],
    fresh: Iterable[Item],
    key: Callable[[Item], tuple[object, ...]],
) -> tuple[Item, ...]:
    kept = [item for item in items if keep(item)]
    for item in fresh:
        insort(kept, item, key=key)
    return tuple(kept)


def patch_board(state: BoardState, touched: TouchedCards) -> BoardState:
    """``state`` with the touched people's cards replaced by their fresh ones."""
    people, fresh = touched.people, touched.fresh
    persons = {
        card.profile.person_id for card in state.mentors if card.profile.participation_id in people
    }
    persons.update(p.person_id for p in state.waiting if p.participation_id in people)
    persons.update(p.mentee.person_id for p in state.pairs if p.mentee.participation_id in people)
    persons.update(p.person_id for p in fresh.waiting)
    persons.update(card.profile.person_id for card in fresh.mentors)
    persons.update(p.mentee.person_id for p in fresh.pairs)

    def _kept_card(card: MentorCard) -> bool:
        return card.profile.participation_id not in people

    def _mentor_key(card: MentorCard) -> tuple[str, str, int]:
        return _person_key(card.profile)

    return replace(
        state,
        cohort_name=fresh.cohort_name,
        criteria=fresh.criteria,
        waiting=_patched(
            state.waiting, lambda p: p.participation_id not in people, fresh.waiting, _person_key
        ),
        mentors=_patched(state.mentors, _kept_card, fresh.mentors, _mentor_key),
        pairs=_patched(
            state.pairs,
            lambda p: p.mentee.participation_id not in people,
            fresh.pairs,
            _pair_key,
        ),
        past=_patched_past(state.past, persons, fresh.past),
    )


def _patched_past(past: PastPairs, persons: Collection[int], fresh: PastPairs) -> PastPairs:
    """Earlier pairs: those of the touched people as read now, the others as they were."""
    kept = {pair: year for pair, year in past.items() if pair.isdisjoint(persons)}
    kept.update(fresh)
    return kept
