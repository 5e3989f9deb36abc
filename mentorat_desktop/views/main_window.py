"""The main window: page navigation, the program-year selector and the menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from mentorat_desktop import __version__
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.cohorts import CohortSummary, list_cohorts
from mentorat_desktop.services.importing.contract import ImportResult
from mentorat_desktop.views import transfer_actions
from mentorat_desktop.views.board.board_controller import BoardController
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog
from mentorat_desktop.views.dialogs.preferences_dialog import PreferencesDialog
from mentorat_desktop.views.documents.document_actions import DocumentActions
from mentorat_desktop.views.documents.documents_menu import credit_statement_menu, documents_menu
from mentorat_desktop.views.pages.dashboard_page import DashboardPage
from mentorat_desktop.views.pages.documents_page import DocumentsPage
from mentorat_desktop.views.pages.evaluations_page import EvaluationsPage
from mentorat_desktop.views.pages.matching_page import MatchingPage
from mentorat_desktop.views.pages.pairs_page import PairsPage
from mentorat_desktop.views.pages.participants_page import ParticipantsPage
from mentorat_desktop.views.pages.resources_page import ResourcesPage
from mentorat_desktop.views.pairs.flows import PairFlows
from mentorat_desktop.views.privacy.privacy_page import PrivacyPage
from mentorat_desktop.views.wizards.import_wizard import ImportWizard

DASHBOARD, PARTICIPANTS, RESOURCES, MATCHING, PAIRS, EVALUATIONS, DOCUMENTS = range(7)


class MainWindow(QMainWindow):
    # Emitted after the user changed preferences; the app rebuilds the window if the
    # language changed, so every text is re-translated.
    preferences_changed = Signal(str)
    open_file_requested = Signal()

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(_("Mentorat — {file}").format(file=context.db.path.name))
        self.setMinimumSize(720, 480)

        # Wizards go through run_dialog, looked up at call time so tests can replace it.
        self.flows = PairFlows(context, self, lambda dialog: self.run_dialog(dialog))
        self.flows.changed.connect(self._pair_changed)
        self.flows.show_pair.connect(self.show_pair)
        self.dashboard = DashboardPage(context, self.flows)
        self.participants = ParticipantsPage(context)
        self.participants.changed.connect(self._cohort_data_changed)
        self.board = BoardController(context.db, self.undo_stack, lambda: context.actor, self)
        self.matching = MatchingPage(context, self.board)
        self.matching.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.board.edited.connect(self._board_edited)
        self.pairs = PairsPage(context, self.flows)
        self.document_actions = DocumentActions(context, self)
        self.document_actions.message.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.documents = DocumentsPage(context)
        self.evaluations = EvaluationsPage(
            context, self, run_dialog=lambda dialog: self.run_dialog(dialog)
        )
        self.evaluations.summary.message.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.evaluations.changed.connect(self._evaluations_changed)
        self.resources = ResourcesPage(context)
        self.resources.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.resources.changed.connect(self._cohort_data_changed)
        self.privacy = PrivacyPage(context)
        self.privacy.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.privacy.changed.connect(self._cohort_data_changed)
        pages: list[tuple[str, QWidget]] = [
            (_("Dashboard"), self.dashboard),
            (_("Participants"), self.participants),
            (_("Resources"), self.resources),
            (_("Matching"), self.matching),
            (_("Pairs"), self.pairs),
            (_("Evaluations"), self.evaluations),
            (_("Documents"), self.documents),
            (_("Privacy"), self.privacy),
        ]
        self.pairs.view.print_button.setMenu(
            documents_menu(
                self.document_actions, self.pairs.current_pairing_id, self.pairs.view.print_button
            )
        )
        self.participants.credits_button.setMenu(
            credit_statement_menu(
                self.document_actions,
                lambda: row.participation_id if (row := self.participants.selected()) else None,
                self.participants.credits_button,
            )
        )
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(_("Pages"))
        self.stack = QStackedWidget()
        for title, page in pages:
            self.navigation.addItem(title)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.cohort_combo = QComboBox()
        self.cohort_combo.setMinimumWidth(180)
        self.cohort_combo.setAccessibleName(_("Program year"))
        self.cohort_combo.currentIndexChanged.connect(self._cohort_selected)
        self._build_actions(pages)
        toolbar = QToolBar(_("Program year"))
        toolbar.setObjectName("cohortToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(_("Program year:") + " "))
        toolbar.addWidget(self.cohort_combo)
        toolbar.addAction(self.new_cohort_action)
        self.addToolBar(toolbar)
        self.statusBar().showMessage(str(context.db.path))
        if context.db.backup is not None:
            self.statusBar().showMessage(
                _(
                    "This file was upgraded; a copy of the previous version was kept in {path}."
                ).format(path=context.db.backup)
            )

        self.reload_cohorts(select_name=context.preferences.last_cohort or None)
        self.navigation.setCurrentRow(DASHBOARD)
        self._restore_geometry()

    # Menus ---------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self, pages: list[tuple[str, QWidget]]) -> None:
        keys = QKeySequence.StandardKey
        self.new_cohort_action = self._action(_("New program year…"), self.new_cohort)
        self.open_action = self._action(
            _("Open another file…"), self.open_file_requested.emit, QKeySequence(keys.Open)
        )
        self.quit_action = self._action(_("Quit"), self.close, QKeySequence(keys.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu = self.menuBar().addMenu(_("&File"))
        file_menu.addAction(self.new_cohort_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.import_action, self.export_menu = transfer_actions.build_menus(
            file_menu, self.import_registrations, self.export, self
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.undo_action = self.undo_stack.createUndoAction(self, _("Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, _("Redo"))
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.find_action = self._action(_("Find a participant"), self.find, QKeySequence(keys.Find))
        preferences_key = QKeySequence(keys.Preferences)
        if preferences_key.isEmpty():
            preferences_key = QKeySequence("Ctrl+,")
        self.preferences_action = self._action(
            _("Preferences…"), self.edit_preferences, preferences_key
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu = self.menuBar().addMenu(_("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu(_("&View"))
        for number, (title, _page) in enumerate(pages):
            action = self._action(
                title,
                lambda _checked=False, n=number: self.navigation.setCurrentRow(n),
                QKeySequence(f"Ctrl+{number + 1}"),
            )
            view_menu.addAction(action)

        self.register_action = self._action(
            _("Register a participant…"), self.register_participant, QKeySequence(keys.New)
        )
        self.edit_participant_action = self._action(
            _("Edit the participant…"), self.participants.edit_selected, QKeySequence("Ctrl+E")
        )
        self.withdraw_action = self._action(
            _("Withdraw the participant…"), self.participants.withdraw_selected
        )
        participants_menu = self.menuBar().addMenu(_("&Participants"))
        for action in (self.register_action, self.edit_participant_action, self.withdraw_action):
            participants_menu.addAction(action)

        help_menu = self.menuBar().addMenu(_("&Help"))
        about = self._action(_("About Mentorat"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # Program years -------------------------------------------------------------------------

    def reload_cohorts(self, select_name: str | None = None) -> None:
        current = select_name or self.current_cohort_name()
        cohorts = list_cohorts(self.context.db)
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.clear()
        for cohort in cohorts:
            self.cohort_combo.addItem(cohort.name, cohort)
        position = self.cohort_combo.findText(current) if current else -1
        self.cohort_combo.setCurrentIndex(position if position >= 0 else (0 if cohorts else -1))
        self.cohort_combo.blockSignals(False)
        self._cohort_selected()

    def current_cohort(self) -> CohortSummary | None:
        data = self.cohort_combo.currentData()
        return data if isinstance(data, CohortSummary) else None

    def current_cohort_name(self) -> str | None:
        cohort = self.current_cohort()
        return cohort.name if cohort else None

    def _cohort_selected(self, _index: int = -1) -> None:
        cohort = self.current_cohort()
        self.dashboard.set_cohort(cohort)
        self.participants.set_cohort(cohort)
        self.matching.set_cohort(cohort)
        self.pairs.set_cohort(cohort)
        self.documents.set_cohort(cohort)
        self.resources.set_cohort(cohort)
        self.evaluations.set_cohort(cohort)
        self.register_action.setEnabled(cohort is not None)
        self.import_action.setEnabled(cohort is not None)
        self.export_menu.setEnabled(cohort is not None)
        if cohort is not None:
            self.context.preferences.last_cohort = cohort.name

    def _cohort_data_changed(self) -> None:
        self.dashboard.set_cohort(self.current_cohort())
        self.resources.reload()
        self.evaluations.reload()
        self.pairs.reload()
        self.board.reload()

    def _evaluations_changed(self) -> None:
        """An evaluation received moves an ended pair to Complete."""
        self.dashboard.set_cohort(self.current_cohort())
        self.pairs.reload()

    def _board_edited(self) -> None:
        self.dashboard.set_cohort(self.current_cohort())
        self.pairs.reload()

    def _pair_changed(self, _pairing_id: int) -> None:
        """A step was recorded: an early end may send a mentee back to the board, an end or
        an evaluation changes the year-end summary."""
        self.dashboard.set_cohort(self.current_cohort())
        self.evaluations.reload()
        self.participants.reload()
        self.board.reload()

    def show_pair(self, pairing_id: int) -> None:
        self.navigation.setCurrentRow(PAIRS)
        self.pairs.select_pair(pairing_id)

    # Commands ------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every modal dialog goes through here, so tests can drive it without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_cohort(self) -> CohortSummary | None:
        dialog = CohortDialog(self.context, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return None
        self.reload_cohorts(select_name=dialog.saved.name)
        return dialog.saved

    def import_registrations(self) -> ImportResult | None:
        cohort = self.current_cohort()
        if cohort is None:
            return None
        wizard = ImportWizard(self.context, cohort, self)
        if not self.run_dialog(wizard) or wizard.result_of_import is None:
            return None
        self.participants.reload()
        self._cohort_data_changed()
        self.statusBar().showMessage(wizard.summary())
        return wizard.result_of_import

    def choose_export_path(self, suggested: str) -> Path | None:
        """The save dialog; tests replace this."""
        return transfer_actions.choose_export_path(self, suggested)

    def export(self, kind: str) -> Path | None:
        cohort = self.current_cohort()
        if cohort is None:
            return None
        path = self.choose_export_path(transfer_actions.default_export_name(kind, cohort))
        if path is None:
            return None
        try:
            rows = transfer_actions.export_to(self.context.db, kind, cohort, path)
        except UserError as error:
            transfer_actions.report_error(self, error)
            return None
        self.statusBar().showMessage(
            ngettext("{n} row exported to {path}.", "{n} rows exported to {path}.", rows).format(
                n=rows, path=path
            )
        )
        return path

    def register_participant(self) -> None:
        self.navigation.setCurrentRow(PARTICIPANTS)
        self.participants.open_registration()

    def find(self) -> None:
        self.navigation.setCurrentRow(PARTICIPANTS)
        self.participants.focus_search()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.context.preferences, self)
        if not self.run_dialog(dialog):
            return
        before = self.context.preferences.language
        dialog.apply_to(self.context.preferences)
        self.context.preferences.save()
        if self.context.preferences.language != before:
            self.preferences_changed.emit(self.context.preferences.language)

    def about(self) -> None:
        QMessageBox.about(
            self,
            _("About Mentorat"),
            _(
                "<p><b>Mentorat</b> {version}</p><p>The mentoring program of the Quebec chapter "
                "of the Canadian College of Health Leaders, on the committee's own computer.</p>"
                "<p>File: {path}</p>"
            ).format(version=__version__, path=self.context.db.path),
        )

    # Window state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        prefs = self.context.preferences
        restored = bool(prefs.window_geometry) and self.restoreGeometry(
            QByteArray.fromBase64(prefs.window_geometry.encode("ascii"))
        )
        if prefs.window_state:
            self.restoreState(QByteArray.fromBase64(prefs.window_state.encode("ascii")))
        if not restored:
            self.resize(1280, 800)

    def save_window_state(self) -> None:
        prefs = self.context.preferences
        prefs.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        prefs.window_state = bytes(self.saveState().toBase64().data()).decode("ascii")
        prefs.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)
