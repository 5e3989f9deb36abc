"""Find anything: the people, pairs and pages a few typed letters point to.

The quick-open search (Ctrl+K) needs every person and pair of the year as short lines it can
match as the person types: read once when the search opens, matched in memory on each key.
Matching ignores case and accents ("berube" finds "Bérubé") and word order ("sylvie tremb"
finds "Tremblay, Sylvie").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Pairing, Participation, Person
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.followup.pair_names import pairs_with_names, shown_names
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.text import plain


class FoundKind(StrEnum):
    PAGE = "page"
    PERSON = "person"
    PAIR = "pair"


@dataclass(frozen=True)
class Findable:
    """One line of the search: what it is, its id (page index, participation, pairing)."""

    kind: FoundKind
    key: int
    title: str
    detail: str = ""
    # What the typed words are matched against: the title, then the rest (folded).
    also: str = ""
    draft: bool = False  # a pair still on the matching board
    _title_words: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _all: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_title_words", tuple(_split(plain(self.title))))
        object.__setattr__(self, "_all", plain(f"{self.title} {self.detail} {self.also}"))

    def rank(self, words: list[str]) -> int | None:
        """None: some word is missing; lower is better (title words start with each word)."""
        if not all(word in self._all for word in words):
            return None
        starts = sum(any(t.startswith(w) for t in self._title_words) for w in words)
        return len(words) - starts


def _split(text: str) -> list[str]:
    return [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]


def query_words(query: str) -> list[str]:
    return _split(plain(query))


def find(items: Iterable[Findable], query: str, limit: int = 50) -> list[Findable]:
    """The items every typed word points to, best first; all of them (pages first) when
    nothing is typed."""
    words = query_words(query)
    order = {FoundKind.PAGE: 0, FoundKind.PERSON: 1, FoundKind.PAIR: 2}
    ranked: list[tuple[int, int, str, Findable]] = []
    for item in items:
        rank = item.rank(words) if words else 0
        if rank is not None:
            ranked.append((rank, order[item.kind], plain(item.title), item))
    ranked.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in ranked[:limit]]


def people_and_pairs(db: Database, cohort_id: int) -> list[Findable]:
    """Every registered or withdrawn person of the year, and every pair (drafts included)."""
    with db.unit_of_work() as session:
        people = session.execute(
            select(Participation, Person)
            .join(Person, Participation.person_id == Person.id)
            .where(Participation.cohort_id == cohort_id)
        ).all()
        pairs = session.execute(
            pairs_with_names(Pairing.id, Pairing.status).where(Pairing.cohort_id == cohort_id)
        ).all()
        found = [
            Findable(
                FoundKind.PERSON,
                participation.id,
                f"{person.first_name} {person.last_name}",
                " · ".join(
                    part for part in (label(participation.role), participation.organisation) if part
                ),
                also=person.email,
            )
            for participation, person in people
        ]
    for row in pairs:
        pairing_id, status = row[0], row[1]
        mentee_first, mentee_last, mentor_first, mentor_last = shown_names(row)
        found.append(
            Findable(
                FoundKind.PAIR,
                pairing_id,
                _("{mentee} with {mentor}").format(
                    mentee=f"{mentee_first} {mentee_last}",
                    mentor=f"{mentor_first} {mentor_last}",
                ),
                "" if status == PairingStatus.DRAFT else label(status),  # "draft" says it
                draft=status == PairingStatus.DRAFT,
            )
        )
    return found
