"""Writing the audit trail, inside the same transaction as the change it describes.

Every entry names who made the change (never empty: see ``who``) and is sealed with a hash
chained to the previous entry (``services/privacy/seal.py``), so the trail is tamper-evident.
"""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.models import AuditEntry
from mentorat_desktop.services.privacy.seal import GENESIS, chain_hash, content_hash

ACTOR_VARIABLE = "MENTORAT_ACTOR"
_default_actor = ""


def set_default_actor(name: str) -> None:
    """The committee member this process acts for (``--actor``, preferences, first start)."""
    global _default_actor
    _default_actor = name.strip()


def computer_user() -> str:
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


# session.info key: (the transaction, the chain hash of the entry it wrote last).
_HEAD = "audit_chain_head"


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
) -> AuditEntry:
    at = clock.now()
    actor = who(actor)
    details = details or {}
    content = content_hash(summary, details)
    entry = AuditEntry(
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        cohort_id=cohort_id,
        summary=summary,
        details=details,
        content_hash=content,
        chain_hash=chain_hash(
            last_chain_hash(session), at, actor, action, entity, entity_id, cohort_id, content
        ),
    )
    session.add(entry)
    session.flush()
    session.info[_HEAD] = (session.get_transaction(), entry.chain_hash)
    return entry
