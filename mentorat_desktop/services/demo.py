"""A realistic, entirely fictional program, so the committee can try every screen safely.

Two program years: last year, ended, and the current one with pairs in every phase, including
the late items the dashboard must flag. All dates hang on the database clock, so "late" is late
on the day the demo is written; a fixed seed makes the same day give the same demo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from random import Random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Cohort, Goal, MentoringSession, Pairing, Participation, Person
from mentorat_desktop.models.enums import (
    CareerStage,
    EarlyEndReason,
    EndKind,
    GoalStatus,
    Language,
    MeetingMode,
    PairingStatus,
    ParticipationStatus,
    Role,
)
from mentorat_desktop.services import audit
from mentorat_desktop.services import demo_people as people
from mentorat_desktop.services import demo_texts as texts
from mentorat_desktop.services.demo_texts import say

SEED = 20260901
_SEASONED = (CareerStage.MID, CareerStage.SENIOR, CareerStage.EXECUTIVE)

# What happens to each registered mentee of the current year, in the order mentors are found:
# open pairs first so that capacities go to them, then the ones that ended or wait.
CURRENT_PLAN: tuple[str, ...] = (
    *("full",) * 11, "stale", "no_engagement", "understanding", "contact", "contact_roles",
    "replaced",
    "confirmed_30h", "confirmed_60h", "confirmed_late", *("draft",) * 4, "draft_manual",
    "ended_normal", "ended_goals_early", "ended_unsuitable", *("waiting",) * 7,
)
EARLIER_PLAN: tuple[str, ...] = (*("normal",) * 12, "goals_early", "not_met")


@dataclass(frozen=True)
class DemoSummary:
    cohort: str
    earlier_cohort: str
    mentors: int
    mentees: int
    withdrawn: int
    returning: int
    pairings: int
    waiting: int
    sessions: int
    goals: int


@dataclass(eq=False)
class _Member:
    """A participation with what the demo needs to pair it: areas by index, current load."""

    participation: Participation
    identity: people.Identity
    areas: tuple[int, ...]
    load: int = 0

    @property
    def person(self) -> Person:
        return self.participation.person

    @property
    def language(self) -> Language:
        return self.participation.preferred_language


def program_year_start(today: date) -> date:
    """September 1 of the program year that contains ``today`` (July to June)."""
    return date(today.year if today.month >= 7 else today.year - 1, 9, 1)


def write_demo(db: Database, actor: str = "") -> DemoSummary:
    """Fill an empty file with the demo program; refuses a file that already holds one."""
    with db.unit_of_work() as session:
        if session.scalar(select(func.count(Cohort.id))) or session.scalar(
            select(func.count(Person.id))
        ):
            raise UserError(_("This file already holds a program; the demo goes into a new file."))
        summary, cohort_id = _Demo(session, db.clock).build()
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="demo.write",
            entity="cohort",
            entity_id=cohort_id,
            cohort_id=cohort_id,
            summary=summary.cohort,
            details={"earlier_cohort": summary.earlier_cohort, "mentors": summary.mentors,
                     "mentees": summary.mentees, "pairings": summary.pairings},
        )
        return summary


@dataclass
class _Demo:
    session: Session
    clock: Clock
    people_rng: Random = field(default_factory=lambda: Random(SEED))
    match_rng: Random = field(default_factory=lambda: Random(SEED + 1))
    rng: Random = field(default_factory=lambda: Random(SEED + 2))
    taken: set[str] = field(default_factory=set)
    partners: dict[Person, set[Person]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.now = self.clock.now()
        self.today = self.clock.today()

    def build(self) -> tuple[DemoSummary, int]:
        start = program_year_start(self.today)
        year = start.year
        earlier = self._cohort(year - 1)
        current = self._cohort(year)
        # Names are drawn first and from their own generator: they never depend on the date.
        earlier_ids = people.draw_identities(self.people_rng, 12 + 15, self.taken)
        current_ids = people.draw_identities(self.people_rng, 21 + 35, self.taken)
        window = (date(year - 1, 3, 1), date(year - 1, 5, 31))
        mentors_e = [self._register(earlier, i, Role.MENTOR, window) for i in earlier_ids[:12]]
        mentees_e = [self._register(earlier, i, Role.MENTEE, window) for i in earlier_ids[12:]]
        self._make_room(mentors_e, len(mentees_e) + 3)
        self._earlier_year(earlier, mentors_e, mentees_e)

        elapsed = (self.today - start).days
        matched = self.today - timedelta(days=min(max(elapsed + 30, 90), 300))
        reg_end = min(date(year, 5, 31), matched - timedelta(days=14))
        window = (min(date(year, 3, 1), reg_end - timedelta(days=60)), reg_end)
        # Some come back: four mentors, a mentee now a manager who mentors in turn, and two
        # mentees, one of them after last year's pairing ended early.
        back_mentors = self.match_rng.sample(mentors_e, 4)
        pool = mentees_e[:-2]
        promoted = next((m for m in pool if m.participation.career_stage == "mid"), pool[0])
        again = self.match_rng.choice([m for m in pool if m is not promoted])
        back_mentees = [mentees_e[-2], again]
        back = [*back_mentors, promoted, *back_mentees]
        mentors = [self._register(current, m.identity, Role.MENTOR, window, m)
                   for m in [*back_mentors, promoted]]
        mentors += [self._register(current, i, Role.MENTOR, window) for i in current_ids[:21]]
        mentees = [self._register(current, m.identity, Role.MENTEE, window, m)
                   for m in back_mentees]
        mentees += [self._register(current, i, Role.MENTEE, window) for i in current_ids[21:]]
        self._withdraw(mentors[-1], 0)
        self._make_room(mentors[:-1], 25 + 6)
        self._withdraw(mentees[-2], 1)
        waiting = self._current_year(current, mentors[:-1], mentees[:-2], mentees[-1], matched)
        self.session.flush()
        counts = self._counts(current)
        summary = DemoSummary(
            cohort=current.name, earlier_cohort=earlier.name, mentors=len(mentors) - 1,
            mentees=len(mentees) - 2, withdrawn=3, returning=len(back),
            pairings=counts[0], waiting=waiting, sessions=counts[1], goals=counts[2],
        )
        return summary, current.id

    # Registration (phases 1-3) -----------------------------------------------------------

    def _cohort(self, year: int) -> Cohort:
        cohort = Cohort(
            name=f"{year}-{year + 1}", start_date=date(year, 9, 1), end_date=date(year + 1, 6, 30),
            matching_weights={}, created_at=self._at(date(year, 2, 15)),
        )
        self.session.add(cohort)
        return cohort

    def _register(
        self, cohort: Cohort, identity: people.Identity, role: Role,
        window: tuple[date, date], earlier: _Member | None = None,
    ) -> _Member:
        r, lang = self.people_rng, identity.language
        registered = window[0] + timedelta(days=r.randrange((window[1] - window[0]).days + 1))
        if earlier is None:
            region = people.draw_region(r, lang)
            org = people.draw_organisation(r, region)
            organisation = org.name if lang == Language.FR else org.name_en
            workplace, stage = r.choice(org.workplaces), people.draw_stage(r, role)
            title = people.job_title(r, stage, identity, org.community)
            person = Person(first_name=identity.first_name, last_name=identity.last_name,
                            email=identity.email, phone=people.phone_for(r, region),
                            created_at=self._at(registered, 20))
            years = people.years_for(r, stage)
        else:
            last = earlier.participation
            person, region, organisation = last.person, last.region, last.organisation
            workplace, stage, title = last.workplace, last.career_stage, last.job_title
            if role != last.role:
                stage = CareerStage.MID
                title = people.job_title(r, stage, identity, False)
            years = max((last.years_of_experience or 0) + 1, people.EXPERIENCE[stage][0])
        is_mentor = role == Role.MENTOR
        count = r.randint(3, 4) if is_mentor else r.randint(2, 3)
        areas = tuple(r.sample(range(len(texts.AREAS)), count))
        leads = list(dict.fromkeys(c for a in areas for c in texts.AREAS[a].leads))[:4]
        member = r.random() < (0.75 if stage in _SEASONED else 0.3)
        certified = member and stage in _SEASONED and r.random() < (0.5 if is_mentor else 0.2)
        modes = [m.value for m, p in ((MeetingMode.IN_PERSON, 0.6), (MeetingMode.VIDEO, 0.85),
                                      (MeetingMode.PHONE, 0.35)) if r.random() < p]
        labels = [say(texts.AREAS[a].label, lang) for a in areas]
        motivations = texts.MENTOR_MOTIVATIONS if is_mentor else texts.MENTEE_MOTIVATIONS
        reviewed = registered + timedelta(days=r.randint(7, 45))
        participation = Participation(
            cohort=cohort, person=person, role=role, status=ParticipationStatus.REGISTERED,
            preferred_language=lang,
            organisation=organisation, workplace=workplace, region=region,
            job_title=title, career_stage=stage,
            years_of_experience=years, is_member=member, is_certified=certified,
            meeting_modes=modes or [MeetingMode.VIDEO.value],
            motivation=say(r.choice(motivations), lang),
            expertise_areas=labels if is_mentor else [],
            capacity=r.choices((1, 2, 3), weights=(4, 5, 2))[0] if is_mentor else 0,
            development_areas=[] if is_mentor else labels,
            development_objectives="" if is_mentor else " ".join(
                say(texts.AREAS[a].objective, lang) for a in areas),
            mentor_expectations="" if is_mentor else say(r.choice(texts.EXPECTATIONS), lang),
            leads_capabilities=leads, consent_date=registered, registered_on=registered,
            resources_reviewed_on=min(reviewed, self.today) if r.random() < 0.8 else None,
            created_at=self._at(registered, 20), updated_at=self._at(registered, 20),
        )
        self.session.add(participation)
        return _Member(participation, identity, areas)

    def _make_room(self, mentors: list[_Member], needed: int) -> None:
        """Raise capacities, least first, until the plan's open pairs fit with some room."""
        while sum(m.participation.capacity for m in mentors) < needed:
            min(mentors, key=lambda m: m.participation.capacity).participation.capacity += 1

    def _withdraw(self, member: _Member, reason: int, on: date | None = None) -> None:
        p = member.participation
        p.status = ParticipationStatus.WITHDRAWN
        p.withdrawn_on = on or min(p.registered_on + timedelta(days=21), self.today)
        p.withdrawal_reason = say(texts.WITHDRAWAL_REASONS[reason], member.language)
        p.updated_at = self._at(p.withdrawn_on, 16)

    # Program years --------------------------------------------------------------------

    def _earlier_year(self, cohort: Cohort, mentors: list[_Member], mentees: list[_Member]) -> None:
        """Last year: every pair went to its end, normally or early."""
        for kind, mentee in zip((*EARLIER_PLAN, "availability"), mentees, strict=True):
            mentor = self._choose(mentee, mentors, load=True)
            assigned = date(cohort.start_date.year, 9, 3) + timedelta(days=self.rng.randint(0, 14))
            if kind == "normal":
                end = cohort.end_date - timedelta(days=self.rng.randint(0, 20))
            else:
                months = {"goals_early": 6, "not_met": 3, "availability": 2}[kind]
                end = assigned + timedelta(days=30 * months + self.rng.randint(0, 20))
            pairing = self._pair(cohort, mentor, mentee, PairingStatus.ENDED, assigned)
            goals = {"normal": "closed", "goals_early": "done"}.get(kind, "broken")
            self._progress(pairing, mentee, assigned, reach=4, until=end, goals=goals)
            reason = {"goals_early": EarlyEndReason.GOALS_REACHED_EARLY,
                      "not_met": EarlyEndReason.EXPECTATIONS_NOT_MET,
                      "availability": EarlyEndReason.AVAILABILITY}.get(kind)
            self._end(pairing, mentee, end, reason)
            if kind == "availability":
                self._withdraw(mentee, 2, on=end)

    def _current_year(
        self, cohort: Cohort, mentors: list[_Member], mentees: list[_Member],
        left: _Member, matched: date,
    ) -> int:
        """This year: pairs in every phase, late items included, and mentees still waiting."""
        order = self.match_rng.sample(mentees, len(mentees))
        waiting = 0
        for kind, mentee in zip(CURRENT_PLAN, order, strict=True):
            if kind == "waiting":
                waiting += 1
                continue
            self._current_pair(cohort, kind, mentee, mentors, matched)
            waiting += kind == "ended_unsuitable"
        # A mentee whose mentor had to stop, and who then withdrew for the year.
        mentor = self._choose(left, mentors, load=False)
        end = self.today - timedelta(days=20)
        pairing = self._pair(cohort, mentor, left, PairingStatus.ENDED, self._start(matched))
        self._progress(pairing, left, self._start(matched), 4, end, goals="broken")
        self._end(pairing, left, end, EarlyEndReason.AVAILABILITY)
        self._withdraw(left, 2, on=end)
        return waiting

    def _current_pair(
        self, cohort: Cohort, kind: str, mentee: _Member, mentors: list[_Member], matched: date
    ) -> None:
        t, d = self.today, timedelta
        if kind.startswith(("confirmed", "draft")):
            hours = {"confirmed_30h": 30, "confirmed_60h": 60, "confirmed_late": 120}.get(kind)
            mentor = self._choose(mentee, mentors, load=True)
            status = PairingStatus.DRAFT if hours is None else PairingStatus.CONFIRMED
            pairing = self._pair(cohort, mentor, mentee, status, None)
            if hours is None:
                # The manual one was dragged onto the board and locked there by the committee.
                pairing.suggested = kind == "draft"
                pairing.locked = kind == "draft_manual"
                pairing.created_at = self.now - d(hours=self.rng.randint(2, 50))
            else:
                pairing.assigned_at = self.now - d(hours=hours)
                pairing.created_at = pairing.assigned_at - d(hours=2)
            return
        ended = kind.startswith("ended") or kind == "replaced"
        mentor = self._choose(mentee, mentors, load=not ended)
        status = PairingStatus.ENDED if ended else PairingStatus.ACTIVE
        if kind == "ended_unsuitable":
            start = t - d(days=self.rng.randint(14, 20))
            pairing = self._pair(cohort, mentor, mentee, status, start)
            self._progress(pairing, mentee, start, 1, t)
            pairing.suits_both, pairing.agreements = False, {}
            self._end(pairing, mentee, pairing.first_contact_on or t,
                      EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT, wants_new=True)
            mentee.participation.committee_notes = "Souhaite un nouveau jumelage."
            return
        recent = {"no_engagement": 45, "understanding": 23, "contact": 9, "contact_roles": 9}.get(
            kind
        )
        start = t - d(days=recent + self.rng.randint(0, 3)) if recent else self._start(matched)
        pairing = self._pair(cohort, mentor, mentee, status, start)
        reach = {"understanding": 2, "contact": 1, "contact_roles": 1}.get(kind, 4)
        until = {"stale": t - d(days=50), "ended_normal": t - d(days=self.rng.randint(7, 14)),
                 "ended_goals_early": t - d(days=self.rng.randint(3, 10)),
                 "replaced": t - d(days=35)}.get(kind, t - d(days=1))
        goals = {"ended_goals_early": "done", "replaced": "broken"}.get(kind, "ongoing")
        meeting = t - d(days=21) if kind == "no_engagement" else None
        self._progress(pairing, mentee, start, reach, until, goals=goals, meeting=meeting,
                       signed=kind != "no_engagement")
        if kind == "contact_roles":
            pairing.roles_reviewed = True  # phase 6 begun: roles read, expectations not yet
        if kind == "ended_normal":
            pairing.planned_end_on = until
            self._end(pairing, mentee, until, None)
        elif kind == "ended_goals_early":
            self._end(pairing, mentee, until, EarlyEndReason.GOALS_REACHED_EARLY)
        elif kind == "replaced":
            self._end(pairing, mentee, until, EarlyEndReason.EXPECTATIONS_NOT_MET, wants_new=True)
            self.session.flush()
            self.partners.setdefault(mentee.person, set()).add(mentor.person)
            mentor = self._choose(mentee, mentors, load=True)
            start = t - d(days=30)
            new = self._pair(cohort, mentor, mentee, PairingStatus.ACTIVE, start)
            new.replaces_id = pairing.id
            self._progress(new, mentee, start, 4, t - d(days=1), goals="fresh",
                           meeting=t - d(days=12))

    # Pairs (phases 4-9) -------------------------------------------------------------

    def _choose(self, mentee: _Member, mentors: list[_Member], load: bool) -> _Member:
        """The best-matching mentor with room left, never last year's partner nor a colleague."""
        past = self.partners.get(mentee.person, set())
        pool = [m for m in mentors if m.person not in past
                and m.participation.status == ParticipationStatus.REGISTERED
                and (not load or m.load < m.participation.capacity)]
        others = [m for m in pool if m.participation.organisation
                  != mentee.participation.organisation]
        pool = others or pool
        if not pool:
            raise RuntimeError("the demo plan asks for more mentors than it registers")
        best = max(pool, key=lambda m: self._score(m, mentee) - 6 * m.load
                   + 8 * self.match_rng.random())
        if load:
            best.load += 1
        self.partners.setdefault(mentee.person, set()).add(best.person)
        return best

    def _score(self, mentor: _Member, mentee: _Member) -> float:
        shared = len(set(mentor.areas) & set(mentee.areas))
        leads = len(set(mentor.participation.leads_capabilities)
                    & set(mentee.participation.leads_capabilities))
        score = 40 + 15 * min(shared, 2) + 5 * min(leads, 3)
        score += 10 * (mentor.language == mentee.language)
        score += 5 * (mentor.participation.region == mentee.participation.region)
        return float(min(score, 100))

    def _pair(
        self, cohort: Cohort, mentor: _Member, mentee: _Member, status: PairingStatus,
        assigned: date | None,
    ) -> Pairing:
        assigned_at = None
        if assigned is not None:
            assigned_at = self._at(assigned, self.rng.randint(9, 16))
        pairing = Pairing(
            cohort=cohort, mentor=mentor.participation, mentee=mentee.participation,
            status=status, score=round(self._score(mentor, mentee) - self.rng.random() * 4, 1),
            suggested=self.match_rng.random() < 0.7, locked=False, agreements={},
            created_at=(assigned_at or self.now) - timedelta(hours=2), assigned_at=assigned_at,
        )
        self.session.add(pairing)
        return pairing

    def _start(self, matched: date) -> date:
        return matched + timedelta(days=self.rng.randint(0, 10))

    def _progress(
        self, pairing: Pairing, mentee: _Member, assigned: date, reach: int, until: date,
        goals: str = "ongoing", meeting: date | None = None, signed: bool = True,
    ) -> None:
        """Walk a pair through phases 5 (reach 1), 6 (2), 7 (3) and 8 (4) up to ``until``."""
        r, lang, d = self.rng, mentee.language, timedelta
        contact = assigned + d(days=r.randint(1, 2))
        pairing.first_contact_on, pairing.suits_both = contact, True
        pairing.agreements = {k: say(r.choice(v), lang) for k, v in texts.AGREEMENTS.items()}
        if reach < 2:
            return
        pairing.shared_understanding_on = contact + d(days=r.randint(5, 8 if meeting else 12))
        pairing.roles_reviewed = pairing.expectations_agreed = True
        if reach < 3:
            return
        first = meeting or pairing.shared_understanding_on + d(days=r.randint(6, 14))
        pairing.first_meeting_on = first
        pairing.engagement_signed_on = first if signed else None
        made = self._goals(pairing, mentee, first, goals)
        modes = sorted(set(pairing.mentor.meeting_modes) & set(mentee.participation.meeting_modes))
        day, topic, leads = first, texts.FIRST_MEETING_TOPIC, ["L1", "A1"]
        while day <= until:
            if day != first:
                goal = r.choice(made)
                topic = ("Suivi : " + goal.title, "Follow-up: " + goal.title)
                leads = goal.leads_capabilities
                if r.random() < 0.5:
                    topic, codes = r.choice(texts.SESSION_TOPICS)
                    leads = list(codes)
            pairing.sessions.append(MentoringSession(
                held_on=day, duration_minutes=r.choice((60, 75, 90, 90, 120)),
                mode=MeetingMode(r.choice(modes or [MeetingMode.VIDEO.value])),
                topics=say(topic, lang), leads_capabilities=list(leads),
                note=say(r.choice(texts.SESSION_NOTES), lang), created_at=self._at(day, 19),
            ))
            day += d(days=r.randint(25, 38))

    def _goals(self, pairing: Pairing, mentee: _Member, first: date, state: str) -> list[Goal]:
        r, lang = self.rng, mentee.language
        end = pairing.cohort.end_date
        made = []
        for position, index in enumerate(mentee.areas[: r.randint(2, 3)]):
            area = texts.AREAS[index]
            target = min(first + timedelta(days=r.randint(90, 240)), end)
            if state == "done":
                status = GoalStatus.ACHIEVED
            elif state == "fresh":
                status = GoalStatus.IN_PROGRESS if position == 0 else GoalStatus.NOT_STARTED
            elif state == "closed":
                status = r.choices(list(GoalStatus)[1:], weights=(2, 7, 1))[0]
            elif state == "broken":
                status = r.choices(list(GoalStatus), weights=(3, 5, 0, 2))[0]
            elif target < self.today:
                status = r.choice((GoalStatus.ACHIEVED, GoalStatus.IN_PROGRESS))
            else:
                status = r.choices(list(GoalStatus)[:3], weights=(3, 6, 1))[0]
            created = self._at(first, 18)
            goal = Goal(
                position=position, title=say(area.goal, lang),
                description=say(area.objective, lang),
                leads_capabilities=list(area.leads), actions=say(area.actions, lang),
                success_indicator=say(area.indicator, lang), target_on=target, status=status,
                created_at=created, updated_at=created if status == GoalStatus.NOT_STARTED
                else self._at(min(self.today, first + timedelta(days=60)), 18),
            )
            pairing.goals.append(goal)
            made.append(goal)
        return made

    def _end(
        self, pairing: Pairing, mentee: _Member, on: date, reason: EarlyEndReason | None,
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

    def _counts(self, cohort: Cohort) -> tuple[int, int, int]:
        pairings = list(cohort.pairings)
        return (len(pairings), sum(len(p.sessions) for p in pairings),
                sum(len(p.goals) for p in pairings))

    def _at(self, day: date, hour: int = 10) -> datetime:
        """A moment on ``day``, never later than now (nothing is recorded in the future)."""
        return min(datetime.combine(day, time(hour)), self.now)
