"""The hashes that seal audit entries; plain functions so the migration can use them too.

An entry's ``content_hash`` digests its summary and details as written. Its ``chain_hash``
digests who, what, when, the content hash and the previous entry's chain hash: editing an
entry, inserting one or deleting one changes every chain hash after it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

GENESIS = ""


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def content_hash(summary: str, details: dict[str, Any] | None) -> str:
    return hashlib.sha256(_canonical([summary or "", details or {}]).encode()).hexdigest()


def chain_hash(
    previous: str,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    cohort_id: int | None,
    content: str,
) -> str:
    # cohort_id is left out: deleting a program year sets it to NULL by design.
    del cohort_id
    fields = [previous, at.isoformat(sep=" "), actor, action, entity, entity_id, content]
    return hashlib.sha256(_canonical(fields).encode()).hexdigest()
