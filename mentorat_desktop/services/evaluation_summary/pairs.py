"""What became of the pairs: completed, ended early and why, under way; how soon the mentor
made the first contact."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.i18n import N_, translate_in
from mentorat_desktop.models.enums import EarlyEndReason, EndKind, PairingStatus
from mentorat_desktop.services.evaluation_summary.shapes import (
    Count,
    FirstContactFigures,
    PairFigures,
)
from mentorat_desktop.services.evaluation_summary.tables import PAIRING, in_years, of_years
from mentorat_desktop.services.labels import label_in

NO_REASON = N_("Reason not recorded")


@dataclass(frozen=True)
class PairRow:
    """The columns of one pairing the summary needs; no ORM object is loaded."""

    pairing_id: int
    status: PairingStatus
    assigned_at: datetime | None
    first_contact_on: date | None
    end_kind: EndKind | None
    end_reason: EarlyEndReason | None
    replaces_id: int | None


_PAIR_ROWS = select(
    PAIRING.cohort_id,
    PAIRING.id,
    PAIRING.status,
    PAIRING.assigned_at,
    PAIRING.first_contact_on,
    PAIRING.end_kind,
    PAIRING.end_reason,
    PAIRING.replaces_id,
).where(in_years(PAIRING.cohort_id), PAIRING.status != PairingStatus.DRAFT)


def pair_rows(session: Session, cohort_ids: Sequence[int]) -> dict[int, list[PairRow]]:
    """Every pairing past the draft stage, by program year."""
    rows = session.execute(_PAIR_ROWS, of_years(cohort_ids)).all()
    found: dict[int, list[PairRow]] = {cohort_id: [] for cohort_id in cohort_ids}
    for cohort_id, *values in rows:
        found[cohort_id].append(PairRow(*values))
    return found


def pair_figures(rows: Sequence[PairRow], language: str) -> PairFigures:
    ended = [r for r in rows if r.status == PairingStatus.ENDED]
    early = [r for r in ended if r.end_kind == EndKind.EARLY]
    reasons = Counter(r.end_reason for r in early)
    order = [*EarlyEndReason, None]
    counted = sorted(reasons.items(), key=lambda item: (-item[1], order.index(item[0])))
    return PairFigures(
        formed=len(rows),
        completed=sum(1 for r in ended if r.end_kind == EndKind.NORMAL),
        ended_early=len(early),
        under_way=len(rows) - len(ended),
        replacements=sum(1 for r in rows if r.replaces_id is not None),
        early_reasons=tuple(
            Count(
                reason.value if reason else "",
                label_in(language, reason) if reason else translate_in(language, NO_REASON),
                n,
            )
            for reason, n in counted
        ),
    )


def contact_delay_days(row: PairRow) -> int | None:
    """Days from the day of the assignment to the day of the first contact."""
    if row.assigned_at is None or row.first_contact_on is None:
        return None
    return (row.first_contact_on - row.assigned_at.date()).days


def first_contact_figures(rows: Sequence[PairRow], limit_hours: int) -> FirstContactFigures:
    delays = [d for d in (contact_delay_days(r) for r in rows) if d is not None]
    waiting = sum(
        1
        for r in rows
        if r.status != PairingStatus.ENDED
        and r.assigned_at is not None
        and r.first_contact_on is None
    )
    return FirstContactFigures(
        limit_hours=limit_hours,
        contacted=len(delays),
        within_limit=sum(1 for d in delays if d * 24 <= limit_hours),
        waiting=waiting,
        median_days=float(statistics.median(delays)) if delays else None,
    )
