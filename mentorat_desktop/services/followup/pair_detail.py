"""Everything the pair page shows: the two people, each step of phases 4 to 10 as a
timeline with what is next, the goals and the sessions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _, format_date, format_number, ngettext
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    EndKind,
    Language,
    PairingStatus,
    Role,
)
from mentorat_desktop.services.followup import goals as goal_rules
from mentorat_desktop.services.followup import sessions as session_rules
from mentorat_desktop.services.followup.credits import hours_of
from mentorat_desktop.services.followup.due import evaluated_by
from mentorat_desktop.services.followup.first_contact import AGREEMENT_TOPICS
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_CODES
from mentorat_desktop.services.followup.goals import GoalRow
from mentorat_desktop.services.followup.phases import Phase, pair_phase
from mentorat_desktop.services.followup.sessions import SessionRow
from mentorat_desktop.services.followup.steps_common import load_pairing
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.safekeeping.versions import Stamp, stamp_of_pair


class PairingFields(Protocol):
    """What a pair's detail is made of: a ``Pairing`` or a row of its columns."""

    id: int
    status: PairingStatus
    assigned_at: datetime | None
    first_contact_on: date | None
    agreements: dict[str, Any]
    topics_discussed: list[str]
    suits_both: bool | None
    shared_understanding_on: date | None
    first_meeting_on: date | None
    engagement_signed_on: date | None
    planned_end_on: date | None
    ended_on: date | None
    end_kind: EndKind | None
    end_reason: EarlyEndReason | None
    end_reason_detail: str
    mentee_wants_new_mentor: bool
    reflection: str


class CohortFields(Protocol):
    """What a pair's detail takes from its program year: a ``Cohort`` or a row."""

    id: int
    name: str
    end_date: date
    first_contact_hours: int
    session_cadence_days: int


class StepState(StrEnum):
    DONE = "done"
    # The step to do now, not late yet.
    CURRENT = "current"
    LATE = "late"
    TODO = "todo"
    # Never happened because the relationship ended first.
    SKIPPED = "skipped"


@dataclass(frozen=True)
class TimelineStep:
    phase: Phase
    state: StepState
    on: date | None
    summary: str


@dataclass(frozen=True)
class PairPerson:
    participation_id: int
    full_name: str
    email: str
    phone: str
    role: Role
    language: Language
    organisation: str
    job_title: str
    is_certified: bool


@dataclass(frozen=True)
class PairDetail:
    pairing_id: int
    cohort_id: int
    cohort_name: str
    status: PairingStatus
    phase: Phase
    mentor: PairPerson
    mentee: PairPerson
    assigned_at: datetime
    first_contact_due: datetime
    first_contact_on: date | None
    agreements: dict[str, str]
    suits_both: bool | None
    shared_understanding_on: date | None
    first_meeting_on: date | None
    engagement_signed_on: date | None
    end_on: date
    ended_on: date | None
    end_kind: EndKind | None
    end_reason: EarlyEndReason | None
    end_reason_detail: str
    mentee_wants_new_mentor: bool
    reflection: str
    evaluations: int
    goals: tuple[GoalRow, ...]
    sessions: tuple[SessionRow, ...]
    timeline: tuple[TimelineStep, ...]
    # Codes of the first-contact guide's questions the pair talked about.
    topics_discussed: tuple[str, ...] = ()
    # The versions this was read at (one pair's detail only): an edit based on it is refused
    # if the pair changed elsewhere meanwhile.
    stamp: Stamp | None = None

    @property
    def minutes(self) -> int:
        return sum(s.duration_minutes for s in self.sessions)

    @property
    def is_open(self) -> bool:
        return self.status != PairingStatus.ENDED

    @property
    def next_step(self) -> TimelineStep | None:
        return next(
            (s for s in self.timeline if s.state in (StepState.LATE, StepState.CURRENT)), None
        )


