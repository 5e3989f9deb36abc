"""The year-end evaluation summary as plain values: what the PDF, the workbook and the GUI show.

Labels (regions, career stages, reasons, questions, options) are already written in the
report's language; numbers stay numbers so that each reader formats them its own way.
Nothing here names a participant: the summary is meant to leave the committee.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mentorat_desktop.models.enums import QuestionKind, Role
from mentorat_desktop.services.activities.year_figures import TrainingFigures
from mentorat_desktop.services.evaluation_summary.privacy import MIN_RESPONDENTS
from mentorat_desktop.services.followup.credits import hours_of


def share(part: float, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide by."""
    return part / whole if whole else None


@dataclass(frozen=True)
class Count:
    """One line of a breakdown: a stored code, its label, how many."""

    code: str
    label: str
    count: int


# Participation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleParticipation:
    """One role's registrations; the breakdowns count those still registered."""

    role: Role
    registered: int
    withdrawn: int
    by_region: tuple[Count, ...]  # regions with someone, by official number
    by_career_stage: tuple[Count, ...]  # every stage, in the registration form's order


@dataclass(frozen=True)
class ParticipationFigures:
    mentors: RoleParticipation
    mentees: RoleParticipation

    def of(self, role: Role) -> RoleParticipation:
        return self.mentors if role == Role.MENTOR else self.mentees


# Pairs, first contact, activity -----------------------------------------------------------


@dataclass(frozen=True)
class PairFigures:
    """Pairs past the draft stage (confirmed, active or ended)."""

    formed: int
    completed: int  # ended normally
    ended_early: int
    under_way: int  # confirmed or active
    replacements: int  # pairs made to replace one that ended early
    early_reasons: tuple[Count, ...]  # reasons given at least once, most frequent first


@dataclass(frozen=True)
class FirstContactFigures:
    """How soon mentors called after the assignment (phase 5).

    The first contact is recorded as a date, not a time: delays are whole days counted
    from the day of the assignment, and a pair is within the limit when that number of
    days is at most ``limit_hours / 24`` (3 days for 72 hours).
    """

    limit_hours: int
    contacted: int
    within_limit: int
    waiting: int  # under way, assigned, no first contact recorded yet
    median_days: float | None

    @property
    def limit_days(self) -> float:
        return self.limit_hours / 24

    @property
    def share_within_limit(self) -> float | None:
        return share(self.within_limit, self.contacted)


@dataclass(frozen=True)
class ActivityFigures:
    """Mentoring sessions logged (phase 8) and the credits they earned certified members."""

    sessions: int
    minutes: int
    pairs_with_sessions: int
    certified_with_hours: int  # certified members with at least one logged session
    credits: Decimal  # Category I credits, summed person by person as statements print them

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)

    @property
    def average_sessions(self) -> float | None:
        """Sessions per pair, among pairs that logged at least one."""
        return share(self.sessions, self.pairs_with_sessions)


@dataclass(frozen=True)
class EvaluationReturns:
    """Evaluations received (phase 10) against those expected: both sides of ended pairs."""

    mentors: int
    mentees: int
    expected: int
    from_ended_pairs: int  # the received ones that count against ``expected``

    @property
    def received(self) -> int:
        return self.mentors + self.mentees

    @property
    def rate(self) -> float | None:
        return share(self.from_ended_pairs, self.expected)


# Questions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueCount:
    """One possible answer and how many chose it: "1".."5", "yes"/"no" or an option code."""

    code: str
    label: str
    count: int


@dataclass(frozen=True)
class AudienceAnswers:
    """One question as mentors (or mentees) answered it.

    Below ``MIN_RESPONDENTS`` people only ``respondents`` is filled: no distribution, no
    average, no comment, so that nobody's answer can be recognised. ``respondents`` counts
    answers; ``people`` the different persons who gave them (a mentor of two mentees
    answers twice), and the threshold is about people.
    """

    audience: Role
    kind: QuestionKind
    text: str  # the wording this audience read
    respondents: int
    distribution: tuple[ValueCount, ...] = ()
    average: float | None = None  # scale questions
    share_yes: float | None = None  # yes/no questions
    comments: tuple[str, ...] = ()  # text questions, names removed, in alphabetical order
    people: int | None = None  # None: as many as the answers

    @property
    def persons(self) -> int:
        """How many different people answered."""
        return self.respondents if self.people is None else self.people

    @property
    def shown(self) -> bool:
        return self.persons >= MIN_RESPONDENTS

    def share_of(self, value: ValueCount) -> float | None:
        """The share of respondents who gave ``value`` (several choices may add up past 1)."""
        return share(value.count, self.respondents)


