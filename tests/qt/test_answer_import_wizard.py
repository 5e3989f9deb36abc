"""The answers import wizard driven like a volunteer would: questionnaire and file,
columns, check, finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.answer_files import Answerer, answers_csv, answers_xlsx
from helpers.forms import mentee_form
from helpers.questionnaires import answer_all, ended_pair
from PySide6.QtWidgets import QDialog, QWizard
from sqlalchemy import select

from mentorat_desktop import i18n
from mentorat_desktop.models import Response
from mentorat_desktop.models.enums import QuestionnaireKind, ResponseSource, Role
from mentorat_desktop.services.importing.contract import RowProblem, RowStatus
from mentorat_desktop.services.questionnaires.answer_columns import EMAIL, question_key
from mentorat_desktop.services.questionnaires.answer_preview import AnswerPreviewRow
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for
from mentorat_desktop.views.item_models.answer_preview_table import AnswerPreviewModel
from mentorat_desktop.views.wizards.answer_import_wizard import (
    MAPPING,
    PREVIEW,
    SOURCE,
    AnswerImportWizard,
)

MENTEE_EMAIL = "elodie.berube@example.org"
EVALUATION = QuestionnaireKind.EVALUATION


@pytest.fixture
def pair(db, cohort):
    return ended_pair(db, cohort.id)


@pytest.fixture
def info(db):
    return questionnaire_for(db, EVALUATION, Role.MENTEE)


def _start(qtbot, context, cohort, path: Path, audience: Role = Role.MENTEE):
    wizard = AnswerImportWizard(context, cohort, EVALUATION)
    qtbot.addWidget(wizard)
    wizard.choose_file = lambda: str(path)
    announced: list[str] = []
    wizard.announce = announced.append
    wizard.show()
    page = wizard.source_page
    page.questionnaire.setCurrentIndex(
        next(i for i, q in enumerate(page.infos) if (q.kind, q.audience) == (EVALUATION, audience))
    )
    page.browse()
    return wizard, announced


def _next(wizard: AnswerImportWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _finish(wizard: AnswerImportWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _responses(db) -> list[tuple[int, int | None, ResponseSource]]:
    with db.unit_of_work() as session:
        return [
            (r.participation_id, r.pairing_id, r.source)
            for r in session.scalars(select(Response).order_by(Response.id))
        ]


def test_the_kind_given_preselects_a_questionnaire_of_that_kind(qtbot, context, cohort):
    wizard = AnswerImportWizard(context, cohort, EVALUATION)
    qtbot.addWidget(wizard)

    chosen = wizard.source_page.chosen()

    assert chosen.kind == EVALUATION
    assert str(chosen.version_number) in wizard.source_page.version.text()


def test_an_evaluation_export_is_imported_end_to_end(
    qtbot, context, cohort, pair, info, tmp_path
) -> None:
    path = answers_xlsx(tmp_path / "evaluation.xlsx", info, [Answerer(MENTEE_EMAIL.upper())])
    wizard, announced = _start(qtbot, context, cohort, path)
    assert wizard.source_page.sheet.isEnabled()
    assert wizard.source_page.sheet.currentText() == "Réponses"

    _next(wizard)
    assert wizard.currentId() == MAPPING
    mapped = set(wizard.mapping_page.table.columns().values())
    assert mapped >= {EMAIL} | {question_key(q.code) for q in info.questions}
    assert not wizard.mapping_page.warning.isVisible()

    _next(wizard)
    assert wizard.currentId() == PREVIEW
    model = wizard.preview_page.model
    assert model.rowCount() == 1
    assert model.index(0, AnswerPreviewModel.NAME).data() == "Élodie Bérubé"
    assert model.index(0, AnswerPreviewModel.PARTNER).data() == "Marc O'Brien"
    assert not wizard.preview_page.view.isColumnHidden(AnswerPreviewModel.PARTNER)
    assert not wizard.preview_page.skip_invalid.isVisible()

    _finish(wizard)
    assert QDialog.result(wizard) == QDialog.DialogCode.Accepted
    assert (wizard.result.imported, wizard.result.replaced, wizard.result.skipped) == (1, 0, 0)
    assert announced == [wizard.summary()]
    assert _responses(context.db) == [(pair.mentee_id, pair.pairing_id, ResponseSource.IMPORTED)]


def test_rows_with_errors_block_finish_until_the_user_leaves_them_out(
    qtbot, context, cohort, pair, info, tmp_path
) -> None:
    second = ended_pair(
        context.db,
        cohort.id,
        mentee=mentee_form(email="ana.roy@example.org", first_name="Ana", last_name="Roy"),
        mentor_id=pair.mentor_id,
    )
    answer_all(context.db, second.mentee_id, second.pairing_id)
    rows = [
        Answerer(MENTEE_EMAIL),
        Answerer("inconnu@example.org"),
        Answerer("ana.roy@example.org"),
    ]
    wizard, announced = _start(qtbot, context, cohort, answers_csv(tmp_path / "e.csv", info, rows))
    _next(wizard)
    _next(wizard)
    page = wizard.preview_page
    assert [r.status for r in wizard.preview.rows] == [
        RowStatus.NEW,
        RowStatus.ERROR,
        RowStatus.UPDATE,
    ]
    assert page.skip_invalid.isVisible()

    _finish(wizard)
    assert wizard.currentId() == PREVIEW and page.errors.isVisible()
    assert [r[2] for r in _responses(context.db)] == [ResponseSource.ENTERED]

    page.skip_invalid.setChecked(True)
    _finish(wizard)
    assert (wizard.result.imported, wizard.result.replaced, wizard.result.skipped) == (2, 1, 1)
    i18n.set_language("en")
    assert wizard.summary() == "2 answers imported, 1 replaced, 1 skipped."
    assert len(announced) == 1


def test_the_email_column_is_required_and_unmapped_required_questions_warn(
    qtbot, context, cohort, pair, info, tmp_path
) -> None:
    path = answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL)])
    wizard, _announced = _start(qtbot, context, cohort, path)
    _next(wizard)
    page = wizard.mapping_page
    trust = question_key("trust")
    for combo in page.table.combos:
        if combo.currentData() in (EMAIL, trust):
            combo.setCurrentIndex(0)

    assert page.warning.isVisible()
    assert str(info.question("trust").position) in page.warning.text()
    _next(wizard)
    assert wizard.currentId() == MAPPING and page.errors.isVisible()

    email_combo = page.table.combos[1]
    email_combo.setCurrentIndex(email_combo.findData(EMAIL))
    _next(wizard)
    assert wizard.currentId() == PREVIEW
    assert wizard.preview.count(RowStatus.ERROR) == 1


def test_a_column_chosen_twice_is_refused(qtbot, context, cohort, pair, info, tmp_path) -> None:
    path = answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL)])
    wizard, _announced = _start(qtbot, context, cohort, path)
    _next(wizard)
    combos = wizard.mapping_page.table.combos
    combos[0].setCurrentIndex(combos[0].findData(EMAIL))

    _next(wizard)

    assert wizard.currentId() == MAPPING and wizard.mapping_page.errors.isVisible()


def test_the_mapping_chosen_is_offered_again_for_the_next_export(
    qtbot, context, cohort, pair, info, tmp_path
) -> None:
    path = answers_csv(tmp_path / "e.csv", info, [Answerer(MENTEE_EMAIL)])
    first, _announced = _start(qtbot, context, cohort, path)
    _next(first)
    comments = first.mapping_page.table.combos[-1]
    comments.setCurrentIndex(0)  # the committee keeps the comments out of the file
    _next(first)
    _finish(first)

    again, _announced = _start(qtbot, context, cohort, path)
    _next(again)

    assert again.mapping_page.table.combos[-1].currentData() == ""
    assert again.mapping_page.remembered.text() == i18n._(
        "The columns were set as for the last file with the same headers."
    )


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, context, cohort, tmp_path):
    path = tmp_path / "answers.xlsx"
    path.write_bytes(b"this is not a workbook")
    wizard, _announced = _start(qtbot, context, cohort, path)

    _next(wizard)

    assert wizard.currentId() == SOURCE
    assert wizard.source_page.errors.isVisible() and wizard.source_page.errors.text()


def test_preview_model_passes_the_model_tester(qtmodeltester) -> None:
    model = AnswerPreviewModel()
    model.set_rows(
        [
            AnswerPreviewRow(2, RowStatus.NEW, "Élodie Bérubé", "e@example.org", "Marc", 14, None),
            AnswerPreviewRow(
                3,
                RowStatus.ERROR,
                "",
                "x@example.org",
                "",
                3,
                None,
                (RowProblem(3, "Adresse courriel", "Inconnu."),),
            ),
        ]
    )

    qtmodeltester.check(model)

    assert model.index(1, AnswerPreviewModel.STATUS).data() == "Erreur"
    assert "Adresse courriel" in model.index(1, AnswerPreviewModel.PROBLEMS).data()
    assert model.index(0, AnswerPreviewModel.ANSWERED).data() == "14"
