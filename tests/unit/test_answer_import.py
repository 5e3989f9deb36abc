"""Importing questionnaire answers: columns recognised from the questions' texts, cells read
as form services write them, every row checked against the program year, and all accepted
rows written in one transaction through the same path as answers typed in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.answer_files import Answerer, answers_csv, answers_xlsx, headers
from helpers.forms import mentee_form, mentor_form
from helpers.pairs import confirmed_pair
from helpers.questionnaires import answer_all, ended_pair
from sqlalchemy import func, select

from mentorat_desktop import i18n
from mentorat_desktop.errors import UserError
from mentorat_desktop.models import Answer, AuditEntry, Response
from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind, ResponseSource, Role
from mentorat_desktop.services.importing.cells import CellError
from mentorat_desktop.services.importing.contract import ColumnMapping, ImportRefused, RowStatus
from mentorat_desktop.services.importing.mapping_memory import remember_mapping, remembered_mapping
from mentorat_desktop.services.importing.reader import read_table
from mentorat_desktop.services.questionnaires.answer_columns import (
    EMAIL,
    PARTNER,
    SUBMITTED,
    guess_answer_mapping,
    question_key,
    read_answer,
    remember_answer_mapping,
    remembered_answer_mapping,
    unmapped_required,
)
from mentorat_desktop.services.questionnaires.answer_import import apply_answer_import
from mentorat_desktop.services.questionnaires.answer_preview import preview_answers
from mentorat_desktop.services.questionnaires.answers import AnswerValue
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for
from mentorat_desktop.services.questionnaires.editing import save_questions
from mentorat_desktop.services.questionnaires.shapes import (
    ChoiceOption,
    QuestionInfo,
    QuestionnaireInfo,
)
from mentorat_desktop.services.registration import register
from mentorat_desktop.services.withdrawal import withdraw

EVALUATION = QuestionnaireKind.EVALUATION
SELF = QuestionnaireKind.SELF_REFLECTION
MENTEE_EMAIL = "elodie.berube@example.org"  # helpers.forms.mentee_form
MENTOR_EMAIL = "marc.obrien@example.org"  # helpers.forms.mentor_form


@pytest.fixture
def info(db) -> QuestionnaireInfo:
    """The shipped evaluation of mentees, current version."""
    return questionnaire_for(db, EVALUATION, Role.MENTEE)


@pytest.fixture
def pair(db, cohort):
    return ended_pair(db, cohort.id)


def _preview(db, cohort, info, path, mapping: ColumnMapping | None = None):
    table = read_table(path)
    return preview_answers(
        db, cohort.id, info, table, mapping or guess_answer_mapping(table.headers, info)
    )


def _count(db, model) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model))


def _responses(db) -> list[tuple[int, int | None, date, ResponseSource, int]]:
    with db.unit_of_work() as session:
        return [
            (r.participation_id, r.pairing_id, r.submitted_on, r.source, len(r.answers))
            for r in session.scalars(select(Response).order_by(Response.id))
        ]


def _problems(row) -> list[tuple[str, str]]:
    return [(p.column, p.message) for p in row.problems]


# --- columns --------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "legend"), [("fr", True), ("en", True), ("en", False)])
def test_every_question_is_recognised_from_its_text_in_either_language(
    info, language, legend
) -> None:
    file_headers = (*headers(info, language, legend), "Comment avez-vous connu le programme?")

    mapping = guess_answer_mapping(file_headers, info)

    expected = {0: SUBMITTED, 1: EMAIL, 2: PARTNER}
    expected |= {3 + i: question_key(q.code) for i, q in enumerate(info.questions)}
    assert mapping.columns == expected


def test_cut_short_and_reworded_headers_still_find_their_question(info) -> None:
    satisfaction, frequency, comments = (
        info.question("overall_satisfaction"),
        info.question("meeting_frequency"),
        info.question("comments"),
    )
    assert satisfaction and frequency and comments
    file_headers = (
        "Courriel",
        satisfaction.text_fr[:55],  # a form service cut the long question
        "Comment qualifiez-vous la fréquence de nos rencontres ?",  # reworded since
        comments.text_en.upper(),
        "Nom",
    )

    mapping = guess_answer_mapping(file_headers, info)

    assert mapping.columns == {
        0: EMAIL,
        1: question_key("overall_satisfaction"),
        2: question_key("meeting_frequency"),
        3: question_key("comments"),
    }


def test_a_column_answers_one_question_and_a_question_takes_one_column(info) -> None:
    text = info.questions[0].text_fr

    mapping = guess_answer_mapping(("Adresse courriel", text, text + " (bis)"), info)

    assert list(mapping.columns.values()).count(question_key(info.questions[0].code)) == 1
    assert mapping.columns[1] == question_key(info.questions[0].code)


def test_the_partner_column_is_offered_for_evaluations_only(db) -> None:
    reflection = questionnaire_for(db, SELF, Role.MENTEE)

    mapping = guess_answer_mapping(("Adresse courriel", "Courriel de votre mentor"), reflection)

    assert PARTNER not in mapping.columns.values()


def test_unmapped_required_questions_are_named(info) -> None:
    mapping = guess_answer_mapping(headers(info)[:5], info)  # the first two questions only

    missing = unmapped_required(info, mapping)

    assert [q.code for q in missing] == [
        q.code for q in info.questions[2:] if q.required
    ] and missing


def test_the_mapping_is_remembered_per_questionnaire_apart_from_registrations(db, info) -> None:
    file_headers = headers(info)
    chosen = ColumnMapping(columns={1: EMAIL, 3: question_key("trust")})
    other = questionnaire_for(db, EVALUATION, Role.MENTOR)

    remember_answer_mapping(file_headers, info, chosen)

    assert remembered_answer_mapping(file_headers, info) == chosen
    assert remembered_answer_mapping(file_headers, other) is None
    assert remembered_mapping(file_headers) is None
    remember_mapping(file_headers, ColumnMapping(columns={1: "email"}))
    assert remembered_answer_mapping(file_headers, info) == chosen


def test_a_remembered_mapping_naming_a_retired_question_is_not_offered(db, info) -> None:
    file_headers = headers(info)
    remember_answer_mapping(
        file_headers, info, ColumnMapping(columns={1: EMAIL, 3: "question:gone"})
    )

    assert remembered_answer_mapping(file_headers, info) is None


# --- cells ----------------------------------------------------------------------------

_OPTIONS = (
    ChoiceOption("change", "Gestion du changement, des personnes", "Change, people"),
    ChoiceOption("finance", "Finances", "Finance"),
    ChoiceOption("video", "Vidéo", "Video"),
)


def _q(kind: QuestionKind) -> QuestionInfo:
    return QuestionInfo(1, kind.value, 1, kind, "Q", "Q", _OPTIONS, True)


@pytest.mark.parametrize(
    ("kind", "cell", "expected"),
    [
        (QuestionKind.SCALE, 4, AnswerValue(number=4.0)),
        (QuestionKind.SCALE, 5.0, AnswerValue(number=5.0)),
        (QuestionKind.SCALE, "4 - Satisfait", AnswerValue(number=4.0)),
        (QuestionKind.SCALE, " 2: plutôt non", AnswerValue(number=2.0)),
        (QuestionKind.SCALE, "1", AnswerValue(number=1.0)),
        (QuestionKind.YES_NO, "Oui", AnswerValue(number=1.0)),
        (QuestionKind.YES_NO, "non", AnswerValue(number=0.0)),
        (QuestionKind.YES_NO, "FAUX", AnswerValue(number=0.0)),
        (QuestionKind.YES_NO, 1, AnswerValue(number=1.0)),
        (QuestionKind.YES_NO, True, AnswerValue(number=1.0)),
        (QuestionKind.SINGLE_CHOICE, "video", AnswerValue(choices=("video",))),
        (QuestionKind.SINGLE_CHOICE, "VIDEO ", AnswerValue(choices=("video",))),
        (QuestionKind.SINGLE_CHOICE, "vidéo", AnswerValue(choices=("video",))),
        (
            QuestionKind.SINGLE_CHOICE,
            "Gestion du changement, des personnes",
            AnswerValue(choices=("change",)),
        ),
        (
            QuestionKind.MULTIPLE_CHOICE,
            "Gestion du changement, des personnes, Vidéo",
            AnswerValue(choices=("change", "video")),
        ),
        (QuestionKind.MULTIPLE_CHOICE, "Finance;Video", AnswerValue(choices=("finance", "video"))),
        (
            QuestionKind.MULTIPLE_CHOICE,
            "Change, people\nFinances\nfinance",
            AnswerValue(choices=("change", "finance")),
        ),
        (QuestionKind.TEXT, "  Très utile.  ", AnswerValue(text="Très utile.")),
        (QuestionKind.TEXT, None, AnswerValue()),
        (QuestionKind.SCALE, "  ", AnswerValue()),
    ],
)
def test_cells_are_read_as_form_services_write_them(kind, cell, expected) -> None:
    assert read_answer(_q(kind), cell) == expected


@pytest.mark.parametrize(
    ("kind", "cell"),
    [
        (QuestionKind.SCALE, 6),
        (QuestionKind.SCALE, "0 - jamais"),
        (QuestionKind.SCALE, "4,5"),
        (QuestionKind.SCALE, "45"),
        (QuestionKind.SCALE, "Satisfait"),
        (QuestionKind.SCALE, True),
        (QuestionKind.YES_NO, "peut-être"),
        (QuestionKind.SINGLE_CHOICE, "Téléphone"),
        (QuestionKind.MULTIPLE_CHOICE, "Finances, Autre : lecture"),
    ],
)
def test_cells_that_cannot_be_read_are_refused_with_a_message(kind, cell) -> None:
    i18n.set_language("en")

    with pytest.raises(CellError) as refused:
        read_answer(_q(kind), cell)

    assert refused.value.message


# --- preview --------------------------------------------------------------------------


def test_a_clean_file_previews_one_new_row_per_person_without_showing_answers(
    db, cohort, info, pair, tmp_path
) -> None:
    path = answers_csv(tmp_path / "eval.csv", info, [Answerer(MENTEE_EMAIL.upper())])

    preview = _preview(db, cohort, info, path)

    [row] = preview.rows
    assert (row.row, row.status, row.name, row.partner_name) == (
        2,
        RowStatus.NEW,
        "Élodie Bérubé",
        "Marc O'Brien",
    )
    assert row.answered == len(info.questions)
    assert row.form is not None and row.form.pairing_id == pair.pairing_id
    assert row.form.submitted_on == date(2026, 6, 20)
    assert not row.problems
    assert preview.version_id == info.version_id


def test_earlier_answers_are_an_update_and_a_repeated_person_a_duplicate(
    db, cohort, info, pair, tmp_path
) -> None:
    answer_all(db, pair.mentee_id, pair.pairing_id)
    rows = [Answerer(MENTEE_EMAIL), Answerer(MENTEE_EMAIL, scale=2)]

    preview = _preview(db, cohort, info, answers_csv(tmp_path / "e.csv", info, rows))

    assert [r.status for r in preview.rows] == [RowStatus.UPDATE, RowStatus.DUPLICATE]
    duplicate = preview.rows[1]
    assert duplicate.problems[0].column == "Adresse courriel"
    assert "2" in duplicate.problems[0].message


def test_who_cannot_answer_this_questionnaire_is_an_error_on_the_email_column(
    db, cohort, info, pair, tmp_path
) -> None:
    i18n.set_language("en")
    gone = register(db, cohort.id, mentee_form(email="parti@example.org", last_name="Aubry"))
    withdraw(db, gone.participation_id, date(2026, 10, 5), "Déménagement")
    rows = [
        Answerer("inconnu@example.org"),
        Answerer(MENTOR_EMAIL),  # a mentor, in the mentees' questionnaire
        Answerer("parti@example.org"),
        Answerer(""),
    ]

    preview = _preview(db, cohort, info, answers_csv(tmp_path / "e.csv", info, rows))

    assert [r.status for r in preview.rows] == [RowStatus.ERROR] * 4
    assert [_problems(r) for r in preview.rows] == [
        [("Adresse courriel", "No one is registered in 2026-2027 with this e-mail.")],
        [
            (
                "Adresse courriel",
                "This questionnaire is for mentees; Marc O'Brien is a mentor this year.",
            )
        ],
        [("Adresse courriel", "Élodie Aubry has withdrawn from the program this year.")],
        [("Adresse courriel", "The e-mail of the person who answered is missing.")],
    ]
    assert preview.rows[1].name == "Marc O'Brien"
    assert all(r.form is None for r in preview.rows)


def test_the_partner_email_picks_the_pair_when_a_mentor_had_two(db, cohort, pair, tmp_path):
    i18n.set_language("en")
    second = confirmed_pair(
        db,
        cohort.id,
        mentee=mentee_form(email="ana.roy@example.org", first_name="Ana", last_name="Roy"),
        mentor_id=pair.mentor_id,
    )
    info = questionnaire_for(db, EVALUATION, Role.MENTOR)
    rows = [
        Answerer(MENTOR_EMAIL, partner="ANA.ROY@example.org"),
        Answerer(MENTOR_EMAIL, partner=MENTEE_EMAIL),
        Answerer(MENTOR_EMAIL, partner="personne@example.org"),
    ]
    with_partner = answers_csv(tmp_path / "a.csv", info, rows)
    without_partner = answers_csv(tmp_path / "b.csv", info, rows[:1], partner=False)

    chosen = _preview(db, cohort, info, with_partner)
    unclear = _preview(db, cohort, info, without_partner)

    assert [(r.status, r.partner_name) for r in chosen.rows] == [
        (RowStatus.NEW, "Ana Roy"),
        (RowStatus.NEW, "Élodie Bérubé"),
        (RowStatus.ERROR, ""),
    ]
    assert [r.form.pairing_id for r in chosen.rows[:2]] == [second.pairing_id, pair.pairing_id]
    assert _problems(chosen.rows[2]) == [
        (
            "Courriel de votre mentor(e)",
            "Marc O'Brien was not paired with personne@example.org this year.",
        )
    ]
    assert _problems(unclear.rows[0]) == [
        (
            "",
            "Marc O'Brien was in 2 pairs this year: give the partner's e-mail to say which "
            "one is evaluated.",
        )
    ]


def test_someone_without_a_confirmed_pair_has_nothing_to_evaluate(db, cohort, info, tmp_path):
    register(db, cohort.id, mentee_form())
    path = answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL)], partner=False)

    [row] = _preview(db, cohort, info, path).rows

    assert row.status == RowStatus.ERROR and row.name == "Élodie Bérubé"
    assert row.partner_name == ""


def test_bad_cells_and_missing_required_answers_name_their_column(
    db, cohort, info, pair, tmp_path
) -> None:
    i18n.set_language("en")
    overrides = {"overall_satisfaction": "7 - Génial", "trust": "", "comments": "Merci!"}
    path = answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL, overrides=overrides)])

    [row] = _preview(db, cohort, info, path).rows

    columns = headers(info)
    satisfaction = columns[3 + info.questions.index(info.question("overall_satisfaction"))]
    trust = info.question("trust")
    assert row.status == RowStatus.ERROR and row.form is None
    assert _problems(row) == [
        (satisfaction, "“7 - Génial” is not a value from 1 to 5."),
        (columns[2 + trust.position], f"Question {trust.position}: an answer is required."),
    ]
    assert row.answered == len(info.questions) - 2


def test_required_questions_without_a_column_are_one_problem_per_row(
    db, cohort, info, pair, tmp_path
) -> None:
    i18n.set_language("en")
    path = answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL)])
    table = read_table(path)
    mapping = ColumnMapping(columns={1: EMAIL, 3: question_key("overall_satisfaction")})

    [row] = preview_answers(db, cohort.id, info, table, mapping).rows

    required = [str(q.position) for q in info.questions[1:] if q.required]
    assert _problems(row) == [
        ("", f"No column answers questions {', '.join(required)}, which require an answer.")
    ]


def test_a_future_or_unreadable_date_is_an_error_and_no_date_column_means_today(
    db, cohort, info, pair, tmp_path
) -> None:
    rows = [Answerer(MENTEE_EMAIL, submitted="2027-01-15")]
    dated = _preview(db, cohort, info, answers_csv(tmp_path / "a.csv", info, rows))
    table = read_table(answers_csv(tmp_path / "b.csv", info, rows))
    mapping = guess_answer_mapping(table.headers, info)
    undated = preview_answers(
        db, cohort.id, info, table, replace(mapping, columns=_without(mapping, SUBMITTED))
    )

    assert dated.rows[0].status == RowStatus.ERROR
    assert [p.column for p in dated.rows[0].problems] == ["Horodatage"]
    assert undated.rows[0].form.submitted_on == date(2026, 10, 5)
    assert undated.notes


def _without(mapping: ColumnMapping, key: str) -> dict[int, str]:
    return {c: k for c, k in mapping.columns.items() if k != key}


def test_a_mapping_without_email_or_with_a_question_twice_is_refused(
    db, cohort, info, tmp_path
) -> None:
    table = read_table(answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL)]))
    mapping = guess_answer_mapping(table.headers, info)

    with pytest.raises(UserError):
        preview_answers(
            db, cohort.id, info, table, replace(mapping, columns=_without(mapping, EMAIL))
        )
    twice = {**mapping.columns, 0: question_key("trust")}
    with pytest.raises(UserError):
        preview_answers(db, cohort.id, info, table, replace(mapping, columns=twice))


def test_a_self_reflection_is_about_the_person_alone(db, cohort, pair, tmp_path) -> None:
    reflection = questionnaire_for(db, SELF, Role.MENTOR)
    path = answers_xlsx(tmp_path / "auto.xlsx", reflection, [Answerer(MENTOR_EMAIL)])

    [row] = _preview(db, cohort, reflection, path).rows

    assert row.status == RowStatus.NEW and row.form.pairing_id is None
    assert row.form.submitted_on == date(2026, 6, 20)


# --- apply ----------------------------------------------------------------------------


def test_accepted_rows_are_written_as_imported_with_one_audit_entry_of_counts(
    db, cohort, info, pair, tmp_path
) -> None:
    second = ended_pair(
        db,
        cohort.id,
        mentee=mentee_form(email="ana.roy@example.org", first_name="Ana", last_name="Roy"),
        mentor_id=pair.mentor_id,
    )
    answer_all(db, pair.mentee_id, pair.pairing_id, scale=1)
    rows = [
        Answerer(MENTEE_EMAIL, scale=5),
        Answerer("ana.roy@example.org"),
        Answerer("ana.roy@example.org", scale=2),
    ]
    preview = _preview(db, cohort, info, answers_csv(tmp_path / "e.csv", info, rows))
    with db.unit_of_work() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))

    result = apply_answer_import(db, cohort.id, preview, actor="Sophie")

    assert (result.imported, result.replaced, result.skipped) == (2, 1, 1)
    i18n.set_language("en")
    assert result.describe() == "2 answers imported, 1 replaced, 1 skipped."
    written = _responses(db)
    assert [(r[0], r[1], r[2], r[3]) for r in written] == [
        (pair.mentee_id, pair.pairing_id, date(2026, 6, 20), ResponseSource.IMPORTED),
        (second.mentee_id, second.pairing_id, date(2026, 6, 20), ResponseSource.IMPORTED),
    ]
    with db.unit_of_work() as session:
        scales = session.scalars(
            select(Answer.number)
            .join(Response)
            .where(Response.participation_id == pair.mentee_id, Answer.number > 1)
        ).all()
        assert scales and set(scales) == {5.0}  # the earlier answers were replaced
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()[audited:]
    assert [e.action for e in entries] == ["answers_import"]
    trail = f"{entries[0].summary} {entries[0].details}"
    assert entries[0].details["imported"] == 2 and entries[0].actor == "Sophie"
    assert "Bérubé" not in trail and "Roy" not in trail and "example.org" not in trail


def test_rows_in_error_refuse_everything_unless_left_out(db, cohort, info, pair, tmp_path):
    rows = [Answerer(MENTEE_EMAIL), Answerer("inconnu@example.org")]
    preview = _preview(db, cohort, info, answers_csv(tmp_path / "e.csv", info, rows))

    with pytest.raises(ImportRefused):
        apply_answer_import(db, cohort.id, preview)
    assert _count(db, Response) == 0

    result = apply_answer_import(db, cohort.id, preview, skip_invalid=True)

    assert (result.imported, result.replaced, result.skipped) == (1, 0, 1)
    assert [p.row for p in result.errors] == [3]
    assert _count(db, Response) == 1


def test_a_person_withdrawn_after_the_preview_refuses_the_whole_import(
    db, cohort, info, pair, tmp_path
) -> None:
    other = ended_pair(
        db,
        cohort.id,
        mentor=mentor_form(email="ana@example.org", first_name="Ana", last_name="Roy"),
        mentee=mentee_form(email="leo@example.org", first_name="Léo", last_name="Roy"),
    )
    rows = [Answerer(MENTEE_EMAIL), Answerer("leo@example.org")]
    preview = _preview(db, cohort, info, answers_csv(tmp_path / "e.csv", info, rows))
    withdraw(db, other.mentee_id, date(2026, 10, 5), "Départ")

    with pytest.raises(ImportRefused) as refused:
        apply_answer_import(db, cohort.id, preview)

    assert "3" in refused.value.message
    assert _count(db, Response) == 0 and _count(db, Answer) == 0


def test_an_edited_questionnaire_refuses_a_preview_of_the_old_version(
    db, cohort, info, pair, tmp_path
) -> None:
    preview = _preview(
        db, cohort, info, answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL)])
    )
    answer_all(db, pair.mentee_id, pair.pairing_id)
    save_questions(db, info.questionnaire_id, info.drafts()[:-1])  # answered: a version 2

    with pytest.raises(ImportRefused):
        apply_answer_import(db, cohort.id, preview)

    assert [r[3] for r in _responses(db)] == [ResponseSource.ENTERED]
