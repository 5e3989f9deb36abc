"""The committee's questionnaires: shipped defaults installed once, edits that keep earlier
answers meaningful (a new version once someone answered), and edits refused with reasons."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.forms import mentee_form
from helpers.questionnaires import answer_all, questionnaire_json, write_questionnaire
from sqlalchemy import func, select

from mentorat_desktop import i18n
from mentorat_desktop.errors import ValidationFailed
from mentorat_desktop.models import AuditEntry, Questionnaire, QuestionnaireVersion
from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind, Role
from mentorat_desktop.services.questionnaires.answers import response_form
from mentorat_desktop.services.questionnaires.catalog import (
    questionnaire_for,
    questionnaires,
    version_questions,
    versions,
)
from mentorat_desktop.services.questionnaires.defaults import install_defaults, load_defaults
from mentorat_desktop.services.questionnaires.editing import (
    make_code,
    save_questions,
    validate_drafts,
)
from mentorat_desktop.services.questionnaires.shapes import (
    ChoiceOption,
    QuestionDraft,
    QuestionnaireInfo,
)
from mentorat_desktop.services.registration import register

SELF = QuestionnaireKind.SELF_REFLECTION


def _mentee_questionnaire(db) -> QuestionnaireInfo:
    return questionnaire_for(db, SELF, Role.MENTEE)


def _answered_by_a_mentee(db, cohort) -> int:
    mentee = register(db, cohort.id, mentee_form()).participation_id
    return answer_all(db, mentee, kind=SELF, text="Devenir directrice d'ici trois ans.")


def _edits(db) -> list[AuditEntry]:
    with db.unit_of_work() as session:
        entries = list(session.scalars(select(AuditEntry).filter_by(action="questionnaire_edit")))
        session.expunge_all()
        return entries


def _fields(failure: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {e.field for e in failure.value.errors}


def _reworded(info: QuestionnaireInfo, index: int = 0) -> list[QuestionDraft]:
    drafts = list(info.drafts())
    drafts[index] = replace(drafts[index], text_en=drafts[index].text_en + " (reworded)")
    return drafts


def test_a_new_file_shows_the_four_shipped_questionnaires_installed_once(db) -> None:
    first = questionnaires(db)
    again = questionnaires(db)

    assert [(q.kind, q.audience) for q in first] == [
        (SELF, Role.MENTOR),
        (SELF, Role.MENTEE),
        (QuestionnaireKind.EVALUATION, Role.MENTOR),
        (QuestionnaireKind.EVALUATION, Role.MENTEE),
    ]
    assert again == first
    for info in first:
        assert info.version_number == 1
        assert info.title_in("fr") and info.title_in("en")
        assert len(info.questions) >= 1
        codes = [q.code for q in info.questions]
        assert len(set(codes)) == len(codes)
        assert [q.position for q in info.questions] == list(range(1, len(codes) + 1))
    with db.unit_of_work() as session:
        assert install_defaults(session, db.clock) == 0
        assert session.scalar(select(func.count(Questionnaire.id))) == 4
        assert session.scalar(select(func.count(QuestionnaireVersion.id))) == 4


def test_every_shipped_questionnaire_passes_the_editors_checks() -> None:
    shipped = load_defaults()

    assert {(d.kind, d.audience) for d in shipped} == {
        (kind, role) for kind in QuestionnaireKind for role in Role
    }
    for default in shipped:
        assert validate_drafts(default.questions) == []


def test_the_loader_reads_the_shipped_format(tmp_path) -> None:
    write_questionnaire(tmp_path)

    (default,) = load_defaults(tmp_path)

    assert (default.kind, default.audience) == (QuestionnaireKind.EVALUATION, Role.MENTEE)
    assert default.title_en == "Evaluation (mentee)"
    scale, choice = default.questions
    assert (scale.code, scale.kind, scale.required) == ("satisfaction", QuestionKind.SCALE, True)
    assert choice.options == (
        ChoiceOption("in_person", "En personne", "In person"),
        ChoiceOption("video", "Vidéo", "Video"),
    )
    assert choice.options[1].label_in("en") == "Video"


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "survey"},
        {"audience": "coach"},
        {"title": {"fr": "Évaluation"}},
        {"questions": []},
        {"questions": [{"code": "q", "kind": "scale", "text": {"fr": "", "en": "Q?"}}]},
        {
            "questions": [
                {
                    "code": "q",
                    "kind": "single_choice",
                    "text": {"fr": "Q?", "en": "Q?"},
                    "options": [{"code": "a", "fr": "A", "en": "A"}],
                }
            ]
        },
        {"questions": questionnaire_json()["questions"][:1] * 2},
    ],
)
def test_a_broken_shipped_file_is_reported_by_name(tmp_path, changes) -> None:
    write_questionnaire(tmp_path, "evaluation_mentee.json", **changes)

    with pytest.raises(ValueError, match=r"evaluation_mentee\.json"):
        load_defaults(tmp_path)


def test_a_shipped_file_that_is_not_json_is_reported_by_name(tmp_path) -> None:
    (tmp_path / "self_reflection_mentor.json").write_text("{ not json", "utf-8")

    with pytest.raises(ValueError, match=r"self_reflection_mentor\.json"):
        load_defaults(tmp_path)


def test_editing_before_anyone_answered_corrects_version_1_in_place(db) -> None:
    info = _mentee_questionnaire(db)

    saved = save_questions(db, info.questionnaire_id, _reworded(info), actor="Julie")

    assert saved.version_number == 1
    assert saved.version_id == info.version_id
    assert saved.questions[0].text_en.endswith("(reworded)")
    assert saved.questions[0].question_id == info.questions[0].question_id
    assert len(versions(db, info.questionnaire_id)) == 1
    (entry,) = _edits(db)
    assert entry.actor == "Julie"
    assert entry.details["changed"] == [info.questions[0].code]
    assert entry.details["new_version"] is False


def test_editing_after_answers_makes_version_2_and_the_old_response_keeps_its_questions(
    db, cohort, clock
) -> None:
    info = _mentee_questionnaire(db)
    response_id = _answered_by_a_mentee(db, cohort)
    before_form, _ = response_form(db, response_id)
    clock.advance(days=3)
    retired = next(q for q in reversed(info.questions) if q.kind == QuestionKind.TEXT)
    drafts = [d for d in _reworded(info) if d.code != retired.code]

    saved = save_questions(db, info.questionnaire_id, drafts, note="Shorter for 2027")

    assert saved.version_number == 2
    assert saved.version_id != info.version_id
    assert saved.question(retired.code) is None
    assert (saved.answered, saved.total_answered) == (0, 1)
    history = versions(db, info.questionnaire_id)
    assert [(v.number, v.questions, v.responses) for v in history] == [
        (1, len(info.questions), 1),
        (2, len(info.questions) - 1, 0),
    ]
    assert history[1].note == "Shorter for 2027"
    assert history[1].created_at == clock.now()
    old_form, old_info = response_form(db, response_id)
    assert old_info.version_id == info.version_id
    assert old_info.questions == info.questions
    assert old_form.answers == before_form.answers
    assert old_form.answers[retired.code].text == "Devenir directrice d'ici trois ans."
    assert version_questions(db, info.version_id).questions == info.questions
    assert _mentee_questionnaire(db).version_id == saved.version_id


def test_saving_unchanged_questions_writes_nothing(db, cohort) -> None:
    _answered_by_a_mentee(db, cohort)
    info = _mentee_questionnaire(db)

    saved = save_questions(
        db, info.questionnaire_id, list(info.drafts()), titles=(info.title_fr, info.title_en)
    )

    assert saved == info
    assert len(versions(db, info.questionnaire_id)) == 1
    assert _edits(db) == []


def test_a_new_title_alone_makes_no_new_version(db, cohort) -> None:
    info = _mentee_questionnaire(db)
    _answered_by_a_mentee(db, cohort)

    saved = save_questions(
        db, info.questionnaire_id, list(info.drafts()), titles=(" Autoréflexion ", "Self-check")
    )

    assert (saved.title_fr, saved.title_en) == ("Autoréflexion", "Self-check")
    assert saved.version_number == 1
    assert _edits(db)[0].details["titles_changed"] is True


def test_reordering_after_answers_is_a_new_version_in_the_new_order(db, cohort) -> None:
    info = _mentee_questionnaire(db)
    _answered_by_a_mentee(db, cohort)
    drafts = list(reversed(info.drafts()))

    saved = save_questions(db, info.questionnaire_id, drafts)

    assert saved.version_number == 2
    assert [q.code for q in saved.questions] == [d.code for d in drafts]
    assert _edits(db)[0].details["reordered"] is True


def test_a_new_question_gets_a_code_never_used_by_the_questionnaire(db, cohort) -> None:
    info = _mentee_questionnaire(db)
    _answered_by_a_mentee(db, cohort)
    retired = info.questions[0]
    # Retire a question once answers exist: its code stays taken in version 1.
    save_questions(db, info.questionnaire_id, list(info.drafts())[1:])
    again = replace(retired.draft(), code="", text_fr="Nouvelle question", required=False)
    new = QuestionDraft("", QuestionKind.TEXT, "Qu'attendez-vous?", "What do you expect?")

    saved = save_questions(db, info.questionnaire_id, [*list(info.drafts())[1:], again, new])

    codes = [q.code for q in saved.questions]
    assert len(set(codes)) == len(codes)
    assert codes[-2] != retired.code
    assert codes[-2].startswith(make_code(retired.text_en))
    assert codes[-1] == "what_do_you_expect"


def test_make_code_is_a_readable_slug_numbered_when_taken() -> None:
    assert make_code("Qualité du jumelage?") == "qualite_du_jumelage"
    assert make_code("Overall satisfaction", {"overall_satisfaction"}) == "overall_satisfaction_2"
    assert make_code("?!") == "question"
    assert len(make_code("word " * 40)) <= 40


def test_a_question_cannot_change_its_kind_under_the_same_code(db) -> None:
    info = _mentee_questionnaire(db)
    drafts = list(info.drafts())
    scale_row = next(i for i, d in enumerate(drafts) if d.kind == QuestionKind.SCALE)
    drafts[scale_row] = replace(drafts[scale_row], kind=QuestionKind.TEXT)

    with pytest.raises(ValidationFailed) as failure:
        save_questions(db, info.questionnaire_id, drafts)

    assert _fields(failure) == {f"question:{scale_row}"}
    assert _mentee_questionnaire(db) == info


def test_a_retired_code_cannot_come_back_with_another_kind(db, cohort) -> None:
    info = _mentee_questionnaire(db)
    _answered_by_a_mentee(db, cohort)
    row = next(i for i, q in enumerate(info.questions) if q.kind == QuestionKind.SCALE)
    kept = [d for i, d in enumerate(info.drafts()) if i != row]
    save_questions(db, info.questionnaire_id, kept)
    returning = replace(info.questions[row].draft(), kind=QuestionKind.YES_NO)

    with pytest.raises(ValidationFailed) as failure:
        save_questions(db, info.questionnaire_id, [*kept, returning])

    assert _fields(failure) == {f"question:{len(kept)}"}


def _scale(code: str = "", **changes: object) -> QuestionDraft:
    return replace(QuestionDraft(code, QuestionKind.SCALE, "Satisfait?", "Satisfied?"), **changes)


@pytest.mark.parametrize(
    ("drafts", "fields", "message"),
    [
        ([], {"questions"}, "A questionnaire needs at least one question."),
        ([_scale(), _scale(text_fr=" ")], {"question:1"}, "Question 2 needs a French text."),
        ([_scale(text_en="")], {"question:0"}, "Question 1 needs an English text."),
        (
            [_scale(), _scale(), _scale(kind=QuestionKind.SINGLE_CHOICE)],
            {"question:2"},
            "Question 3 needs at least two choices.",
        ),
        (
            [_scale("same"), _scale("same")],
            {"question:1"},
            "Two questions use the code same.",
        ),
        (
            [_scale(text_en="x" * 1001)],
            {"question:0"},
            "Question 1 is too long (at most 1000 characters).",
        ),
    ],
)
def test_invalid_questions_are_refused_with_a_reason(db, drafts, fields, message) -> None:
    i18n.set_language("en")
    info = _mentee_questionnaire(db)

    with pytest.raises(ValidationFailed) as failure:
        save_questions(db, info.questionnaire_id, drafts)

    assert _fields(failure) == fields
    assert message in [e.message for e in failure.value.errors]
    assert _mentee_questionnaire(db) == info


def test_a_choice_needs_labels_in_both_languages_and_blank_rows_are_dropped(db) -> None:
    info = _mentee_questionnaire(db)
    half = QuestionDraft(
        "",
        QuestionKind.MULTIPLE_CHOICE,
        "Formats?",
        "Formats?",
        (ChoiceOption("", "Vidéo", ""), ChoiceOption("", "Téléphone", "Phone")),
    )
    assert _fields_of(validate_drafts([half])) == {"question:0"}

    complete = replace(
        half,
        options=(
            ChoiceOption("", "Vidéo", "Video"),
            ChoiceOption("", "", ""),
            ChoiceOption("", "Téléphone", "Phone"),
        ),
    )
    saved = save_questions(db, info.questionnaire_id, [complete])

    assert [o.code for o in saved.questions[0].options] == ["video", "phone"]


def _fields_of(errors) -> set[str]:
    return {e.field for e in errors}


def test_blank_titles_are_refused(db) -> None:
    info = _mentee_questionnaire(db)

    with pytest.raises(ValidationFailed) as failure:
        save_questions(db, info.questionnaire_id, list(info.drafts()), titles=("", "Self"))

    assert _fields(failure) == {"title_fr"}
