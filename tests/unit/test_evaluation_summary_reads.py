"""The year-end summary's grouped reads against a plain reading of the same file.

``summarise`` counts with a few statements built once over the tables' columns; here every
figure of each demo year is counted again from the mapped objects, one response and one
answer at a time, in French and in English, and the privacy rule is checked on the result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pytest
from conftest import NOW
from sqlalchemy import select

from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import open_database
from mentorat_desktop.models import (
    ActivityInvitation,
    ActivityRequest,
    MentoringSession,
    Pairing,
    Participation,
    Response,
    TrainingActivity,
)
from mentorat_desktop.models.enums import (
    ActivityKind,
    ActivityStatus,
    Attendance,
    EndKind,
    PairingStatus,
    ParticipationStatus,
    QuestionKind,
    QuestionnaireKind,
    Role,
)
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.evaluation_summary import (
    MIN_RESPONDENTS,
    AudienceAnswers,
    YearSummary,
    compare_years,
    compared_years,
    comparison_of,
    summarise,
    year_column,
)


@dataclass
class Recount:
    """One year's figures, counted object by object."""

    registered: Counter[Role] = field(default_factory=Counter)
    withdrawn: Counter[Role] = field(default_factory=Counter)
    pairs: Counter[str] = field(default_factory=Counter)
    sessions: int = 0
    minutes: int = 0
    returns: Counter[Role] = field(default_factory=Counter)
    from_ended_pairs: int = 0
    # (audience, code) -> answers given, values chosen, different people
    answers: Counter[tuple[Role, str]] = field(default_factory=Counter)
    values: defaultdict[tuple[Role, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    people: defaultdict[tuple[Role, str], set[int]] = field(
        default_factory=lambda: defaultdict(set)
    )
    training: dict[str, object] = field(default_factory=dict)


def recount(db, cohort_id: int) -> Recount:
    found = Recount()
    with db.unit_of_work() as session:
        for p in session.scalars(select(Participation).filter_by(cohort_id=cohort_id)):
            if p.status == ParticipationStatus.WITHDRAWN:
                found.withdrawn[p.role] += 1
            else:
                found.registered[p.role] += 1
        for pair in session.scalars(select(Pairing).filter_by(cohort_id=cohort_id)):
            if pair.status == PairingStatus.DRAFT:
                continue
            found.pairs["formed"] += 1
            if pair.status == PairingStatus.ENDED:
                found.pairs["ended normally" if pair.end_kind == EndKind.NORMAL else "early"] += 1
        for logged in session.scalars(
            select(MentoringSession).join(Pairing).where(Pairing.cohort_id == cohort_id)
        ):
            found.sessions += 1
            found.minutes += logged.duration_minutes or 0
        for response in session.scalars(select(Response)):
            questionnaire = response.version.questionnaire
            if (
                response.participation.cohort_id != cohort_id
                or questionnaire.kind != QuestionnaireKind.EVALUATION
            ):
                continue
            audience = questionnaire.audience
            found.returns[audience] += 1
            if response.pairing is not None and response.pairing.status == PairingStatus.ENDED:
                found.from_ended_pairs += 1
            for answer in response.answers:
                key = (audience, answer.question.code)
                kind = answer.question.kind
                if kind in (QuestionKind.SCALE, QuestionKind.YES_NO):
                    if answer.number is None:
                        continue
                    value = str(round(answer.number))
                    if kind == QuestionKind.YES_NO:
                        value = "yes" if answer.number >= 0.5 else "no"
                    found.values[key][value] += 1
                elif kind == QuestionKind.TEXT:
                    if not (answer.text or "").strip():
                        continue
                else:
                    if not answer.choices:
                        continue
                    found.values[key].update(set(answer.choices))
                found.answers[key] += 1
                found.people[key].add(response.participation.person_id)
        activities = list(session.scalars(select(TrainingActivity).filter_by(cohort_id=cohort_id)))
        held = [a for a in activities if a.status == ActivityStatus.HELD]
        marks = [
            i.attendance
            for i in session.scalars(select(ActivityInvitation))
            if i.activity in held and i.attendance is not None
        ]
        requests = list(session.scalars(select(ActivityRequest).filter_by(cohort_id=cohort_id)))
        found.training = {
            "planned": sum(a.status == ActivityStatus.PLANNED for a in activities),
            "cancelled": sum(a.status == ActivityStatus.CANCELLED for a in activities),
            "held_by_kind": tuple(
                (kind, n) for kind in ActivityKind if (n := sum(a.kind == kind for a in held))
            ),
            "invited": len(marks),
            "attended": marks.count(Attendance.PRESENT),
            "excused": marks.count(Attendance.EXCUSED),
            "requests": len(requests),
            "requests_answered": sum(r.activity_id is not None for r in requests),
        }
    return found


def audiences(summary: YearSummary) -> dict[tuple[Role, str], AudienceAnswers]:
    """Each question's figures by audience; a question asked of both but worded apart is
    still one code."""
    return {
        (answers.audience, question.code): answers
        for question in summary.questions
        for answers in question.audiences
    }


@pytest.fixture(scope="module")
def demo_years(tmp_path_factory):
    """The demo file, written once for this module's tests (read only below)."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3", FixedClock(NOW))
    write_demo(db)
    yield db, [c.id for c in list_cohorts(db)]
    db.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_figure_matches_a_plain_reading_of_the_file(demo_years, language) -> None:
    db, years = demo_years
    assert len(years) >= 2
    for cohort_id in years:
        summary = summarise(db, cohort_id, language)
        expected = recount(db, cohort_id)
        people = summary.participation
        assert (people.mentors.registered, people.mentees.registered) == (
            expected.registered[Role.MENTOR],
            expected.registered[Role.MENTEE],
        )
        assert (people.mentors.withdrawn, people.mentees.withdrawn) == (
            expected.withdrawn[Role.MENTOR],
            expected.withdrawn[Role.MENTEE],
        )
        assert (summary.pairs.formed, summary.pairs.completed, summary.pairs.ended_early) == (
            expected.pairs["formed"],
            expected.pairs["ended normally"],
            expected.pairs["early"],
        )
        assert (summary.activity.sessions, summary.activity.minutes) == (
            expected.sessions,
            expected.minutes,
        )
        returns = summary.evaluations
        assert (returns.mentors, returns.mentees, returns.from_ended_pairs) == (
            expected.returns[Role.MENTOR],
            expected.returns[Role.MENTEE],
            expected.from_ended_pairs,
        )
        assert summary.training is not None
        assert {
            name: getattr(summary.training, name) for name in expected.training
        } == expected.training

        shown = audiences(summary)
        assert set(shown) >= set(expected.answers)  # every answered question is there
        for key, answers in shown.items():
            assert answers.respondents == expected.answers[key], key
            assert answers.persons == len(expected.people[key]), key
            if answers.shown:
                counted = {v.code: v.count for v in answers.distribution if v.count}
                assert counted == dict(expected.values[key]), key


def test_both_languages_count_the_same(demo_years) -> None:
    db, years = demo_years
    for cohort_id in years:
        french, english = summarise(db, cohort_id, "fr"), summarise(db, cohort_id, "en")
        assert french.pairs.formed == english.pairs.formed
        assert french.activity == english.activity
        assert french.evaluations == english.evaluations
        assert [(a.respondents, a.persons, a.average) for a in audiences(french).values()] == [
            (a.respondents, a.persons, a.average) for a in audiences(english).values()
        ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_small_groups_show_only_how_many_answered(demo_years, language) -> None:
    db, years = demo_years
    hidden = 0
    for cohort_id in years:
        for answers in audiences(summarise(db, cohort_id, language)).values():
            assert answers.shown == (answers.persons >= MIN_RESPONDENTS)
            if not answers.shown:
                hidden += 1
                assert answers.distribution == () and answers.comments == ()
                assert answers.average is None and answers.share_yes is None
    assert hidden  # the demo has questions too few people answered


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_comparison_read_a_year_at_a_time_is_the_one_read_at_once(demo_years, language) -> None:
    db, years = demo_years
    for cohort_id in years:
        columns = [year_column(db, year, language) for year in compared_years(db, cohort_id)]
        assert comparison_of(columns) == compare_years(db, cohort_id, language)
        assert comparison_of(columns) == summarise(db, cohort_id, language).comparison
