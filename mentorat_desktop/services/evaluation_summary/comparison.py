"""This year beside the earlier ones: the same headline figures for every program year.

The figures come from the same functions as this year's detailed ones, so a number in the
comparison table is always the number shown in its own year's summary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from mentorat_desktop.models import Cohort
from mentorat_desktop.models.enums import QuestionKind, Role
from mentorat_desktop.services.evaluation_summary.answers import (
    NumberCounts,
    PeopleCounts,
    ReturnCounts,
)
from mentorat_desktop.services.evaluation_summary.privacy import MIN_RESPONDENTS
from mentorat_desktop.services.evaluation_summary.questions import AskedQuestion, merged_order
from mentorat_desktop.services.evaluation_summary.shapes import (
    ActivityFigures,
    ComparedQuestion,
    FirstContactFigures,
    PairFigures,
    ParticipationFigures,
    ScaleAverage,
    YearHeadline,
)


def scale_averages(
    numbers: NumberCounts, people: PeopleCounts | None = None
) -> dict[int, tuple[ScaleAverage, ...]]:
    """Program year -> the average of each scale question, per audience, where shown.

    An average is shown when at least ``MIN_RESPONDENTS`` different people answered.
    """
    respondents: defaultdict[tuple[int, str, Role], int] = defaultdict(int)
    totals: defaultdict[tuple[int, str, Role], float] = defaultdict(float)
    for (year, audience, code, kind, number), n in numbers.items():
        if kind == QuestionKind.SCALE:
            respondents[year, code, audience] += n
            totals[year, code, audience] += number * n
    found: defaultdict[int, list[ScaleAverage]] = defaultdict(list)
    for (year, code, audience), n in sorted(respondents.items()):
        persons = n if people is None else people.get((year, audience, code), 0)
        average = totals[year, code, audience] / n if persons >= MIN_RESPONDENTS else None
        found[year].append(ScaleAverage(code, audience, n, average))
    return {year: tuple(averages) for year, averages in found.items()}


def headline(
    cohort: Cohort,
    participation: ParticipationFigures,
    pairs: PairFigures,
    first_contact: FirstContactFigures,
    activity: ActivityFigures,
    returns: ReturnCounts,
    averages: tuple[ScaleAverage, ...],
) -> YearHeadline:
    return YearHeadline(
        cohort_id=cohort.id,
        name=cohort.name,
        start_date=cohort.start_date,
        mentors=participation.mentors.registered,
        mentees=participation.mentees.registered,
        pairs_formed=pairs.formed,
        completed=pairs.completed,
        ended_early=pairs.ended_early,
        median_first_contact_days=first_contact.median_days,
        share_within_limit=first_contact.share_within_limit,
        sessions=activity.sessions,
        hours=activity.hours,
        evaluations_received=returns.mentors + returns.mentees,
        scale_averages=averages,
    )


def compared_questions(
    asked_by_year: Sequence[dict[Role, list[AskedQuestion]]],
) -> tuple[ComparedQuestion, ...]:
    """Scale questions of any year, in this year's order, others after; newest wording.

    ``asked_by_year`` runs from the oldest year to this one.
    """
    order: list[str] = []
    texts: dict[str, str] = {}
    for asked in reversed(asked_by_year):
        codes: list[str] = []
        for audience in (Role.MENTOR, Role.MENTEE):
            scales = [q for q in asked.get(audience, []) if q.kind == QuestionKind.SCALE]
            codes = merged_order(codes, [q.code for q in scales])
            for q in scales:
                texts.setdefault(q.code, q.text)
        order = merged_order(order, codes)
    return tuple(ComparedQuestion(code, texts[code]) for code in order)
