"""The main window: pages, program years, shortcuts, language switch and remembered geometry."""

from __future__ import annotations

from helpers.forms import mentee_form, mentor_form
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.registration import register
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog
from mentorat_desktop.views.main_window import (
    DASHBOARD,
    DOCUMENTS,
    MATCHING,
    PARTICIPANTS,
    RESOURCES,
    MainWindow,
)


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigation_reaches_every_page(qtbot, context, cohort) -> None:
    window = _window(qtbot, context)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Tableau de bord",
        "Participants",
        "Ressources",
        "Jumelage",
        "Duos",
        "Évaluations",
        "Documents",
        "Activités",
        "Confidentialité",
    ]
    window.navigation.setCurrentRow(PARTICIPANTS)
    assert window.stack.currentWidget() is window.participants
    window.navigation.setCurrentRow(RESOURCES)
    assert window.stack.currentWidget() is window.resources
    window.navigation.setCurrentRow(MATCHING)
    assert window.stack.currentWidget() is window.matching
    window.navigation.setCurrentRow(DOCUMENTS)
    assert window.stack.currentWidget() is window.documents


def test_the_library_leads_to_the_forms_it_names(qtbot, context, cohort) -> None:
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(RESOURCES)
    reader = window.resources.reader
    assert reader.forms_button.menu().actions() == list(reader.form_actions.values())
    reader.form_actions[DocumentKind.GOALS].trigger()
    assert window.stack.currentWidget() is window.documents
    assert window.documents.options.kind() is DocumentKind.GOALS
    window.navigation.setCurrentRow(RESOURCES)
    reader.form_actions[DocumentKind.ENGAGEMENT].trigger()
    assert window.documents.options.kind() is DocumentKind.ENGAGEMENT
    # The engagement form can be printed with its agreements left blank, to fill in by hand.
    assert window.documents.options.blank.isEnabled()


def test_the_most_recent_program_year_is_selected(qtbot, context, cohort) -> None:
    window = _window(qtbot, context)
    assert window.current_cohort_name() == "2026-2027"
    assert window.dashboard.tiles["mentors"].value.text() == "0"


def test_new_program_year_dialog_creates_and_selects_it(qtbot, context, monkeypatch) -> None:
    window = _window(qtbot, context)
    assert window.current_cohort() is None

    def create(dialog: QDialog) -> bool:
        assert isinstance(dialog, CohortDialog)
        dialog.name.setText("2027-2028")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", create)
    window.new_cohort_action.trigger()
    assert window.current_cohort_name() == "2027-2028"
    assert [c.name for c in list_cohorts(context.db)] == ["2027-2028"]
    assert window.participants.register_button.isEnabled()


def test_standard_shortcuts(qtbot, context, cohort) -> None:
    window = _window(qtbot, context)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.register_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.find_action.trigger()
    assert window.stack.currentWidget() is window.participants
    assert window.participants.search.hasFocus() or window.navigation.currentRow() == PARTICIPANTS


def test_language_change_is_saved_and_announced(qtbot, context, monkeypatch) -> None:
    window = _window(qtbot, context)

    def choose_english(dialog: QDialog) -> bool:
        dialog.language.set_code("en")
        dialog.member.setText("Sophie L.")
        return True

    monkeypatch.setattr(window, "run_dialog", choose_english)
    with qtbot.waitSignal(window.preferences_changed) as signal:
        window.preferences_action.trigger()
    assert signal.args == ["en"]
    saved = Preferences.load()
    assert saved.language == "en" and saved.committee_member == "Sophie L."


def test_window_geometry_is_remembered(qtbot, db, clock) -> None:
    context = ViewContext(db, Preferences(), clock)
    window = _window(qtbot, context)
    window.setGeometry(QRect(20, 30, 760, 540))
    window.close()
    reopened = _window(qtbot, ViewContext(db, Preferences.load(), clock))
    assert (reopened.width(), reopened.height()) == (760, 540)
    assert reopened.navigation.currentRow() == DASHBOARD


def test_export_from_the_file_menu_writes_the_chosen_file(
    qtbot, context, cohort, tmp_path, monkeypatch
) -> None:
    import openpyxl
    from helpers.forms import mentee_form

    from mentorat_desktop.services import registration

    registration.register(context.db, cohort.id, mentee_form())
    window = _window(qtbot, context)
    target = tmp_path / "participants.xlsx"
    monkeypatch.setattr(window, "choose_export_path", lambda suggested: target)
    assert window.export("participants") == target
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A2"].value == "Élodie" and sheet.freeze_panes == "A2"
    assert "1 ligne exportée" in window.statusBar().currentMessage()


def test_import_action_refreshes_the_participants(qtbot, context, cohort, monkeypatch) -> None:
    window = _window(qtbot, context)

    def import_sample(wizard: QDialog) -> bool:
        from PySide6.QtWidgets import QWizard

        wizard.show()
        wizard.file_page.sample.click()
        wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.mapping_page.consent.setChecked(True)  # the sample has no consent column
        wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return True

    monkeypatch.setattr(window, "run_dialog", import_sample)
    window.import_action.trigger()
    assert window.participants.model.rowCount() == 12
    assert "12" in window.statusBar().currentMessage()


def test_the_dashboard_lists_what_is_due_with_late_items_in_red(
    qtbot, qtmodeltester, context, cohort, clock
) -> None:
    mentor = register(context.db, cohort.id, mentor_form())
    mentee = register(context.db, cohort.id, mentee_form())
    draft = board_actions.Draft(mentor.participation_id, mentee.participation_id)
    board_actions.make_drafts(context.db, cohort.id, [draft])
    board_actions.confirm(context.db, [mentee.participation_id])
    clock.advance(hours=73)
    window = _window(qtbot, context)
    model = window.dashboard.due_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Prise de contact en retard"
    assert model.index(0, 3).data() == "Élodie Bérubé"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 en retard" in window.dashboard.due_heading.text()


def test_edit_with_nobody_chosen_says_where_to_choose(qtbot, context, cohort) -> None:
    """Ctrl+E from another page, with no participant chosen, used to do nothing at all."""
    register(context.db, cohort.id, mentee_form())
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(DASHBOARD)
    opened: list[QDialog] = []
    window.participants.run_dialog = lambda dialog: opened.append(dialog) or False
    window.participants.table.clearSelection()
    window.participants.table.setCurrentIndex(window.participants.table.model().index(-1, -1))
    window.edit_participant_action.trigger()
    assert window.navigation.currentRow() == PARTICIPANTS
    assert window.statusBar().currentMessage() == "Choisissez d'abord un participant dans la liste."
    assert opened == []
    window.participants.table.selectRow(0)
    window.edit_participant_action.trigger()
    assert len(opened) == 1
