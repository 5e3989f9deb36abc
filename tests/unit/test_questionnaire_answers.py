"""Answers to the questionnaires: checked per kind of question, recorded whole or not at all,
one response per person (and pair), on the version they answered, never copied to the audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers.forms import mentee_form, mentor_form
from helpers.pairs import confirmed_pair
from helpers.questionnaires import answer_all, complete_answers, ended_pair
from sqlalchemy import func, select

from mentorat_desktop import i18n
from mentorat_desktop.errors import UserError, ValidationFailed
from mentorat_desktop.models import Answer, AuditEntry, Response
from mentorat_desktop.models.enums import (
    QuestionKind,
    QuestionnaireKind,
    ResponseSource,
    Role,
)
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.questionnaires import answers as answers_module
from mentorat_desktop.services.questionnaires.answers import (
    AnswerValue,
    ResponseForm,
    delete_response,
    record_response,
    response_form,
    validate_response,
)
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for
from mentorat_desktop.services.questionnaires.editing import save_questions
from mentorat_desktop.services.questionnaires.respondents import respondents, response_counts
from mentorat_desktop.services.questionnaires.shapes import (
    ChoiceOption,
    QuestionInfo,
    QuestionnaireInfo,
)
from mentorat_desktop.services.registration import register
from mentorat_desktop.services.withdrawal import withdraw

TODAY = date(2026, 10, 5)
EVALUATION = QuestionnaireKind.EVALUATION
SELF = QuestionnaireKind.SELF_REFLECTION
_FORMATS = (ChoiceOption("video", "Vidéo", "Video"), ChoiceOption("phone", "Téléphone", "Phone"))


def _question(
    position: int, kind: QuestionKind, required: bool = True, code: str = ""
) -> QuestionInfo:
    options = _FORMATS if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE) else ()
    code = code or kind.value
    return QuestionInfo(position, code, position, kind, "Q?", "Q?", options, required)


SAMPLE = QuestionnaireInfo(
    questionnaire_id=1,
    kind=EVALUATION,
    audience=Role.MENTEE,
    title_fr="Évaluation",
    title_en="Evaluation",
    version_id=1,
    version_number=1,
    questions=(
        _question(1, QuestionKind.SCALE),
        _question(2, QuestionKind.YES_NO),
        _question(3, QuestionKind.SINGLE_CHOICE),
        _question(4, QuestionKind.MULTIPLE_CHOICE),
        _question(5, QuestionKind.TEXT),
        _question(6, QuestionKind.SCALE, required=False, code="optional"),
    ),
    answered=0,
    total_answered=0,
)
VALID = {
    "scale": AnswerValue(number=5.0),
    "yes_no": AnswerValue(number=0.0),
    "single_choice": AnswerValue(choices=("phone",)),
    "multiple_choice": AnswerValue(choices=("video", "phone")),
    "text": AnswerValue(text="Très utile."),
}


def _sample_form(**answers: AnswerValue) -> ResponseForm:
    return ResponseForm(1, 1, 1, TODAY, {**VALID, **answers})


def _fields(errors) -> set[str]:
    return {e.field for e in errors}


def test_a_complete_sample_response_is_valid_and_optional_questions_may_stay_blank() -> None:
    assert validate_response(SAMPLE, _sample_form(), TODAY) == []


@pytest.mark.parametrize(
    ("code", "value", "message"),
    [
        ("scale", AnswerValue(number=0.0), "Question 1: choose a value from 1 to 5."),
        ("scale", AnswerValue(number=6.0), "Question 1: choose a value from 1 to 5."),
        ("scale", AnswerValue(number=3.5), "Question 1: choose a value from 1 to 5."),
        ("scale", AnswerValue(number=float("nan")), "Question 1: choose a value from 1 to 5."),
        ("scale", AnswerValue(text="très"), "Question 1: choose a value from 1 to 5."),
        ("yes_no", AnswerValue(number=0.5), "Question 2: answer yes or no."),
        (
            "single_choice",
            AnswerValue(choices=("video", "phone")),
            "Question 3: choose one of the listed answers.",
        ),
        (
            "single_choice",
            AnswerValue(choices=("fax",)),
            "Question 3: choose one of the listed answers.",
        ),
        (
            "multiple_choice",
            AnswerValue(choices=("video", "fax")),
            "Question 4: choose only among the listed answers.",
        ),
        (
            "text",
            AnswerValue(text="x" * 4001),
            "Question 5 is too long (at most 4000 characters).",
        ),
        ("text", AnswerValue(text="   "), "Question 5: an answer is required."),
        ("scale", AnswerValue(), "Question 1: an answer is required."),
    ],
)
def test_each_kind_of_answer_is_checked(code, value, message) -> None:
    i18n.set_language("en")

    errors = validate_response(SAMPLE, _sample_form(**{code: value}), TODAY)

    assert [(e.field, e.message) for e in errors] == [(code, message)]


def test_the_date_is_required_and_not_in_the_future() -> None:
    form = _sample_form()
    form.submitted_on = None
    assert _fields(validate_response(SAMPLE, form, TODAY)) == {"submitted_on"}
    form.submitted_on = TODAY + timedelta(days=1)
    assert _fields(validate_response(SAMPLE, form, TODAY)) == {"submitted_on"}


def test_an_answer_to_a_question_the_version_does_not_ask_is_refused() -> None:
    form = _sample_form(retired=AnswerValue(number=3.0))

    assert _fields(validate_response(SAMPLE, form, TODAY)) == {"retired"}


@pytest.fixture
def pair(db, cohort):
    return ended_pair(db, cohort.id)


def _count(db, model) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count(model.id)))


def test_a_recorded_evaluation_reads_back_as_entered(db, cohort, pair) -> None:
    info = questionnaire_for(db, EVALUATION, Role.MENTEE)
    answers = complete_answers(info, scale=5, text="Une année marquante.")
    optional = next(q for q in info.questions if not q.required)
    answers[optional.code] = AnswerValue()
    form = ResponseForm(pair.mentee_id, info.version_id, pair.pairing_id, TODAY, answers)

    response_id = record_response(db, form, source=ResponseSource.IMPORTED)

    stored, stored_info = response_form(db, response_id)
    assert stored_info == questionnaire_for(db, EVALUATION, Role.MENTEE)
    assert stored.pairing_id == pair.pairing_id
    assert stored.submitted_on == TODAY
    assert optional.code not in stored.answers
    assert stored.answers == {c: v for c, v in answers.items() if c != optional.code}
    assert _count(db, Answer) == len(info.questions) - 1
    (person,) = [r for r in respondents(db, cohort.id, EVALUATION) if r.response_id]
    assert person.source == ResponseSource.IMPORTED


def test_recording_again_replaces_the_earlier_answers(db, pair, clock) -> None:
    first = answer_all(db, pair.mentee_id, pair.pairing_id, scale=2)
    clock.advance(days=1)

    second = answer_all(db, pair.mentee_id, pair.pairing_id, scale=5)

    assert second == first
    assert _count(db, Response) == 1
    stored, info = response_form(db, second)
    scale = next(q for q in info.questions if q.kind == QuestionKind.SCALE)
    assert stored.answers[scale.code] == AnswerValue(number=5.0)
    assert stored.submitted_on == clock.today()


def test_a_mentor_evaluates_each_of_their_pairs_separately(db, cohort, pair) -> None:
    other = ended_pair(
        db,
        cohort.id,
        mentee=mentee_form(email="zoe@example.org", first_name="Zoé"),
        mentor_id=pair.mentor_id,
    )

    answer_all(db, pair.mentor_id, pair.pairing_id, scale=2)
    answer_all(db, pair.mentor_id, other.pairing_id, scale=4)

    assert _count(db, Response) == 2


def test_editing_an_old_response_keeps_the_version_it_answered(db, cohort, pair) -> None:
    old_info = questionnaire_for(db, EVALUATION, Role.MENTEE)
    response_id = answer_all(db, pair.mentee_id, pair.pairing_id, scale=3)
    save_questions(db, old_info.questionnaire_id, list(old_info.drafts())[1:])
    form, info = response_form(db, response_id)
    scale = next(q for q in info.questions if q.kind == QuestionKind.SCALE)
    form.answers[scale.code] = AnswerValue(number=1.0)

    assert record_response(db, form) == response_id

    stored, stored_info = response_form(db, response_id)
    assert stored_info.version_number == 1
    assert stored.answers[scale.code] == AnswerValue(number=1.0)
    assert questionnaire_for(db, EVALUATION, Role.MENTEE).version_number == 2


def test_a_mentor_cannot_answer_the_mentees_questionnaire(db, pair) -> None:
    info = questionnaire_for(db, EVALUATION, Role.MENTEE)
    form = ResponseForm(
        pair.mentor_id, info.version_id, pair.pairing_id, TODAY, complete_answers(info)
    )

    with pytest.raises(UserError, match="O'Brien"):
        record_response(db, form)

    assert _count(db, Response) == 0


def test_a_pair_of_another_program_year_is_refused(db, cohort, pair) -> None:
    next_year = create_cohort(
        db, CohortForm(name="2027-2028", start_date=date(2027, 9, 1), end_date=date(2028, 6, 30))
    )
    again = register(db, next_year.id, mentee_form()).participation_id

    with pytest.raises(UserError):
        answer_all(db, again, pair.pairing_id)

    assert _count(db, Response) == 0


def test_only_the_two_people_of_a_pair_evaluate_it(db, cohort, pair) -> None:
    stranger = register(db, cohort.id, mentee_form(email="autre@example.org")).participation_id

    with pytest.raises(UserError):
        answer_all(db, stranger, pair.pairing_id)


def test_an_evaluation_names_its_pair_and_a_self_reflection_does_not(db, pair) -> None:
    with pytest.raises(UserError):
        answer_all(db, pair.mentee_id, None, kind=EVALUATION)
    with pytest.raises(UserError):
        answer_all(db, pair.mentee_id, pair.pairing_id, kind=SELF)

    assert _count(db, Response) == 0


def test_invalid_answers_are_refused_by_question_code(db, pair) -> None:
    info = questionnaire_for(db, EVALUATION, Role.MENTEE)
    answers = complete_answers(info)
    scale = next(q for q in info.questions if q.kind == QuestionKind.SCALE)
    answers[scale.code] = AnswerValue(number=9.0)
    form = ResponseForm(pair.mentee_id, info.version_id, pair.pairing_id, TODAY, answers)

    with pytest.raises(ValidationFailed) as failure:
        record_response(db, form)

    assert _fields(failure.value.errors) == {scale.code}


def test_a_failed_write_leaves_the_earlier_answers_untouched(db, pair, monkeypatch) -> None:
    response_id = answer_all(db, pair.mentee_id, pair.pairing_id, scale=2, text="Avant")
    before = response_form(db, response_id)

    def broken(*args, **kwargs) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(answers_module.audit, "record", broken)
    with pytest.raises(RuntimeError):
        answer_all(db, pair.mentee_id, pair.pairing_id, scale=5, text="Après")

    assert response_form(db, response_id) == before


def test_the_audit_trail_never_holds_the_answers(db, pair) -> None:
    secret = "Mon mentor m'a aidée à traverser un conflit difficile"
    response_id = answer_all(db, pair.mentee_id, pair.pairing_id, text=secret)
    answer_all(db, pair.mentee_id, pair.pairing_id, text=secret + " (corrigé)")
    delete_response(db, response_id, actor="Julie")

    with db.unit_of_work() as session:
        entries = list(session.scalars(select(AuditEntry)))
        trail = " ".join(f"{e.action} {e.summary} {e.details}" for e in entries)
    assert "response_recorded" in trail
    assert "response_deleted" in trail
    assert "conflit" not in trail
    assert _count(db, Response) == 0
    assert _count(db, Answer) == 0


def test_self_reflection_expects_everyone_registered_and_shows_who_answered(
    db, cohort, pair
) -> None:
    answered = answer_all(db, pair.mentee_id, kind=SELF)
    gone = register(db, cohort.id, mentor_form(email="parti@example.org", last_name="Aubry"))
    withdraw(db, gone.participation_id, TODAY, "Déménagement")

    listed = respondents(db, cohort.id, SELF)

    assert [(r.name, r.role, r.response_id) for r in listed] == [
        ("Élodie Bérubé", Role.MENTEE, answered),
        ("Marc O'Brien", Role.MENTOR, None),
    ]
    assert response_counts(db, cohort.id)[SELF] == (1, 2)


def test_evaluation_expects_both_people_of_each_ended_pair(db, cohort, pair) -> None:
    ongoing = confirmed_pair(
        db,
        cohort.id,
        mentor=mentor_form(email="ana@example.org", first_name="Ana", last_name="Roy"),
        mentee=mentee_form(email="luc@example.org", first_name="Luc", last_name="Côté"),
    )
    mentor_answer = answer_all(db, pair.mentor_id, pair.pairing_id)
    early = answer_all(db, ongoing.mentee_id, ongoing.pairing_id)

    listed = respondents(db, cohort.id, EVALUATION)

    assert [(r.name, r.partner_name, r.response_id) for r in listed] == [
        ("Élodie Bérubé", "Marc O'Brien", None),
        ("Luc Côté", "Ana Roy", early),
        ("Marc O'Brien", "Élodie Bérubé", mentor_answer),
    ]
    assert response_counts(db, cohort.id)[EVALUATION] == (2, 3)


def test_dashboard_counts_agree_with_the_lists_of_respondents(tmp_path, clock) -> None:
    """Counted by the database, the figures are those of the lists, on a full demo year."""
    from mentorat_desktop.db import open_database
    from mentorat_desktop.models.enums import QuestionnaireKind
    from mentorat_desktop.services.cohorts import list_cohorts
    from mentorat_desktop.services.demo import write_demo

    demo = open_database(tmp_path / "demo.sqlite3", clock)
    try:
        write_demo(demo)
        for year in list_cohorts(demo):
            counts = response_counts(demo, year.id)
            for kind in QuestionnaireKind:
                people = respondents(demo, year.id, kind)
                answered = sum(r.response_id is not None for r in people)
                assert counts[kind] == (answered, len(people)), (year.name, kind)
    finally:
        demo.close()
