"""Stale edits refused: an edit carries what it was based on and is refused if that moved on.

A wizard or dialog reads a pair (or a registration), the user takes their time, then saves.
Meanwhile another copy of the app or a command may have changed the same record. Pages,
sessions, goals and registrations carry a version counter (SQLAlchemy's ``version_id_col``,
raised by every change); ``stamp_of_pair`` takes the versions an edit depends on when the
page reads, and ``Database.based_on`` checks them again inside the saving transaction,
before anything is written. A mismatch raises ``ChangedElsewhere``: nothing is written, and
the page reloads so the user sees what the file holds now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models.goal import Goal
from mentorat_desktop.models.mentoring_session import MentoringSession
from mentorat_desktop.models.pairing import Pairing
from mentorat_desktop.models.participation import Participation

if TYPE_CHECKING:
    from mentorat_desktop.db import Database


class ChangedElsewhere(UserError):
    """The record an edit was based on changed since it was read; nothing was written."""

    def __init__(self, what: str) -> None:
        messages = {
            "pair": _(
                "This pair was changed elsewhere (in another copy of Mentorat or by a command) "
                "since you opened it; it has been reloaded. Nothing was saved: check what it "
                "holds now, then make your change again."
            ),
            "record": _(
                "What you were changing was changed elsewhere (in another copy of Mentorat or "
                "by a command) meanwhile. Nothing was saved: check what the page shows now, "
                "then make your change again."
            ),
            "participant": _(
                "This registration was changed elsewhere (in another copy of Mentorat or by a "
                "command) since you opened it; it has been reloaded. Nothing was saved: check "
                "what it holds now, then make your change again."
            ),
        }
        super().__init__(messages.get(what, messages["pair"]))
        self.what = what


# (table, row id, version) of every row an edit depends on, sorted.
Versions = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class Stamp:
    """What a page read: the kind of record, its id, and the versions it saw."""

    what: str
    key: int
    versions: Versions

    def check(self, session: Session) -> None:
        """Inside the saving transaction: refuse when anything moved on since the read."""
        if _READERS[self.what](session, self.key) != self.versions:
            raise ChangedElsewhere(self.what)


def _pair_versions(session: Session, pairing_id: int) -> Versions:
    """The pair's own row, its goals and its sessions (one added or removed counts too)."""
    rows: list[tuple[str, int, int]] = [
        ("pairings", pairing_id, version)
        for version in session.scalars(select(Pairing.version).where(Pairing.id == pairing_id))
    ]
    for model, table in ((Goal, "goals"), (MentoringSession, "mentoring_sessions")):
        rows += [
            (table, row_id, version)
            for row_id, version in session.execute(
                select(model.id, model.version).where(model.pairing_id == pairing_id)
            )
        ]
    return tuple(sorted(rows))


def _participant_versions(session: Session, participation_id: int) -> Versions:
    return tuple(
        ("participations", participation_id, version)
        for version in session.scalars(
            select(Participation.version).where(Participation.id == participation_id)
        )
    )


def _pairing_versions(session: Session, pairing_id: int) -> Versions:
    """The pair's own row only: what the matching board shows of a draft."""
    return tuple(
        ("pairings", pairing_id, version)
        for version in session.scalars(select(Pairing.version).where(Pairing.id == pairing_id))
    )


_READERS: dict[str, Callable[[Session, int], Versions]] = {
    "pair": _pair_versions,
    "pairing": _pairing_versions,
    "participant": _participant_versions,
}


def stamp_of_pair(session: Session, pairing_id: int) -> Stamp:
    return Stamp("pair", pairing_id, _pair_versions(session, pairing_id))


def stamp_of_board_pair(pairing_id: int, version: int) -> Stamp:
    """A pair as the matching board read it (its row version came with the board)."""
    return Stamp("pairing", pairing_id, (("pairings", pairing_id, version),))


def stamp_of_participant(session: Session, participation_id: int) -> Stamp:
    return Stamp("participant", participation_id, _participant_versions(session, participation_id))


def read_stamp(db: Database, what: str, key: int) -> Stamp:
    """The versions as the file holds them now, for a dialog that opens on a record."""
    with db.unit_of_work() as session:
        return Stamp(what, key, _READERS[what](session, key))
