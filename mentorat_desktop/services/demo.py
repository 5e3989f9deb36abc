"""A realistic, entirely fictional program, so the committee can try every screen safely.

Two program years: last year, ended, and the current one with pairs in every phase, including
the late items the dashboard must flag. All dates hang on the database clock, so "late" is late
on the day the demo is written; fixed seeds make the same day give the same demo, and names
never depend on the day at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from random import Random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Cohort, ConfidentialityIncident, Participation, Person
from mentorat_desktop.models.enums import (
    CareerStage,
    EarlyEndReason,
    Language,
    MeetingMode,
    PairingStatus,
    ParticipationStatus,
    Role,
)
from mentorat_desktop.services import audit
from mentorat_desktop.services import demo_people as people
from mentorat_desktop.services import demo_texts as texts
from mentorat_desktop.services.areas.store import seed_vocabulary
from mentorat_desktop.services.areas.vocabulary import default_vocabulary
from mentorat_desktop.services.demo_activities import ActivityWriter
from mentorat_desktop.services.demo_answers import AnswerWriter
from mentorat_desktop.services.demo_history import write_history
from mentorat_desktop.services.demo_pairs import Member, PairWriter
from mentorat_desktop.services.demo_texts import say
from mentorat_desktop.services.matching.board_actions import Draft, draft_pairing
from mentorat_desktop.services.matching.board_state import read_board
from mentorat_desktop.services.matching.suggestions import plan_suggestions
from mentorat_desktop.services.privacy.retention import default_retention

SEED = 20260901
SEASONED = (CareerStage.MID, CareerStage.SENIOR, CareerStage.EXECUTIVE)

# What happens to each registered mentee of the current year, in the order mentors are found:
# open pairs first so that capacities go to them, then the pairs that ended, then those waiting.
CURRENT_PLAN: tuple[str, ...] = (
    *("full",) * 10,
    "to_close",
    *("stale", "no_engagement", "understanding", "contact", "contact_roles", "replaced"),
    *("confirmed_30h", "confirmed_60h", "confirmed_late"),
    *("draft",) * 4,
    "draft_manual",
    *("ended_normal", "ended_goals_early", "ended_unsuitable"),
    *("waiting",) * 7,
)
EARLIER_PLAN: tuple[str, ...] = (*("normal",) * 12, "goals_early", "not_met", "availability")
# Mentors and mentees registered each year; the last ones of each list withdraw (last year,
# one mentee; this year, one mentor and two mentees).
EARLIER_SIZE = (12, len(EARLIER_PLAN))
CURRENT_SIZE = (26, len(CURRENT_PLAN) + 2)


@dataclass(frozen=True)
class DemoSummary:
    """What was written, for the command's message: counts are of the current program year."""

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


def program_year_start(today: date) -> date:
    """September 1 of the program year that contains ``today`` (July to June)."""
    return date(today.year if today.month >= 7 else today.year - 1, 9, 1)


def write_demo(db: Database, actor: str = "") -> DemoSummary:
    """Fill an empty file with the demo program; a file that holds anything is refused."""
    with db.unit_of_work() as session:
        if session.scalar(select(func.count(Cohort.id))) or session.scalar(
            select(func.count(Person.id))
        ):
            raise UserError(_("This file already holds a program; the demo goes into a new file."))
        demo = _Demo(session, db.clock)
        summary, cohort_id = demo.build()
        demo.incident()
        session.flush()
        years = list(session.scalars(select(Cohort).order_by(Cohort.start_date)))
        write_history(session, years, actor, db.clock.now())
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="demo.write",
            entity="cohort",
            entity_id=cohort_id,
            cohort_id=cohort_id,
            summary=summary.cohort,
            details={
                "earlier_cohort": summary.earlier_cohort,
                "mentors": summary.mentors,
                "mentees": summary.mentees,
                "pairings": summary.pairings,
            },
        )
        return summary