@dataclass(frozen=True)
class QuestionSummary:
    """One evaluation question (by its stable code) for mentors and mentees, apart."""

    code: str
    kind: QuestionKind
    text: str
    mentors: AudienceAnswers | None  # None: not asked of mentors this year
    mentees: AudienceAnswers | None

    @property
    def audiences(self) -> tuple[AudienceAnswers, ...]:
        return tuple(a for a in (self.mentors, self.mentees) if a is not None)

    @property
    def shares_wording(self) -> bool:
        """Both audiences read the same question with the same answer labels (or only one
        was asked), so their figures can sit under one wording."""
        if self.mentors is None or self.mentees is None:
            return True
        if self.mentors.text != self.mentees.text:
            return False
        theirs = {v.code: v.label for v in self.mentees.distribution}
        return all(theirs.get(v.code, v.label) == v.label for v in self.mentors.distribution)

    def for_audience(self, audience: Role) -> QuestionSummary:
        """The question as one audience read it, with that audience's figures only."""
        side = self.mentors if audience == Role.MENTOR else self.mentees
        assert side is not None
        mentors = side if audience == Role.MENTOR else None
        mentees = side if audience == Role.MENTEE else None
        return QuestionSummary(self.code, self.kind, side.text, mentors, mentees)

    def as_presented(self) -> tuple[QuestionSummary, ...]:
        """One part when the wording is shared, else one per audience in its own words: a
        mentee's answer is never shown under the mentors' question or option label."""
        if self.shares_wording:
            return (self,)
        return tuple(self.for_audience(side.audience) for side in self.audiences)


# Earlier years -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScaleAverage:
    code: str
    audience: Role
    respondents: int
    average: float | None  # None below MIN_RESPONDENTS


@dataclass(frozen=True)
class YearHeadline:
    """The figures compared from year to year."""

    cohort_id: int
    name: str
    start_date: date
    mentors: int
    mentees: int
    pairs_formed: int
    completed: int
    ended_early: int
    median_first_contact_days: float | None
    share_within_limit: float | None
    sessions: int
    hours: Decimal
    evaluations_received: int
    scale_averages: tuple[ScaleAverage, ...]

    def average(self, code: str, audience: Role) -> ScaleAverage | None:
        return next(
            (a for a in self.scale_averages if a.code == code and a.audience == audience), None
        )


@dataclass(frozen=True)
class ComparedQuestion:
    """A scale question followed across years, by its code."""

    code: str
    text: str


@dataclass(frozen=True)
class Comparison:
    years: tuple[YearHeadline, ...]  # earlier years, oldest first, then this year
    scale_questions: tuple[ComparedQuestion, ...]

    @property
    def earlier(self) -> tuple[YearHeadline, ...]:
        return self.years[:-1]

    @property
    def this_year(self) -> YearHeadline:
        return self.years[-1]


# The whole ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class YearSummary:
    cohort_id: int
    name: str
    start_date: date
    end_date: date
    language: str  # "fr" or "en": the language of every label above
    prepared_on: date
    participation: ParticipationFigures
    pairs: PairFigures
    first_contact: FirstContactFigures
    activity: ActivityFigures
    evaluations: EvaluationReturns
    questions: tuple[QuestionSummary, ...]
    comparison: Comparison
    min_respondents: int = MIN_RESPONDENTS
    # Training activities of the year; None where a summary is built without them.
    training: TrainingFigures | None = None
    # False while ``comparison`` holds this year alone, the earlier years not yet read.
    earlier_years_read: bool = True
