"""Removing names and e-mail addresses from every free text of the file.

Used by erasure and anonymisation after the person's own texts are cleared: what other
people wrote about them (comments, notes) and the audit trail's summaries keep their
meaning but lose the name. Returns the audit entries it changed so the erasure entry can
list them (their content then legitimately differs from their seal).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.models import (
    Answer,
    AuditEntry,
    ChecklistItem,
    Cohort,
    Goal,
    MentoringSession,
    Pairing,
    Participation,
)
from mentorat_desktop.services.evaluation_summary.privacy import NameScrubber

# Every free-text column a name may have been typed into, by the committee or a participant.
TEXT_COLUMNS: tuple[tuple[type, tuple[str, ...]], ...] = (
    (Answer, ("text",)),
    (Goal, ("title", "description", "actions", "success_indicator")),
    (MentoringSession, ("topics", "note")),
    (Pairing, ("agreements", "end_reason_detail", "reflection")),
    (
        Participation,
        (
            "motivation",
            "development_objectives",
            "mentor_expectations",
            "withdrawal_reason",
            "committee_notes",
        ),
    ),
    (ChecklistItem, ("note",)),
    (Cohort, ("notes",)),
)


def scrub_value(value: Any, scrubber: NameScrubber) -> Any:
    """The same value with names removed from every string inside it (JSON included)."""
    if isinstance(value, str):
        return scrubber.scrub(value)
    if isinstance(value, list):
        return [scrub_value(v, scrubber) for v in value]
    if isinstance(value, dict):
        return {k: scrub_value(v, scrubber) for k, v in value.items()}
    return value


def scrub_texts(session: Session, scrubber: NameScrubber) -> None:
    for model, columns in TEXT_COLUMNS:
        for row in session.scalars(select(model)):
            for column in columns:
                before = getattr(row, column)
                after = scrub_value(before, scrubber)
                if after != before:
                    setattr(row, column, after)


def scrub_audit(session: Session, scrubber: NameScrubber) -> list[int]:
    """Scrub the trail's summaries and details; the ids of the entries changed."""
    changed: list[int] = []
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        summary = scrubber.scrub(entry.summary)
        details = scrub_value(entry.details, scrubber)
        if summary != entry.summary or details != entry.details:
            entry.summary = summary
            entry.details = details
            changed.append(entry.id)
    return changed
