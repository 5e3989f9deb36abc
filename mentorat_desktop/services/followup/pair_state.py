"""Taking back a step recorded for a pair (a phase, a session, goals): the pair as it was.

Each follow-up step writes to the pair's row, its goals, its sessions and its checklist. The
window captures all four before and after the step; undoing puts the "before" back and redoing
the "after", each only while the pair is still exactly as the step left it. If anything was
recorded for the pair since (from another page, the command line, another program), the
undo is refused with a reason rather than erasing that later work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models import ChecklistItem, Goal, MentoringSession, Pairing
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services import audit
from mentorat_desktop.services.followup.steps_common import names, reopen

# What a step may write, besides the pair's own row.
_CHILDREN: tuple[Table, ...] = (
    Goal.__table__,  # type: ignore[arg-type]
    MentoringSession.__table__,  # type: ignore[arg-type]
    ChecklistItem.__table__,  # type: ignore[arg-type]
)
_PAIRINGS: Table = Pairing.__table__  # type: ignore[assignment]


Row = tuple[tuple[str, Any], ...]  # a row's columns, sorted by name, so states compare


@dataclass(frozen=True)
class PairState:
    """Every column of the pair and of its goals, sessions and checklist, at one moment."""

    pairing_id: int
    pairing: Row
    children: tuple[tuple[str, tuple[Row, ...]], ...]
    names: str = field(default="", compare=False)  # "mentor – mentee", to name the step

    def row(self) -> dict[str, Any]:
        return dict(self.pairing)


def _rows(
    session: Session, table: Table, pairing_id: int
) -> tuple[tuple[tuple[str, Any], ...], ...]:
    result = session.execute(
        select(table).where(table.c.pairing_id == pairing_id).order_by(table.c.id)
    ).mappings()
    return tuple(tuple(sorted(dict(row).items())) for row in result)


def _capture(session: Session, pairing_id: int) -> PairState:
    row = session.execute(select(_PAIRINGS).where(_PAIRINGS.c.id == pairing_id)).mappings().first()
    if row is None:
        raise UserError(_("This pair no longer exists."))
    children = tuple((table.name, _rows(session, table, pairing_id)) for table in _CHILDREN)
    pairing = session.get(Pairing, pairing_id)
    assert pairing is not None
    return PairState(pairing_id, tuple(sorted(dict(row).items())), children, names(pairing))


def capture(db: Database, pairing_id: int) -> PairState:
    with db.unit_of_work() as session:
        return _capture(session, pairing_id)


def put_back(
    db: Database, expected: PairState, target: PairState, action: str, actor: str = ""
) -> None:
    """Make the pair ``target`` again, if it is still ``expected``; one transaction.

    ``action`` names the audit entry ("pairing.undo", "pairing.redo").
    """
    with db.unit_of_work() as session:
        current = _capture(session, expected.pairing_id)
        if current != expected:
            raise UserError(
                _("something was recorded for this pair since; correct the pair instead")
            )
        pairing = session.get(Pairing, expected.pairing_id)
        assert pairing is not None
        summary = names(pairing)
        reopening = (
            current.row()["status"] == PairingStatus.ENDED
            and target.row()["status"] != PairingStatus.ENDED
        )
        if reopening:
            reopen(session, pairing)  # refuses when the mentee was paired again, or withdrew
        session.expunge_all()  # what follows writes the rows themselves, every column
        pairing_id = expected.pairing_id
        session.execute(
            update(_PAIRINGS).where(_PAIRINGS.c.id == pairing_id).values(**target.row())
        )
        for table, rows in zip(_CHILDREN, (rows for _name, rows in target.children), strict=True):
            session.execute(delete(table).where(table.c.pairing_id == pairing_id))
            if rows:
                session.execute(insert(table), [dict(row) for row in rows])
        changed = sorted(
            key for key, value in target.row().items() if current.row().get(key) != value
        )
        audit.record(
            session,
            db.clock,
            actor=actor,
            action=action,
            entity="pairing",
            entity_id=pairing_id,
            cohort_id=target.row()["cohort_id"],
            summary=summary,
            details={"fields": changed},
        )
