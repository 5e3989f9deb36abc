"""Writing the audit trail, inside the same transaction as the change it describes.

Every entry names who made the change (never empty: see ``who``) and is sealed with a hash
chained to the previous entry (``services/privacy/seal.py``), so the trail is tamper-evident.
A step that records many entries (an import, confirming every pair) chains them in memory
with ``chained`` and writes them together: the same entries, in the same order, with the
same seals as one at a time, without reading the trail back and flushing for each.
"""

from __future__ import annotations

import functools
import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.models import AuditEntry
from mentorat_desktop.services.insert_rows import insert_rows
from mentorat_desktop.services.privacy.seal import GENESIS, chain_hash, content_hash

ACTOR_VARIABLE = "MENTORAT_ACTOR"
_default_actor = ""


def set_default_actor(name: str) -> None:
    """The committee member this process acts for (``--actor``, preferences, first start)."""
    global _default_actor
    _default_actor = name.strip()


@functools.cache
def computer_user() -> str:
    """The login, looked up once per process (it does not change while the app runs)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


def who(actor: str = "") -> str:
    """The name to record: the one given, else the process's, ``MENTORAT_ACTOR``, the login."""
    for candidate in (actor, _default_actor, os.environ.get(ACTOR_VARIABLE, "")):
        if candidate and candidate.strip():
            return candidate.strip()[:100]
    return computer_user()[:100]


_ENTRIES = AuditEntry.__table__  # rows in, nothing built: a bulk step writes thousands

# session.info key: (the transaction, the chain hash of the entry it wrote last).
_HEAD = "audit_chain_head"
# session.info key: the ChainedWriter collecting this step's entries, while one is open.
_WRITER = "audit_chained_writer"


def last_chain_hash(session: Session) -> str:
    """The hash of the trail's last entry. After this transaction wrote one, that entry is
    the last (entries are only added, here, and the transaction holds the file's write
    lock), so a bulk step does not read the trail back for every entry it writes."""
    known = session.info.get(_HEAD)
    if known is not None and known[0] is session.get_transaction():
        return known[1]
    session.flush()
    last = session.scalar(select(AuditEntry.chain_hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def _sealed(
    previous: str,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    cohort_id: int | None,
    summary: str,
    details: dict[str, Any],
) -> dict[str, Any]:
    """An entry's column values, sealed on the entry before it."""
    content = content_hash(summary, details)
    return {
        "at": at,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "cohort_id": cohort_id,
        "summary": summary,
        "details": details,
        "content_hash": content,
        "chain_hash": chain_hash(
            previous, at, actor, action, entity, entity_id, cohort_id, content
        ),
    }


class ChainedWriter:
    """The entries of one step, each sealed on the one before it as it is recorded, and
    inserted together by ``write``, in the order recorded (one statement for the lot)."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self._session = session
        self._clock = clock
        self._head: str | None = None
        self._pending: list[dict[str, Any]] = []

    def record(
        self,
        *,
        actor: str,
        action: str,
        entity: str,
        entity_id: int | None,
        cohort_id: int | None,
        summary: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        """Seal one entry on the previous one; it reaches the file at ``write``."""
        if self._head is None:
            self._head = last_chain_hash(self._session)
        entry = _sealed(
            self._head,
            self._clock.now(),
            who(actor),
            action,
            entity,
            entity_id,
            cohort_id,
            summary,
            details or {},
        )
        self._head = entry["chain_hash"]
        self._pending.append(entry)

    def write(self) -> None:
        """Insert the entries recorded so far, in their order."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        # One row at a time in the list's order: ids follow the chain.
        self._session.flush()  # the changes the entries describe reach the file first
        insert_rows(self._session, _ENTRIES, pending)
        assert self._head is not None
        self._session.info[_HEAD] = (self._session.get_transaction(), self._head)


@contextmanager
def chained(session: Session, clock: Clock) -> Iterator[ChainedWriter]:
    """Within the block, every entry recorded on ``session`` (``record`` included) goes
    through one writer; they are written when the block ends without error."""
    open_writer = session.info.get(_WRITER)
    if open_writer is not None:  # already inside a chained step: the outer one writes
        yield open_writer
        return
    writer = ChainedWriter(session, clock)
    session.info[_WRITER] = writer
    try:
        yield writer
        writer.write()
    finally:
        session.info.pop(_WRITER, None)


def record(
    session: Session,
    clock: Clock,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    cohort_id: int | None,
    summary: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Write one entry now; inside ``chained``, seal it in turn and write it with the rest."""
    fields: dict[str, Any] = dict(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        cohort_id=cohort_id,
        summary=summary,
        details=details,
    )
    open_writer = session.info.get(_WRITER)
    if open_writer is not None:
        open_writer.record(**fields)
        return
    writer = ChainedWriter(session, clock)
    writer.record(**fields)
    writer.write()
