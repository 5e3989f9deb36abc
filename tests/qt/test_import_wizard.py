"""The import wizard driven like a volunteer would: file, columns, check, finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from mentorat_desktop.models.enums import Role
from mentorat_desktop.services import registration
from mentorat_desktop.services.importing.contract import PreviewRow, RowProblem, RowStatus
from mentorat_desktop.views.item_models.import_preview_table import ImportPreviewModel
from mentorat_desktop.views.wizards.import_wizard import FILE, MAPPING, PREVIEW, ImportWizard

HEADER = (
    "Horodatage;Prénom;Nom;Adresse courriel;Je m'inscris à titre de;Organisation;"
    "Région administrative;Titre d'emploi;Quels sont vos champs d'expertise?;"
    "Mes objectifs de développement;Langue de préférence;Comment avez-vous connu le programme?"
)
ROWS = [
    "2026-05-02 09:15:00;Mélanie;Gagnon;melanie.gagnon@example.org;Mentoré;CISSS de Laval;"
    "Laval;Cheffe de service;;Apprendre à mener une équipe en changement.;Français;Collègue",
    "2026-05-03 14:02:00;Robert;Leclerc;robert.leclerc@example.org;Mentor;"
    "CIUSSS de l'Estrie – CHUS;Estrie;Directeur adjoint;Gestion du changement; Finances;;"
    "Français;Infolettre",
]


def _write(tmp_path: Path, rows: list[str], header: str = HEADER) -> Path:
    path = tmp_path / "inscriptions.csv"
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode("cp1252"))
    return path


def _start(qtbot, context, cohort, path: Path) -> ImportWizard:
    wizard = ImportWizard(context, cohort)
    qtbot.addWidget(wizard)
    wizard.choose_file = lambda: str(path)
    wizard.show()
    wizard.file_page.browse()
    return wizard


def _next(wizard: ImportWizard) -> None:
    if wizard.currentId() == MAPPING:
        wizard.mapping_page.consent.setChecked(True)  # these files have no consent column
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_consent_is_asked_when_the_file_has_no_consent_column(qtbot, context, cohort, tmp_path):
    wizard = _start(qtbot, context, cohort, _write(tmp_path, ROWS))
    _next(wizard)
    assert wizard.currentId() == MAPPING
    wizard.mapping_page.consent.setChecked(False)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == MAPPING
    assert "consentement" in wizard.mapping_page.errors.text()
    _next(wizard)
    assert wizard.currentId() == PREVIEW
    assert wizard.preview_page.model.rowCount() == 2


def test_a_french_semicolon_file_is_imported_end_to_end(qtbot, context, cohort, tmp_path) -> None:
    wizard = _start(qtbot, context, cohort, _write(tmp_path, ROWS))
    _next(wizard)
    assert wizard.currentId() == MAPPING
    fields = wizard.mapping_page.table.columns()
    assert set(fields.values()) >= {"first_name", "last_name", "email", "role", "organisation"}
    _next(wizard)
    assert wizard.currentId() == PREVIEW
    model = wizard.preview_page.model
    assert model.rowCount() == 2
    assert "Comment avez-vous connu le programme?" in wizard.preview_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.result_of_import.created == 2
    rows = registration.list_participants(context.db, cohort.id)
    assert {(r.full_name, r.role) for r in rows} == {
        ("Mélanie Gagnon", Role.MENTEE),
        ("Robert Leclerc", Role.MENTOR),
    }


def test_rows_with_errors_block_finish_until_the_user_leaves_them_out(
    qtbot, context, cohort, tmp_path
) -> None:
    bad = ROWS[0].replace("melanie.gagnon@example.org", "melanie.gagnon@")
    wizard = _start(qtbot, context, cohort, _write(tmp_path, [bad, ROWS[1]]))
    _next(wizard)
    _next(wizard)
    page = wizard.preview_page
    assert page.skip_invalid.isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentId() == PREVIEW and "1 ligne" in page.errors.text()
    assert registration.list_participants(context.db, cohort.id) == []
    page.skip_invalid.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result_of_import.created == 1
    assert [r.full_name for r in registration.list_participants(context.db, cohort.id)] == [
        "Robert Leclerc"
    ]


def test_without_a_role_column_the_role_must_be_chosen(qtbot, context, cohort, tmp_path) -> None:
    header = HEADER.replace("Je m'inscris à titre de", "Remarque")
    wizard = _start(qtbot, context, cohort, _write(tmp_path, ROWS[:1], header))
    _next(wizard)
    page = wizard.mapping_page
    for combo in page.table.combos:
        if combo.currentData() == "role":
            combo.setCurrentIndex(0)
    _next(wizard)
    assert wizard.currentId() == MAPPING and page.errors.isVisible()
    page.role.setCurrentIndex(page.role.findData("mentee"))
    _next(wizard)
    assert wizard.currentId() == PREVIEW


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, context, cohort, tmp_path):
    path = tmp_path / "inscriptions.xlsx"
    path.write_bytes(b"this is not a workbook")
    wizard = _start(qtbot, context, cohort, path)
    _next(wizard)
    assert wizard.currentId() == FILE
    assert wizard.file_page.errors.isVisible() and wizard.file_page.errors.text()


@pytest.fixture
def preview_rows() -> list[PreviewRow]:
    return [
        PreviewRow(2, RowStatus.NEW, "Mélanie Gagnon", "m@example.org", Role.MENTEE, None),
        PreviewRow(
            3,
            RowStatus.ERROR,
            "X",
            "x@",
            None,
            None,
            (RowProblem(3, "Adresse courriel", "x@ n'est pas valide."),),
        ),
    ]


def test_preview_model_passes_the_model_tester(qtmodeltester, preview_rows) -> None:
    model = ImportPreviewModel()
    model.set_rows(preview_rows)
    qtmodeltester.check(model)
    assert model.index(1, ImportPreviewModel.STATUS).data() == "Erreur"
    assert "Adresse courriel" in model.index(1, ImportPreviewModel.PROBLEMS).data()


def test_the_shipped_sample_file_imports_cleanly(qtbot, context, cohort) -> None:
    wizard = ImportWizard(context, cohort)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.sample.click()
    _next(wizard)
    _next(wizard)
    assert wizard.preview.count(RowStatus.ERROR) == 0
    assert wizard.preview.count(RowStatus.NEW) == 12
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result_of_import.created == 12


def test_answers_to_place_are_placed_in_the_wizard_and_remembered(
    qtbot, context, cohort, tmp_path
) -> None:
    from helpers import form_exports

    from mentorat_desktop.services.importing.mapping_memory import remembered_mapping
    from mentorat_desktop.services.importing.reader import read_table
    from mentorat_desktop.views.wizards.import_wizard import PLACE

    path, expected = form_exports.french_labels_with_form_wordings(tmp_path / "a.csv", count=6)
    wizard = _start(qtbot, context, cohort, path)
    _next(wizard)
    _next(wizard)
    assert wizard.currentId() == PLACE
    page = wizard.place_page
    assert page.table.rowCount() == 3  # each wording once
    wordings = [page.table.item(r, 1).text() for r in range(3)]
    assert sorted(wordings) == sorted(form_exports.FORM_STAGES_FR)
    assert [page.table.item(r, 2).text() for r in range(3)] == ["2", "2", "2"]
    [dates] = page.date_boxes.values()
    assert dates.isChecked()  # the timestamps are month first
    combo = page.table.cellWidget(wordings.index("Professionnelle"), 3)
    combo.setCurrentIndex(combo.findData("mid"))
    _next(wizard)
    assert wizard.currentId() == PREVIEW
    assert "9 mars 2026" in wizard.preview_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result_of_import.created == 6
    rows = {r.email: r for r in registration.list_participants(context.db, cohort.id)}
    for person in expected:
        stage = person.to_review[0][1]
        if stage == "Professionnelle":
            assert rows[person.email].career_stage.value == "mid"
            assert rows[person.email].answers_to_review == ()
        else:
            assert rows[person.email].answers_to_review == (("career_stage", stage),)
    remembered = remembered_mapping(read_table(path).headers)
    assert remembered is not None
    assert remembered.values["career_stage"]["professionnelle"] == "mid"


def test_the_wizard_skips_the_placing_step_when_nothing_is_to_place(
    qtbot, context, cohort, tmp_path
) -> None:
    wizard = _start(qtbot, context, cohort, _write(tmp_path, ROWS))
    _next(wizard)
    _next(wizard)
    assert wizard.currentId() == PREVIEW
