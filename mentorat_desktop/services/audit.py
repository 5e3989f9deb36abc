"""Writing the audit trail, inside the same transaction as the change it describes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.models import AuditEntry


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
    session.add(
        AuditEntry(
            at=clock.now(),
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            cohort_id=cohort_id,
            summary=summary,
            details=details or {},
        )
    )