class _Demo:
    """Writes the two program years into one open session; ``write_demo`` commits or not.

    The plans are class attributes so that a larger program (``bench/ten_years.py``) can be
    written by the same code with more people in each part of the plan.
    """

    earlier_plan: tuple[str, ...] = EARLIER_PLAN
    current_plan: tuple[str, ...] = CURRENT_PLAN
    # How many areas a mentee wants to develop (each can become a goal of the pair).
    mentee_areas: tuple[int, int] = (2, 3)

    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock
        self.today = clock.today()
        # Separate generators: names, then matching, then dates, so one never shifts another.
        self.people_rng = Random(SEED)
        self.rng = Random(SEED + 2)
        self.pairs = PairWriter(session, clock.now(), self.rng, Random(SEED + 1))
        self.taken: set[str] = set()

    def build(self) -> tuple[DemoSummary, int]:
        start = program_year_start(self.today)
        year = start.year
        earlier, current = self._cohort(year - 1), self._cohort(year)
        # The pilot year was to be kept only over the summer, so the dashboard shows personal
        # information due for destruction and the anonymisation it leads to.
        earlier.retention_until = date(year, 8, 31)
        mentors_e, mentees_e = self._registrations(earlier, EARLIER_SIZE, [], [])
        self._earlier_year(earlier, mentors_e, mentees_e)

        # Some come back: four mentors, a mentee now a manager who mentors in turn, and two
        # mentees, one of them after last year's pairing ended early.
        match = self.pairs.match_rng
        back_mentors = match.sample(mentors_e, 4)
        pool = mentees_e[: EARLIER_PLAN.index("not_met")]
        promoted = next(
            (m for m in pool if m.participation.career_stage == CareerStage.MID), pool[0]
        )
        again = match.choice([m for m in pool if m is not promoted])
        not_met = mentees_e[EARLIER_PLAN.index("not_met")]
        elapsed = (self.today - start).days
        matched = self.today - timedelta(days=min(max(elapsed + 30, 90), 300))
        back = ([*back_mentors, promoted], [not_met, again])
        mentors, mentees = self._registrations(current, CURRENT_SIZE, *back, matched)
        # The last mentor and the mentee before last withdrew before matching; the last
        # mentee withdraws during the year, in ``_current_year``.
        self._withdraw(mentors[-1], 0)
        self._withdraw(mentees[-2], 1)
        # Room for every pair of the plan, ended ones included, and a few places to spare.
        self._make_room(mentors[:-1], len(CURRENT_PLAN) - CURRENT_PLAN.count("waiting") + 6)
        waiting = self._current_year(current, mentors[:-1], mentees[:-2], mentees[-1], matched)
        self._imported(current, mentees[:-2])
        self.session.flush()
        AnswerWriter(self.session, self.clock, Random(SEED + 3)).write(earlier, current)
        self.session.flush()
        ActivityWriter(self.session, self.clock).write(current)
        self.session.flush()
        registered = [
            p.role for p in current.participations if p.status == ParticipationStatus.REGISTERED
        ]
        return (
            DemoSummary(
                cohort=current.name,
                earlier_cohort=earlier.name,
                mentors=registered.count(Role.MENTOR),
                mentees=registered.count(Role.MENTEE),
                withdrawn=len(current.participations) - len(registered),
                returning=len(back[0]) + len(back[1]),
                pairings=len(current.pairings),
                waiting=waiting,
                sessions=sum(len(p.sessions) for p in current.pairings),
                goals=sum(len(p.goals) for p in current.pairings),
            ),
            current.id,
        )

    # Phases 1-3: the program year, registrations, withdrawals -------------------------

    def _cohort(self, year: int) -> Cohort:
        cohort = Cohort(
            name=f"{year}-{year + 1}",
            start_date=date(year, 9, 1),
            end_date=date(year + 1, 6, 30),
            matching_weights={},
            retention_until=default_retention(date(year + 1, 6, 30)),
            created_at=self.pairs.at(date(year, 2, 15)),
        )
        self.session.add(cohort)
        self.session.flush()
        seed_vocabulary(self.session, cohort.id)
        return cohort

    def incident(self) -> None:
        """One entry of the confidentiality-incident register, to show the Privacy page."""
        learned = self.today - timedelta(days=20)
        self.session.add(
            ConfidentialityIncident(
                occurred_on=learned - timedelta(days=1),
                occurred_estimated=False,
                discovered_on=learned,
                description=_(
                    "A pairing e-mail was sent to the wrong mentor, a member of the committee's "
                    "mailing list."
                ),
                information_involved=_("A mentee's name and development objectives."),
                persons_affected=1,
                persons_estimated=False,
                risk_of_serious_injury=False,
                risk_reasons=_(
                    "The recipient is bound by the committee's confidentiality engagement and "
                    "confirmed deleting the message."
                ),
                measures_taken=_("E-mail deleted; pairing e-mails are now checked by two people."),
                corrections=[],
                created_at=self.clock.now(),
            )
        )

    def _registrations(
        self,
        cohort: Cohort,
        size: tuple[int, int],
        back_mentors: list[Member],
        back_mentees: list[Member],
        matched: date | None = None,
    ) -> tuple[list[Member], list[Member]]:
        """Mentors then mentees, returning people first; the withdrawn ones come last.

        Registrations arrive in the spring, and always well before the first assignments.
        """
        year = cohort.start_date.year
        end = date(year, 5, 31)
        if matched is not None:
            end = min(end, matched - timedelta(days=14))
        window = (min(date(year, 3, 1), end - timedelta(days=60)), end)
        mentor_count, mentee_count = size[0] - len(back_mentors), size[1] - len(back_mentees)
        new = self._identities(mentor_count + mentee_count)
        mentors = [self._register(cohort, m.identity, Role.MENTOR, window, m) for m in back_mentors]
        mentors += [self._register(cohort, i, Role.MENTOR, window) for i in new[:mentor_count]]
        mentees = [self._register(cohort, m.identity, Role.MENTEE, window, m) for m in back_mentees]
        mentees += [self._register(cohort, i, Role.MENTEE, window) for i in new[mentor_count:]]
        return mentors, mentees

    def _identities(self, count: int) -> list[people.Identity]:
        return people.draw_identities(self.people_rng, count, self.taken)

    def _register(
        self,
        cohort: Cohort,
        identity: people.Identity,
        role: Role,
        window: tuple[date, date],
        earlier: Member | None = None,
    ) -> Member:
        """Phase 2: one registration; someone known from an earlier year keeps their file."""
        r, lang, is_mentor = self.people_rng, identity.language, role == Role.MENTOR
        registered = window[0] + timedelta(days=r.randrange((window[1] - window[0]).days + 1))
        if earlier is None:
            region = people.draw_region(r, lang)
            org = people.draw_organisation(r, region)
            organisation = org.name if lang == Language.FR else org.name_en
            workplace, stage = r.choice(org.workplaces), people.draw_stage(r, role)
            title = people.job_title(r, stage, identity, org.community)
            years = people.years_for(r, stage)
            member = r.random() < (0.75 if stage in SEASONED else 0.3)
            certified = member and stage in SEASONED and r.random() < (0.5 if is_mentor else 0.2)
            person = Person(
                first_name=identity.first_name,
                last_name=identity.last_name,
                email=identity.email,
                phone=people.phone_for(r, region),
                created_at=self.pairs.at(registered, 20),
            )
        else:
            last = earlier.participation
            person, region, organisation = last.person, last.region, last.organisation
            workplace, stage, title = last.workplace, last.career_stage, last.job_title
            member, certified = last.is_member, last.is_certified
            if role != last.role:
                stage = CareerStage.MID
                title = people.job_title(r, stage, identity, False)
            years = max((last.years_of_experience or 0) + 1, people.EXPERIENCE[stage][0])
        count = r.randint(3, 4) if is_mentor else r.randint(*self.mentee_areas)
        areas = tuple(r.sample(range(len(texts.AREAS)), count))
        # Stored as the year's codes, like a registration typed in or imported.
        labels = default_vocabulary().place_all(
            [say(texts.AREAS[a].label, lang) for a in areas], lang
        )
        leads = list(dict.fromkeys(c for a in areas for c in texts.AREAS[a].leads))
        shares = (
            (MeetingMode.IN_PERSON, 0.6),
            (MeetingMode.VIDEO, 0.85),
            (MeetingMode.PHONE, 0.35),
        )
        modes = [mode.value for mode, share in shares if r.random() < share]
        motivations = texts.MENTOR_MOTIVATIONS if is_mentor else texts.MENTEE_MOTIVATIONS
        reviewed = registered + timedelta(days=r.randint(7, 45))
        participation = Participation(
            cohort=cohort,
            person=person,
            role=role,
            status=ParticipationStatus.REGISTERED,
            preferred_language=lang,
            organisation=organisation,
            workplace=workplace,
            region=region,
            job_title=title,
            career_stage=stage,
            years_of_experience=years,
            is_member=member,
            is_certified=certified,
            meeting_modes=modes or [MeetingMode.VIDEO.value],
            motivation=say(r.choice(motivations), lang),
            expertise_areas=labels if is_mentor else [],
            capacity=r.choices((1, 2, 3), weights=(4, 5, 2))[0] if is_mentor else 0,
            development_areas=[] if is_mentor else labels,
            development_objectives=""
            if is_mentor
            else " ".join(say(texts.AREAS[a].objective, lang) for a in areas),
            mentor_expectations="" if is_mentor else say(r.choice(texts.EXPECTATIONS), lang),
            leads_capabilities=leads[:5],
            consent_date=registered,
            registered_on=registered,
            resources_reviewed_on=min(reviewed, self.today) if r.random() < 0.8 else None,
            created_at=self.pairs.at(registered, 20),
            updated_at=self.pairs.at(registered, 20),
        )
        self.session.add(participation)
        return Member(participation, identity, areas)

    def _imported(self, cohort: Cohort, mentees: list[Member]) -> None:
        """The current year came from the form service's export: each registration keeps
        its entry number, and two kept an answer in the form's own words, to review."""
        for number, p in enumerate(sorted(cohort.participations, key=lambda p: p.registered_on)):
            p.entry_number = str(5001 + number)
        french = [
            m.participation for m in mentees if m.participation.preferred_language == Language.FR
        ]
        wordings = ("Gestionnaire de premier niveau", "Professionnelle")
        for p, wording in zip(french[-2:], wordings, strict=False):
            p.answers_to_review = {"career_stage": wording}
            p.career_stage = CareerStage.EARLY  # what an import stores until it is placed

    def _make_room(self, mentors: list[Member], needed: int) -> None:
        """Raise capacities, smallest first, until the plan's open pairs fit with some room."""
        while sum(m.participation.capacity for m in mentors) < needed:
            min(mentors, key=lambda m: m.participation.capacity).participation.capacity += 1

    def _withdraw(self, member: Member, reason: int, on: date | None = None) -> None:
        p = member.participation
        p.status = ParticipationStatus.WITHDRAWN
        p.withdrawn_on = on or min(p.registered_on + timedelta(days=21), self.today)
        p.withdrawal_reason = say(texts.WITHDRAWAL_REASONS[reason], member.language)
        p.updated_at = self.pairs.at(p.withdrawn_on, 16)

    # Phases 4-9: the two program years ---------------------------------------------------

    def _earlier_year(self, cohort: Cohort, mentors: list[Member], mentees: list[Member]) -> None:
        """Last year: every pair went to its end, normally or early; the last one withdrew."""
        pairs = self.pairs
        self._make_room(mentors, len(mentees) + 3)
        for kind, mentee in zip(self.earlier_plan, mentees, strict=True):
            mentor = pairs.choose(mentee, mentors, load=True)
            assigned = date(cohort.start_date.year, 9, 3) + timedelta(days=self.rng.randint(0, 14))
            if kind == "normal":
                end = cohort.end_date - timedelta(days=self.rng.randint(0, 20))
            else:
                months = {"goals_early": 6, "not_met": 3, "availability": 2}[kind]
                end = assigned + timedelta(days=30 * months + self.rng.randint(0, 20))
            pairing = pairs.pair(cohort, mentor, mentee, PairingStatus.ENDED, assigned)
            goals = {"normal": "closed", "goals_early": "done"}.get(kind, "broken")
            pairs.progress(pairing, mentee, assigned, reach=4, until=end, goals=goals)
            reason = {
                "goals_early": EarlyEndReason.GOALS_REACHED_EARLY,
                "not_met": EarlyEndReason.EXPECTATIONS_NOT_MET,
                "availability": EarlyEndReason.AVAILABILITY,
            }.get(kind)
            pairs.end(pairing, mentee, end, reason)
            if kind == "availability":
                self._withdraw(mentee, 2, on=end)

    def _current_year(
        self,
        cohort: Cohort,
        mentors: list[Member],
        mentees: list[Member],
        leaving: Member,
        matched: date,
    ) -> int:
        """This year: pairs in every phase, late items included, and mentees still waiting."""
        order = self.pairs.match_rng.sample(mentees, len(mentees))
        to_suggest: list[Member] = []
        for kind, mentee in zip(self.current_plan, order, strict=True):
            if kind == "draft":
                to_suggest.append(mentee)
            elif kind != "waiting":
                self._current_pair(cohort, kind, mentee, mentors, matched)
        # A mentee caught in a reorganisation stops, then withdraws for the year.
        mentor = self.pairs.choose(leaving, mentors, load=False)
        start, end = self._start(matched), self.today - timedelta(days=20)
        pairing = self.pairs.pair(cohort, mentor, leaving, PairingStatus.ENDED, start)
        self.pairs.progress(pairing, leaving, start, 4, end, goals="broken")
        self.pairs.end(pairing, leaving, end, EarlyEndReason.AVAILABILITY)
        self._withdraw(leaving, 2, on=end)
        return self._suggest(cohort, to_suggest)

    def _suggest(self, cohort: Cohort, mentees: list[Member]) -> int:
        """Yesterday's "Suggest pairs" for a few mentees, left for the committee to review,
        made by the board's own solver; returns how many mentees still wait."""
        self.session.flush()
        board = read_board(self.session, cohort.id)
        chosen = {m.participation.id for m in mentees}
        only = replace(
            board, waiting=tuple(w for w in board.waiting if w.participation_id in chosen)
        )
        when = self.pairs.office_hours(20)
        for suggestion in plan_suggestions(only).suggestions:
            draft = Draft(
                suggestion.mentor.participation_id,
                suggestion.mentee.participation_id,
                suggested=True,
                locked=False,
            )
            cohort.pairings.append(
                draft_pairing(cohort.id, draft, round(suggestion.score, 1), when)
            )
        self.session.flush()
        return len(read_board(self.session, cohort.id).waiting)

    def _current_pair(
        self, cohort: Cohort, kind: str, mentee: Member, mentors: list[Member], matched: date
    ) -> None:
        pairs, t, d = self.pairs, self.today, timedelta
        hours = {"confirmed_30h": 30, "confirmed_60h": 60, "confirmed_late": 120}.get(kind)
        if hours is not None or kind == "draft_manual":
            mentor = pairs.choose(mentee, mentors, load=True)
            if hours is not None:
                assigned = pairs.office_hours(hours)
                pairs.pair(cohort, mentor, mentee, PairingStatus.CONFIRMED, assigned)
                return
            # Dragged onto the board by the committee, which keeps it until confirmed.
            pairing = pairs.pair(cohort, mentor, mentee, PairingStatus.DRAFT, None)
            pairing.suggested, pairing.locked = False, True
            pairing.created_at = pairs.office_hours(self.rng.randint(2, 50))
            return
        ended = kind.startswith("ended") or kind == "replaced"
        mentor = pairs.choose(mentee, mentors, load=not ended)
        status = PairingStatus.ENDED if ended else PairingStatus.ACTIVE
        if kind == "ended_unsuitable":
            start = t - d(days=self.rng.randint(14, 20))
            pairing = pairs.pair(cohort, mentor, mentee, status, start)
            pairs.progress(pairing, mentee, start, 1, t)
            pairing.suits_both, pairing.agreements = False, {}
            reason = EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT
            pairs.end(pairing, mentee, pairing.first_contact_on or t, reason, wants_new=True)
            mentee.participation.committee_notes = "Souhaite un nouveau jumelage."
            return
        recent = {"no_engagement": 45, "understanding": 23, "contact": 9, "contact_roles": 9}
        if kind in recent:
            start = t - d(days=recent[kind] + self.rng.randint(0, 3))
        else:
            start = self._start(matched)
        pairing = pairs.pair(cohort, mentor, mentee, status, start)
        reach = {"understanding": 2, "contact": 1, "contact_roles": 1}.get(kind, 4)
        until = {
            "stale": t - d(days=50),
            "to_close": t - d(days=9),
            "ended_normal": t - d(days=self.rng.randint(7, 14)),
            "ended_goals_early": t - d(days=self.rng.randint(3, 10)),
            "replaced": t - d(days=35),
        }.get(kind, t - d(days=1))
        goals = {"ended_goals_early": "done", "ended_normal": "closed", "replaced": "broken"}
        pairs.progress(
            pairing,
            mentee,
            start,
            reach,
            until,
            goals=goals.get(kind, "ongoing"),
            meeting=t - d(days=21) if kind == "no_engagement" else None,
            signed=kind != "no_engagement",
        )
        if kind == "to_close":
            # Agreed to a shorter relationship; its end date passed and nobody closed it.
            pairing.planned_end_on = t - d(days=5)
        elif kind == "contact_roles":
            pairing.roles_reviewed = True  # phase 6 begun: roles read, expectations not yet
        elif kind == "ended_normal":
            pairing.planned_end_on = until  # this pair's own end date, earlier than the year's
            pairs.end(pairing, mentee, until, None)
        elif kind == "ended_goals_early":
            pairs.end(pairing, mentee, until, EarlyEndReason.GOALS_REACHED_EARLY)
        elif kind == "replaced":
            reason = EarlyEndReason.EXPECTATIONS_NOT_MET
            pairs.end(pairing, mentee, until, reason, wants_new=True)
            self.session.flush()  # the new pair points to this one
            mentor = pairs.choose(mentee, mentors, load=True)
            start = t - d(days=30)
            new = pairs.pair(cohort, mentor, mentee, PairingStatus.ACTIVE, start)
            new.replaces_id = pairing.id
            pairs.progress(new, mentee, start, 4, t - d(days=1), "fresh", t - d(days=12))

    def _start(self, matched: date) -> date:
        """The assignment day of a pair made at the main matching meeting."""
        return matched + timedelta(days=self.rng.randint(0, 10))
