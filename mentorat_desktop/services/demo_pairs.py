"""How the demo walks one pair through phases 4 to 9: matching, first contact, shared
understanding, first formal meeting with goals, follow-up sessions, and the end.

Kept apart from ``demo.py`` so that the program plan reads on its own; every rule the real
services will enforce (capacity, one open pair per mentee, dates in phase order) holds here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from random import Random

from sqlalchemy.orm import Session

from mentorat_desktop.models import Cohort, Goal, MentoringSession, Pairing, Participation, Person
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    EndKind,
    GoalStatus,
    Language,
    MeetingMode,
    PairingStatus,
    ParticipationStatus,
)
from mentorat_desktop.services import demo_texts as texts
from mentorat_desktop.services.areas.vocabulary import default_vocabulary
from mentorat_desktop.services.demo_people import Identity
from mentorat_desktop.services.demo_texts import say
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_CODES
from mentorat_desktop.services.matching import scoring
from mentorat_desktop.services.matching.criteria import MatchingCriteria
from mentorat_desktop.services.matching.profiles import profile_of

DEMO_CRITERIA = MatchingCriteria()


@dataclass(eq=False)
class Member:
    """A registration plus what pairing needs: areas by index and the current open pairs."""

    participation: Participation
    identity: Identity
    areas: tuple[int, ...]
    load: int = 0

    @property
    def person(self) -> Person:
        return self.participation.person

    @property
    def language(self) -> Language:
        return self.participation.preferred_language


@dataclass
class PairWriter:
    session: Session
    now: datetime
    rng: Random
    match_rng: Random
    # Everyone each person was ever paired with, so nobody meets the same partner twice.
    partners: dict[Person, set[Person]] = field(default_factory=dict)
    # Days between two meetings, and goals a pair sets (a larger file draws more of both).
    meeting_gap: tuple[int, int] = (25, 38)
    goals_a_pair: tuple[int, int] = (2, 3)

    @property
    def today(self) -> date:
        return self.now.date()

    def at(self, day: date, hour: int = 10) -> datetime:
        """A moment on ``day``, never later than now (nothing is recorded in the future)."""
        return min(datetime.combine(day, time(hour)), self.now)

    def office_hours(self, hours_ago: int) -> datetime:
        """About ``hours_ago`` hours ago, moved into the working day when it falls at night."""
        moment = self.now - timedelta(hours=hours_ago)
        moved = datetime.combine(moment.date(), time(min(max(moment.hour, 9), 17)))
        return min(moved, self.now)

    def choose(self, mentee: Member, mentors: list[Member], load: bool) -> Member:
        """The best-matching mentor with room left, never a past partner nor a colleague.

        ``load`` is False for pairs that have already ended: they no longer use capacity.
        """
        past = self.partners.get(mentee.person, set())
        pool = [
            m
            for m in mentors
            if m.person not in past
            and m.participation.status == ParticipationStatus.REGISTERED
            and (not load or m.load < m.participation.capacity)
        ]
        organisation = mentee.participation.organisation
        pool = [m for m in pool if m.participation.organisation != organisation] or pool
        if not pool:
            raise RuntimeError("the demo plan asks for more mentors than it registers")
        best = max(
            pool, key=lambda m: self.score(m, mentee) - 6 * m.load + 8 * self.match_rng.random()
        )
        best.load += int(load)
        self.partners.setdefault(mentee.person, set()).add(best.person)
        return best

    def score(self, mentor: Member, mentee: Member) -> float:
        """The board's own compatibility score, under the default weights."""
        areas = default_vocabulary()
        return scoring.score(
            profile_of(mentor.participation, areas),
            profile_of(mentee.participation, areas),
            DEMO_CRITERIA,
        )

    def pair(
        self,
        cohort: Cohort,
        mentor: Member,
        mentee: Member,
        status: PairingStatus,
        assigned: date | datetime | None,
    ) -> Pairing:
        """Phase 4: a pair as the committee made it; confirmed when ``assigned`` is given."""
        assigned_at = assigned
        if isinstance(assigned, date) and not isinstance(assigned, datetime):
            assigned_at = self.at(assigned, self.rng.randint(9, 16))
        pairing = Pairing(
            cohort=cohort,
            mentor=mentor.participation,
            mentee=mentee.participation,
            status=status,
            score=round(self.score(mentor, mentee), 1),
            suggested=self.match_rng.random() < 0.7,
            locked=False,
            agreements={},
            created_at=(assigned_at or self.now) - timedelta(hours=2),
            assigned_at=assigned_at,
        )
        self.session.add(pairing)
        return pairing

    def progress(
        self,
        pairing: Pairing,
        mentee: Member,
        assigned: date,
        reach: int,
        until: date,
        goals: str = "ongoing",
        meeting: date | None = None,
        signed: bool = True,
    ) -> None:
        """Phases 5 (reach 1), 6 (2), 7 (3) and 8 (4), with sessions up to ``until``."""
        r, lang, d = self.rng, mentee.language, timedelta
        contact = assigned + d(days=r.randint(1, 2))
        pairing.first_contact_on, pairing.suits_both = contact, True
        pairing.agreements = {k: say(r.choice(v), lang) for k, v in texts.AGREEMENTS.items()}
        pairing.topics_discussed = [c for c in GUIDE_CODES if r.random() < 0.7]
        if reach < 2:
            return
        pairing.shared_understanding_on = contact + d(days=r.randint(5, 8 if meeting else 12))
        pairing.roles_reviewed = pairing.expectations_agreed = True
        if reach < 3:
            return
        first = meeting or pairing.shared_understanding_on + d(days=r.randint(6, 14))
        pairing.first_meeting_on = first
        pairing.engagement_signed_on = first if signed else None
        made = self.goals(pairing, mentee, first, goals)
        self.sessions(pairing, mentee, first, until, made)

    def sessions(
        self, pairing: Pairing, mentee: Member, first: date, until: date, goals: list[Goal]
    ) -> None:
        """Phase 8: about one meeting a month (``meeting_gap``), the first formal one included."""
        r, lang = self.rng, mentee.language
        modes = sorted(set(pairing.mentor.meeting_modes) & set(mentee.participation.meeting_modes))
        day, topic, leads = first, texts.FIRST_MEETING_TOPIC, ("L1", "A1")
        while day <= until:
            if day != first and r.random() < 0.5:
                topic, leads = r.choice(texts.SESSION_TOPICS)
            elif day != first:
                goal = r.choice(goals)
                topic = ("Suivi : " + goal.title, "Follow-up: " + goal.title)
                leads = tuple(goal.leads_capabilities)
            pairing.sessions.append(
                MentoringSession(
                    held_on=day,
                    duration_minutes=r.choice((60, 75, 90, 90, 120)),
                    mode=MeetingMode(r.choice(modes or [MeetingMode.VIDEO.value])),
                    topics=say(topic, lang),
                    leads_capabilities=list(leads),
                    note=say(r.choice(texts.SESSION_NOTES), lang),
                    created_at=self.at(day, 19),
                )
            )
            day += timedelta(days=r.randint(*self.meeting_gap))

    def goals(self, pairing: Pairing, mentee: Member, first: date, state: str) -> list[Goal]:
        """Phase 7: two or three goals drawn from what the mentee wants to develop."""
        r, lang = self.rng, mentee.language
        made = []
        for position, index in enumerate(mentee.areas[: r.randint(*self.goals_a_pair)]):
            area = texts.AREAS[index]
            target = min(first + timedelta(days=r.randint(90, 240)), pairing.cohort.end_date)
            status = self._goal_status(state, position, target)
            created = self.at(first, 18)
            touched = self.at(min(self.today, first + timedelta(days=60)), 18)
            goal = Goal(
                position=position,
                title=say(area.goal, lang),
                description=say(area.objective, lang),
                leads_capabilities=list(area.leads),
                actions=say(area.actions, lang),
                success_indicator=say(area.indicator, lang),
                target_on=target,
                status=status,
                created_at=created,
                updated_at=created if status == GoalStatus.NOT_STARTED else touched,
            )
            pairing.goals.append(goal)
            made.append(goal)
        return made

    def _goal_status(self, state: str, position: int, target: date) -> GoalStatus:
        """Fresh, ongoing, done (reached early), closed (normal end) or broken (early end)."""
        r = self.rng
        if state == "done":
            return GoalStatus.ACHIEVED
        if state == "fresh":
            return GoalStatus.IN_PROGRESS if position == 0 else GoalStatus.NOT_STARTED
        if state == "closed":
            return r.choices(list(GoalStatus)[1:], weights=(2, 7, 1))[0]
        if state == "broken":
            return r.choices(list(GoalStatus), weights=(3, 5, 0, 2))[0]
        if target < self.today:
            return r.choice((GoalStatus.ACHIEVED, GoalStatus.IN_PROGRESS))
        return r.choices(list(GoalStatus)[:3], weights=(3, 6, 1))[0]

    def end(
        self,
        pairing: Pairing,
        mentee: Member,
        on: date,
        reason: EarlyEndReason | None,
        wants_new: bool = False,
    ) -> None:
        """Phase 9: a normal end (no reason) or an early one, with its reason and reflection."""
        pairing.status, pairing.ended_on = PairingStatus.ENDED, on
        pairing.end_kind = EndKind.NORMAL if reason is None else EndKind.EARLY
        pairing.end_reason = reason
        pairing.mentee_wants_new_mentor = wants_new
        if reason is None:
            pairing.reflection = say(self.rng.choice(texts.REFLECTIONS), mentee.language)
        elif reason.value in texts.END_DETAILS:
            pairing.end_reason_detail = say(texts.END_DETAILS[reason.value], mentee.language)
