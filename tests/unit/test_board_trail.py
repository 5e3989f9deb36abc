"""Confirming many pairs at once: one sealed entry per pair, in the order confirmed, and
none when the step is refused."""

from __future__ import annotations

import pytest
from helpers.forms import mentee_form, mentor_form
from sqlalchemy import select

from mentorat_desktop.errors import UserError
from mentorat_desktop.models import AuditEntry, Pairing
from mentorat_desktop.services import registration
from mentorat_desktop.services.matching import board_actions as actions
from mentorat_desktop.services.matching.board_actions import Draft
from mentorat_desktop.services.privacy.chain import verify_chain


def _register(db, cohort, form) -> int:
    return registration.register(db, cohort.id, form).participation_id


def _entries(db, action: str) -> list[tuple[int | None, str]]:
    with db.unit_of_work() as session:
        return [
            (e.entity_id, e.summary)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        ]


def test_confirming_three_pairs_seals_one_entry_each_in_order(db, cohort) -> None:
    marc = _register(db, cohort, mentor_form(email="marc@example.org", capacity=3))
    names = ["alice", "bruno", "chloe"]
    mentees = [
        _register(db, cohort, mentee_form(first_name=n.title(), email=f"{n}@example.org"))
        for n in names
    ]
    actions.make_drafts(db, cohort.id, [Draft(marc, m) for m in mentees])
    order = [mentees[2], mentees[0], mentees[1]]
    actions.confirm(db, order)
    with db.unit_of_work() as session:
        pairing_of = {p.mentee_id: p.id for p in session.scalars(select(Pairing))}
    confirmed = _entries(db, "pairing.confirm")
    assert [entity_id for entity_id, _summary in confirmed] == [pairing_of[m] for m in order]
    assert [summary.split(" — ")[1].split()[0] for _id, summary in confirmed] == [
        "Chloe",
        "Alice",
        "Bruno",
    ]
    assert verify_chain(db).intact

    with pytest.raises(UserError):  # a confirmed pair is no draft to keep: nothing written
        actions.keep_drafts(db, [mentees[0]])
    assert _entries(db, "pairing.kept") == []
    assert verify_chain(db).intact
