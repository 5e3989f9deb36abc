"""The demo's questionnaires: answers a newcomer can explore, on the right versions."""

from __future__ import annotations

from datetime import date

import pytest

from mentorat_desktop.db import Database
from mentorat_desktop.models.enums import QuestionnaireKind, Role
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.followup.due import DueKind, due_items
from mentorat_desktop.services.questionnaires.answers import response_form
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for, versions
from mentorat_desktop.services.questionnaires.respondents import respondents


@pytest.fixture
def years(db: Database) -> dict[str, int]:
    write_demo(db)
    return {c.name: c.id for c in list_cohorts(db)}


def test_both_years_have_self_reflections_and_evaluations(db: Database, years) -> None:
    for cohort_id in years.values():
        for kind in QuestionnaireKind:
            answered = [r for r in respondents(db, cohort_id, kind) if r.response_id]
            by_role = {role: sum(r.role == role for r in answered) for role in Role}
            # Three or more per role, so the summary shows distributions, not just totals.
            assert min(by_role.values()) >= 3, (kind, by_role)


def test_this_years_mentees_answered_the_edited_evaluation(db: Database, years) -> None:
    mentees = questionnaire_for(db, QuestionnaireKind.EVALUATION, Role.MENTEE)
    history = versions(db, mentees.questionnaire_id)
    assert [v.number for v in history] == [1, 2]
    assert history[1].note and history[0].responses > 0 and history[1].responses > 0
    current = years["2026-2027"]
    answered = [
        r.response_id
        for r in respondents(db, current, QuestionnaireKind.EVALUATION)
        if r.response_id and r.role == Role.MENTEE
    ]
    form, info = response_form(db, answered[0])
    assert info.version_number == 2
    assert "goals_worksheet_useful" in form.answers


def test_a_missing_evaluation_is_a_late_item(db: Database, years) -> None:
    late = [i for i in due_items(db, years["2026-2027"]) if i.kind == DueKind.EVALUATIONS_MISSING]
    assert late


def test_answers_never_come_from_the_future(db: Database, clock, years) -> None:
    for cohort_id in years.values():
        for kind in QuestionnaireKind:
            for r in respondents(db, cohort_id, kind):
                assert r.submitted_on is None or r.submitted_on <= clock.today()
                assert r.submitted_on is None or r.submitted_on >= date(2025, 1, 1)