def _person(participation: Participation) -> PairPerson:
    return PairPerson(
        participation.id,
        participation.person.full_name,
        participation.person.email,
        participation.person.phone,
        participation.role,
        participation.preferred_language,
        participation.organisation,
        participation.job_title,
        participation.is_certified,
    )


def pair_detail(db: Database, pairing_id: int) -> PairDetail:
    now = db.clock.now()
    with db.unit_of_work() as session:
        detail = detail_of(session, load_pairing(session, pairing_id), now)
        return replace(detail, stamp=stamp_of_pair(session, pairing_id))


def detail_of(session: Session, p: Pairing, now: datetime) -> PairDetail:
    """One pair's detail from its objects (the list reads its rows: ``pair_list``)."""
    evaluations = len(evaluated_by(session, [p.id]).get(p.id, ()))
    sessions = tuple(session_rules.row_of(s) for s in p.sessions)
    goals = tuple(goal_rules.row_of(g) for g in p.goals)
    return detail_from(
        p, p.cohort, _person(p.mentor), _person(p.mentee), now, evaluations, goals, sessions
    )


def detail_from(
    p: PairingFields,
    cohort: CohortFields,
    mentor: PairPerson,
    mentee: PairPerson,
    now: datetime,
    evaluations: int,
    goals: tuple[GoalRow, ...],
    sessions: tuple[SessionRow, ...],
) -> PairDetail:
    """The detail of a pair from its fields, whether an object or a row read as columns
    (``pair_list`` reads a year's pairs without an object each)."""
    assert p.assigned_at is not None
    end_on = p.planned_end_on or cohort.end_date
    detail = PairDetail(
        pairing_id=p.id,
        cohort_id=cohort.id,
        cohort_name=cohort.name,
        status=p.status,
        phase=pair_phase(p, cohort.end_date, now.date(), evaluations),
        mentor=mentor,
        mentee=mentee,
        assigned_at=p.assigned_at,
        first_contact_due=p.assigned_at + timedelta(hours=cohort.first_contact_hours),
        first_contact_on=p.first_contact_on,
        agreements={k: p.agreements[k] for k in AGREEMENT_TOPICS if p.agreements.get(k)},
        topics_discussed=tuple(c for c in GUIDE_CODES if c in (p.topics_discussed or ())),
        suits_both=p.suits_both,
        shared_understanding_on=p.shared_understanding_on,
        first_meeting_on=p.first_meeting_on,
        engagement_signed_on=p.engagement_signed_on,
        end_on=end_on,
        ended_on=p.ended_on,
        end_kind=p.end_kind,
        end_reason=p.end_reason,
        end_reason_detail=p.end_reason_detail,
        mentee_wants_new_mentor=p.mentee_wants_new_mentor,
        reflection=p.reflection,
        evaluations=evaluations,
        goals=goals,
        sessions=sessions,
        timeline=(),
    )
    return replace(detail, timeline=_timeline(detail, now, cohort.session_cadence_days))


