"""Verifying the audit trail's chain: is every entry as written, none added, none removed?

Erasure legitimately rewrites the summary of older entries that named the erased person;
the erasure entry lists those entries in its sealed details ("redacted"), so their content
may differ from their content hash while their chain still holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.models import AuditEntry
from mentorat_desktop.services.privacy.seal import GENESIS, chain_hash, content_hash

REDACTED = "redacted"


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    at: datetime
    action: str
    kind: str  # "content" (summary edited), "chain" (inserted, removed or rewritten)

    def describe(self) -> str:
        if self.kind == "content":
            return _(
                "Audit entry no. {id} ({action}, {at}) was edited after it was written."
            ).format(id=self.entry_id, action=self.action, at=self.at.isoformat(sep=" "))
        return _(
            "The audit trail breaks at entry no. {id} ({action}, {at}): an entry was inserted, "
            "removed or rewritten at this point."
        ).format(id=self.entry_id, action=self.action, at=self.at.isoformat(sep=" "))


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_break: ChainBreak | None
    head: str

    @property
    def intact(self) -> bool:
        return self.first_break is None


def _redacted_ids(entries: list[AuditEntry]) -> set[int]:
    """Entries an intact later erasure entry says it scrubbed."""
    redacted: set[int] = set()
    for entry in entries:
        listed = entry.details.get(REDACTED) if isinstance(entry.details, dict) else None
        if not isinstance(listed, list):
            continue
        if content_hash(entry.summary, entry.details) != entry.content_hash:
            continue
        redacted.update(i for i in listed if isinstance(i, int) and i < entry.id)
    return redacted


def verify_chain(db: Database) -> ChainReport:
    """Walk the trail in order and report the first entry that does not hold."""
    with db.unit_of_work() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        previous = GENESIS
        redacted = _redacted_ids(entries)
        for entry in entries:
            content = content_hash(entry.summary, entry.details)
            if content != entry.content_hash and entry.id not in redacted:
                return ChainReport(
                    len(entries), ChainBreak(entry.id, entry.at, entry.action, "content"), ""
                )
            expected = chain_hash(
                previous,
                entry.at,
                entry.actor,
                entry.action,
                entry.entity,
                entry.entity_id,
                entry.cohort_id,
                entry.content_hash,
            )
            if expected != entry.chain_hash:
                return ChainReport(
                    len(entries), ChainBreak(entry.id, entry.at, entry.action, "chain"), ""
                )
            previous = entry.chain_hash
        return ChainReport(len(entries), None, previous)
