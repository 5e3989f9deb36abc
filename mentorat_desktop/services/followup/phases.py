"""Where each pair and each person stands among the program's ten phases.

A pair moves on when a step is recorded: phase 5 until the first contact, 6 until the shared
understanding, 7 until the first formal meeting, 8 while sessions go on, 9 once it is past its
end date and not closed, 10 once ended until both evaluations are in; then it is complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import N_, _
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.models.enums import PairingStatus, ParticipationStatus
from mentorat_desktop.services.cohorts import load_cohort
from mentorat_desktop.services.followup.due import evaluated_by


class Phase(IntEnum):
    SELF_REFLECTION = 1
    REGISTRATION = 2
    RESOURCES = 3
    MATCHING = 4
    FIRST_CONTACT = 5
    SHARED_UNDERSTANDING = 6
    FIRST_MEETING = 7
    SESSIONS = 8
    END = 9
    EVALUATION = 10
    # Not a phase of the program: everything is done for this pair.
    COMPLETE = 11


_TITLES = {
    Phase.SELF_REFLECTION: N_("Self-reflection"),
    Phase.REGISTRATION: N_("Registration"),
    Phase.RESOURCES: N_("Review of resources"),
    Phase.MATCHING: N_("Matching"),
    Phase.FIRST_CONTACT: N_("First contact"),
    Phase.SHARED_UNDERSTANDING: N_("Shared understanding"),
    Phase.FIRST_MEETING: N_("First formal meeting"),
    Phase.SESSIONS: N_("Follow-up sessions"),
    Phase.END: N_("End of the relationship"),
    Phase.EVALUATION: N_("Evaluation"),
    Phase.COMPLETE: N_("Complete"),
}


def phase_title(phase: Phase) -> str:
    return _(_TITLES[phase])


def phase_label(phase: Phase) -> str:
    """ "5. First contact": numbered as the program documents number them."""
    if phase == Phase.COMPLETE:
        return phase_title(phase)
    return _("{n}. {title}").format(n=int(phase), title=phase_title(phase))


def pair_phase(pairing: Pairing, end_on: date, today: date, evaluations: int) -> Phase:
    """The phase a pair is in; ``end_on`` is the year's end unless the pair overrides it."""
    if pairing.status == PairingStatus.DRAFT:
        return Phase.MATCHING
    if pairing.status == PairingStatus.ENDED:
        return Phase.COMPLETE if evaluations >= 2 else Phase.EVALUATION
    if today > (pairing.planned_end_on or end_on):
        return Phase.END
    if pairing.first_contact_on is None:
        return Phase.FIRST_CONTACT
    if pairing.shared_understanding_on is None:
        return Phase.SHARED_UNDERSTANDING
    if pairing.first_meeting_on is None:
        return Phase.FIRST_MEETING
    return Phase.SESSIONS


@dataclass(frozen=True)
class PhaseCount:
    phase: Phase
    people: int
    pairs: int


def phase_counts(db: Database, cohort_id: int) -> list[PhaseCount]:
    """People and pairs in each phase from 3 on, for the dashboard.

    A person counts where their current pairs are (a mentor with two mentees at different
    steps counts in both); people without a pair count in phase 3 until they have reviewed
    the resources, then in phase 4. A mentee waiting for a new mentor counts in phase 4.
    """
    today = db.clock.today()
    with db.unit_of_work() as session:
        cohort = load_cohort(session, cohort_id)
        people = session.execute(
            select(Participation.id, Participation.resources_reviewed_on).where(
                Participation.cohort_id == cohort_id,
                Participation.status == ParticipationStatus.REGISTERED,
            )
        ).all()
        pairings = session.scalars(select(Pairing).where(Pairing.cohort_id == cohort_id)).all()
        ended = [p.id for p in pairings if p.status == PairingStatus.ENDED]
        evaluated = evaluated_by(session, ended)
        pairs_in: dict[Phase, int] = {}
        people_in: dict[Phase, set[int]] = {}
        open_people = {
            i
            for p in pairings
            if p.status != PairingStatus.ENDED
            for i in (p.mentor_id, p.mentee_id)
        }
        waiting = {
            p.mentee_id
            for p in pairings
            if p.status == PairingStatus.ENDED and p.mentee_wants_new_mentor
        } - open_people
        registered = {pid for pid, _reviewed in people}
        for pairing in pairings:
            phase = pair_phase(pairing, cohort.end_date, today, len(evaluated.get(pairing.id, ())))
            pairs_in[phase] = pairs_in.get(phase, 0) + 1
            for pid in (pairing.mentor_id, pairing.mentee_id):
                ended_only = pairing.status == PairingStatus.ENDED and pid in open_people
                if pid in registered and not ended_only and pid not in waiting:
                    people_in.setdefault(phase, set()).add(pid)
        counted = set().union(*people_in.values()) if people_in else set()
        for pid, reviewed in people:
            if pid in waiting:
                people_in.setdefault(Phase.MATCHING, set()).add(pid)
            elif pid not in counted:
                phase = Phase.MATCHING if reviewed else Phase.RESOURCES
                people_in.setdefault(phase, set()).add(pid)
    return [
        PhaseCount(phase, len(people_in.get(phase, ())), pairs_in.get(phase, 0))
        for phase in Phase
        if phase >= Phase.RESOURCES
    ]