def _timeline(d: PairDetail, now: datetime, cadence_days: int) -> tuple[TimelineStep, ...]:
    today = now.date()
    ended = d.status == PairingStatus.ENDED
    steps: list[TimelineStep] = [
        TimelineStep(
            Phase.MATCHING,
            StepState.DONE,
            d.assigned_at.date(),
            _("Pair confirmed on the matching board."),
        )
    ]
    pending_found = False

    def pending(late: bool = False) -> StepState:
        """The first step not done is the current one; the others wait for it."""
        nonlocal pending_found
        if ended:
            return StepState.SKIPPED
        if pending_found:
            return StepState.TODO
        pending_found = True
        return StepState.LATE if late else StepState.CURRENT

    # Phase 5
    if d.first_contact_on is not None:
        summary = (
            ngettext(
                "{n} agreement recorded.", "{n} agreements recorded.", len(d.agreements)
            ).format(n=len(d.agreements))
            + " "
            + (_("The pairing suits both.") if d.suits_both else _("The pairing did not suit."))
        )
        steps.append(TimelineStep(Phase.FIRST_CONTACT, StepState.DONE, d.first_contact_on, summary))
    else:
        late = now >= d.first_contact_due
        steps.append(
            TimelineStep(
                Phase.FIRST_CONTACT,
                pending(late),
                None,
                _("The mentor calls the mentee by {moment}.").format(
                    moment=format_date(d.first_contact_due.date(), "long")
                ),
            )
        )
    unsuitable = d.suits_both is False
    # Phase 6
    if d.shared_understanding_on is not None:
        steps.append(
            TimelineStep(
                Phase.SHARED_UNDERSTANDING,
                StepState.DONE,
                d.shared_understanding_on,
                _("Roles reviewed and expectations agreed."),
            )
        )
    else:
        steps.append(
            TimelineStep(
                Phase.SHARED_UNDERSTANDING,
                StepState.SKIPPED if unsuitable else pending(),
                None,
                _("Both review roles and responsibilities and align their expectations."),
            )
        )
    # Phase 7
    if d.first_meeting_on is not None:
        goals = ngettext("{n} goal set.", "{n} goals set.", len(d.goals)).format(n=len(d.goals))
        signed = (
            _("Engagement signed on {day}.").format(day=format_date(d.engagement_signed_on))
            if d.engagement_signed_on
            else _("No signed engagement recorded yet.")
        )
        state = StepState.DONE if d.engagement_signed_on or ended else pending(late=True)
        steps.append(
            TimelineStep(Phase.FIRST_MEETING, state, d.first_meeting_on, f"{goals} {signed}")
        )
    else:
        steps.append(
            TimelineStep(
                Phase.FIRST_MEETING,
                StepState.SKIPPED if unsuitable else pending(),
                None,
                _("Goals are set and the confidentiality engagement is signed."),
            )
        )
    # Phase 8
    hours = hours_of(d.minutes)
    count = len(d.sessions)
    done = ngettext("{n} session, {hours} hours.", "{n} sessions, {hours} hours.", count).format(
        n=count, hours=format_number(hours)
    )
    if d.first_meeting_on is None:
        state = (StepState.DONE if count else StepState.SKIPPED) if ended else StepState.TODO
        summary = done if count else _("About one meeting a month.")
        steps.append(TimelineStep(Phase.SESSIONS, state, None, summary))
    else:
        last = max([d.first_meeting_on, *(s.held_on for s in d.sessions)])
        next_by = last + timedelta(days=cadence_days)
        if ended:
            steps.append(TimelineStep(Phase.SESSIONS, StepState.DONE, last, done))
        else:
            expected = _("Next session expected by {day}.").format(day=format_date(next_by))
            state = StepState.LATE if today > next_by else StepState.CURRENT
            steps.append(TimelineStep(Phase.SESSIONS, state, last, f"{done} {expected}"))
    # Phase 9
    if ended:
        kind = label(d.end_kind) if d.end_kind else ""
        reason = f" ({label(d.end_reason)})" if d.end_reason else ""
        again = (
            " " + _("The mentee is waiting for a new mentor.") if d.mentee_wants_new_mentor else ""
        )
        steps.append(TimelineStep(Phase.END, StepState.DONE, d.ended_on, f"{kind}{reason}.{again}"))
        steps.append(
            TimelineStep(
                Phase.EVALUATION,
                StepState.DONE if d.evaluations >= 2 else StepState.CURRENT,
                None,
                ngettext(
                    "{n} of 2 evaluations returned.",
                    "{n} of 2 evaluations returned.",
                    d.evaluations,
                ).format(n=d.evaluations),
            )
        )
    else:
        late = today > d.end_on
        steps.append(
            TimelineStep(
                Phase.END,
                StepState.LATE if late else StepState.TODO,
                None,
                _("The relationship ends by {day}.").format(day=format_date(d.end_on, "long")),
            )
        )
        steps.append(
            TimelineStep(
                Phase.EVALUATION, StepState.TODO, None, _("Mentor and mentee each evaluate.")
            )
        )
    return tuple(steps)
