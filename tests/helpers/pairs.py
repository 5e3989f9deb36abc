"""A confirmed pair in one call, so follow-up tests start where the matching board ends."""

from __future__ import annotations

from dataclasses import dataclass

from helpers.forms import mentee_form, mentor_form
from mentorat_desktop.db import Database
from mentorat_desktop.models import Pairing
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.registration import RegistrationForm, register


@dataclass(frozen=True)
class ConfirmedPair:
    pairing_id: int
    mentor_id: int
    mentee_id: int


def confirmed_pair(
    db: Database,
    cohort_id: int,
    mentor: RegistrationForm | None = None,
    mentee: RegistrationForm | None = None,
    mentor_id: int | None = None,
) -> ConfirmedPair:
    """Register the two people (or reuse a mentor), draft the pair and confirm it now."""
    if mentor_id is None:
        mentor_id = register(db, cohort_id, mentor or mentor_form()).participation_id
    mentee_id = register(db, cohort_id, mentee or mentee_form()).participation_id
    board_actions.make_drafts(db, cohort_id, [board_actions.Draft(mentor_id, mentee_id)])
    board_actions.confirm(db, [mentee_id])
    with db.unit_of_work() as session:
        pairing = session.query(Pairing).filter_by(mentee_id=mentee_id).one()
        return ConfirmedPair(pairing.id, mentor_id, mentee_id)
