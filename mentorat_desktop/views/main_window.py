"""The main window: page navigation, the program-year selector and the menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop import __version__
from mentorat_desktop.i18n import N_, _
from mentorat_desktop.views.find_commands import FindCommands
from mentorat_desktop.views.opening import opening_notice
from mentorat_desktop.views.page_indexes import (
    ACTIVITIES,
    DASHBOARD,
    DOCUMENTS,
    EVALUATIONS,
    MATCHING,
    PAGE_NAMES,
    PAIRS,
    PARTICIPANTS,
    PRIVACY,
    RESOURCES,
)
from mentorat_desktop.views.page_slots import PageAttribute, PageSlots, PageSpec, load_year
from mentorat_desktop.views.privacy_commands import PrivacyCommands
from mentorat_desktop.views.style import NAVIGATION_WIDTH
from mentorat_desktop.views.text_size import saved_scale
from mentorat_desktop.views.transfer_commands import TransferCommands
from mentorat_desktop.views.undo_pages import PageHistory
from mentorat_desktop.views.welcome.demo_banner import DemoBanner, is_demo_file
from mentorat_desktop.views.window_fit import fit_to_screen
from mentorat_desktop.views.window_menus import WindowMenus

if TYPE_CHECKING:
    # The file's code (SQLAlchemy, the models) loads once the window is on screen.
    from mentorat_desktop.preferences import Preferences
    from mentorat_desktop.services.cohorts import CohortSummary

    # The pages are imported when first built: each brings its own libraries.
    from mentorat_desktop.views.board.board_controller import BoardController
    from mentorat_desktop.views.context import ViewContext
    from mentorat_desktop.views.documents.document_actions import DocumentActions
    from mentorat_desktop.views.pages.activities_page import ActivitiesPage
    from mentorat_desktop.views.pages.dashboard_page import DashboardPage
    from mentorat_desktop.views.pages.documents_page import DocumentsPage
    from mentorat_desktop.views.pages.evaluations_page import EvaluationsPage
    from mentorat_desktop.views.pages.matching_page import MatchingPage
    from mentorat_desktop.views.pages.pairs_page import PairsPage
    from mentorat_desktop.views.pages.participants_page import ParticipantsPage
    from mentorat_desktop.views.pages.resources_page import ResourcesPage
    from mentorat_desktop.views.pairs.flows import PairFlows
    from mentorat_desktop.views.privacy.privacy_actions import PrivacyActions
    from mentorat_desktop.views.privacy.privacy_page import PrivacyPage
    from mentorat_desktop.views.safekeeping.data_version import DataVersionWatcher
    from mentorat_desktop.views.safekeeping.read_only import EditingLock, ReadOnlyBanner
    from mentorat_desktop.views.safekeeping.waiting import WaitingNotice
    from mentorat_desktop.views.welcome.welcome_page import WelcomePage

__all__ = [  # the page indexes, where tests and callers have always found them
    "ACTIVITIES",
    "DASHBOARD",
    "DOCUMENTS",
    "EVALUATIONS",
    "MATCHING",
    "PAGE_NAMES",
    "PAIRS",
    "PARTICIPANTS",
    "PRIVACY",
    "RESOURCES",
    "MainWindow",
]


class MainWindow(WindowMenus, PrivacyCommands, TransferCommands, FindCommands, QMainWindow):
    """The pages, the year selector and the menus; the menus' commands live in the mixins
    (window_menus, privacy_commands, transfer_commands, find_commands)."""

    # Emitted after the user changed preferences; the app rebuilds the window if the
    # language changed, so every text is re-translated.
    preferences_changed = Signal(str)
    open_file_requested = Signal()
    restore_requested = Signal(Path)
    demo_requested = Signal()
    first_painted = Signal()  # the frame is on screen (the file may still be opening)
    ready = Signal()  # the file is open and the window painted with what it holds

    dashboard: PageAttribute[DashboardPage] = PageAttribute(DASHBOARD)
    participants: PageAttribute[ParticipantsPage] = PageAttribute(PARTICIPANTS)
    resources: PageAttribute[ResourcesPage] = PageAttribute(RESOURCES)
    matching: PageAttribute[MatchingPage] = PageAttribute(MATCHING)
    pairs: PageAttribute[PairsPage] = PageAttribute(PAIRS)
    evaluations: PageAttribute[EvaluationsPage] = PageAttribute(EVALUATIONS)
    documents: PageAttribute[DocumentsPage] = PageAttribute(DOCUMENTS)
    activities: PageAttribute[ActivitiesPage] = PageAttribute(ACTIVITIES)
    privacy: PageAttribute[PrivacyPage] = PageAttribute(PRIVACY)
    # Set by attach(), once the file is open.
    context: ViewContext
    welcome: WelcomePage
    flows: PairFlows
    waiting: WaitingNotice

    def __init__(
        self,
        context: ViewContext | None = None,
        *,
        path: Path | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        """With a ``context``, the window on its open file. With only the file's ``path`` and
        the ``preferences``, the window's frame (menus, page list, "Opening the file…"), shown
        while the file opens; ``attach`` then fills it. The frame loads no database code."""
        super().__init__()
        if context is not None:
            path, preferences = context.db.path, context.preferences
        if path is None or preferences is None:
            raise TypeError("MainWindow needs a context, or a path and preferences")
        self._path = path
        self._preferences = preferences
        self.opened = False  # True once the file is open and the pages can show it
        self._painted_once = False
        self._ready_pending = False
        self.watcher: DataVersionWatcher | None = None
        self.history = PageHistory(self)
        self.setWindowTitle(_("Mentorat — {file}").format(file=path.name))
        self.setMinimumSize(720, 480)

        # Each page keeps its own undo history; the board's steps live on the matching page's.
        self.undo_stack = QUndoStack(self)
        self._document_actions: DocumentActions | None = None
        self._privacy_actions: PrivacyActions | None = None
        self._specs = specs = self.page_specs()
        self._pages = PageSlots(len(specs))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(_("Pages"))
        # As wide as its longest page name at any text size, and never a sideways scroll bar.
        self.navigation.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        # By name: the Qt namespace's Python enums take longer to make than the window's frame
        # (nothing painted first needs them).
        self.navigation.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.stack = QStackedWidget()
        for spec in specs:
            self.navigation.addItem(spec.title)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        # Never narrower than that either: at large text the pages beside it squeezed it to
        # the style sheet's least width, and "Tableau de bord" lost its last letters.
        self.navigation.ensurePolished()
        self.navigation.setMinimumWidth(max(NAVIGATION_WIDTH, self.navigation.sizeHint().width()))
        opening_notice(self.stack.widget(DASHBOARD))
        self.navigation.currentRowChanged.connect(self._show_page)

        pages_area = QWidget()
        layout = QHBoxLayout(pages_area)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        # An empty file opens on the welcome page (added by attach: it is not painted first,
        # and needs Qt's namespace enums); the pages come once a year exists.
        self.body = QStackedWidget()
        self.body.addWidget(pages_area)
        central = QWidget()
        self._outer = outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        self.demo_banner = DemoBanner() if is_demo_file(path) else None
        if self.demo_banner is not None:
            outer.addWidget(self.demo_banner)
        self.read_only_banner: ReadOnlyBanner | None = None
        outer.addWidget(self.body, 1)
        self.setCentralWidget(central)

        self.cohort_combo = QComboBox()
        self.cohort_combo.setMinimumWidth(180)
        self.cohort_combo.setAccessibleName(_("Program year"))
        self.cohort_combo.currentIndexChanged.connect(self._cohort_selected)
        self._build_actions([spec.title for spec in specs])
        toolbar = QToolBar(_("Program year"))
        toolbar.setObjectName("cohortToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(_("Program year:") + " "))
        toolbar.addWidget(self.cohort_combo)
        toolbar.addAction(self.new_cohort_action)
        self.addToolBar(toolbar)
        self.statusBar().showMessage(str(path))
        self.editing_lock: EditingLock | None = None
        # Until the file is open, what needs it waits: greyed, its keys do nothing.
        self._held_until_open = [action for action in self._file_actions() if action.isEnabled()]
        for action in self._held_until_open:
            action.setEnabled(False)
        self.navigation.setCurrentRow(DASHBOARD)
        self._restore_geometry()
        if context is not None:
            self.attach(context)

    def _file_actions(self) -> list[QAction]:
        """The commands that act on the open file (Quit, the page list, the guide and the
        View menu's page keys work before it is open)."""
        return [
            self.new_cohort_action,
            self.cohort_settings_action,
            self.open_action,
            self.import_action,
            self.export_menu.menuAction(),
            *self.export_menu.actions(),
            self.backup_action,
            self.restore_action,
            self.find_action,
            self.find_anything_action,
            self.preferences_action,
            self.board_menu.menuAction(),
            self.register_action,
            self.edit_participant_action,
            self.withdraw_action,
            self.export_person_action,
            self.erase_person_action,
            self.shortcuts_action,
            self.about_action,
        ]

    def attach(self, context: ViewContext) -> None:
        """The file is open: fill the window with it (year list, the page on screen) and let
        the commands that need it work."""
        from mentorat_desktop.views.pairs.flows import PairFlows
        from mentorat_desktop.views.safekeeping.data_version import DataVersionWatcher
        from mentorat_desktop.views.safekeeping.waiting import WaitingNotice
        from mentorat_desktop.views.welcome.welcome_page import WelcomePage

        self.context = context
        self.welcome = WelcomePage(context.db.path)
        self.welcome.start_year_requested.connect(self.new_cohort)
        self.welcome.import_requested.connect(self.import_into_new_year)
        self.welcome.demo_requested.connect(self.demo_requested)
        self.welcome.open_file_requested.connect(self.open_file_requested)
        self.body.addWidget(self.welcome)
        self.watcher = DataVersionWatcher(context.db, self)
        # Another copy or a command writing: actions wait their turn, saying so if long.
        self.waiting = WaitingNotice(self)
        self.waiting.attach(context.db)
        self.watcher.changed_elsewhere.connect(self.changed_elsewhere)
        self.watcher.file_gone.connect(self.file_gone)
        # Wizards go through run_dialog, looked up at call time so tests can replace it.
        self.flows = PairFlows(context, self, lambda dialog: self.run_dialog(dialog))
        self.flows.changed.connect(self._pair_changed)
        self.flows.show_pair.connect(self.show_pair)
        self.flows.undo_stack = lambda: self.history.active_stack()
        if context.db.read_only:
            from mentorat_desktop.views.safekeeping.read_only import EditingLock, ReadOnlyBanner

            self.read_only_banner = ReadOnlyBanner(context.db.path)
            self._outer.insertWidget(self._outer.indexOf(self.body), self.read_only_banner)
        if context.db.backup is not None:
            self.statusBar().showMessage(
                _(
                    "This file was upgraded; a copy of the previous version was kept in {path}."
                ).format(path=context.db.backup)
            )
        for action in self._held_until_open:
            action.setEnabled(True)
        self._held_until_open = []
        if context.db.read_only:
            self.setWindowTitle(
                _("Mentorat — {file} (read-only)").format(file=context.db.path.name)
            )
            self.editing_lock = EditingLock(self)
            self.editing_lock.hold(
                (
                    self.new_cohort_action,
                    self.cohort_settings_action,
                    self.erase_person_action,
                    self.import_action,
                    self.restore_action,
                    self.register_action,
                    self.edit_participant_action,
                    self.withdraw_action,
                    self.undo_action,
                    self.redo_action,
                    self.welcome.start_button,
                    self.welcome.import_button,
                )
            )
        self.opened = True
        # Once the window is ready, the other pages' code loads while the user looks at it.
        from mentorat_desktop.views.page_preload import PagePreload

        self.page_preload = PagePreload(self)
        self.ready.connect(self.page_preload.start)
        self.reload_cohorts(select_name=context.preferences.last_cohort or None)
        self._show_page(self.navigation.currentRow())  # the one chosen while it opened, if any
        self.unsetCursor()
        self._ready_pending = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """``first_painted`` once the frame is on screen, ``ready`` once the opened file is."""
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self._on_first_paint)
        if self._ready_pending:
            self._ready_pending = False
            QTimer.singleShot(0, self.ready.emit)

    def _on_first_paint(self) -> None:
        """The frame is on screen: a busy cursor while the file opens (set now rather than with
        the frame, as it needs the Qt namespace's enums)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        if not self.opened:
            self.setCursor(Qt.CursorShape.BusyCursor)
            QGuiApplication.sync()  # on screen before the file's opening holds the event loop
        self.first_painted.emit()

    # Pages ---------------------------------------------------------------------------------

    def page_specs(self) -> list[PageSpec]:
        """The pages in navigation order; a page's index is its place here."""
        return [
            PageSpec(N_("Dashboard"), self._build_dashboard, reload=load_year),
            PageSpec(N_("Participants"), self._build_participants),
            PageSpec(N_("Resources"), self._build_resources),
            PageSpec(
                N_("Matching"),
                self._build_matching,
                reload=lambda page, _c: page.controller.reload(),
            ),
            PageSpec(N_("Pairs"), self._build_pairs),
            PageSpec(N_("Evaluations"), self._build_evaluations),
            PageSpec(N_("Documents"), self._build_documents),
            PageSpec(N_("Activities"), self._build_activities),
            PageSpec(
                N_("Privacy"),
                self._build_privacy,
                load=lambda page, _cohort: page.reload(),  # every year: not one year's page
                reload=lambda page, _cohort: page.reload(),
            ),
        ]

    def page(self, index: int) -> QWidget:
        """Page ``index``, built if it never was, and showing what the file holds now."""
        page = self._pages.pages[index]
        if page is None:
            page = self._specs[index].build()
            self._pages.pages[index] = page
            if self.editing_lock is not None:
                self.editing_lock.lock_page(PAGE_NAMES[index], page)
            shown = self.stack.currentIndex()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(shown)
        self._refresh(index)
        return page

    def _refresh(self, index: int) -> None:
        page = self._pages.pages[index]
        if page is None:
            return
        cohort = self.current_cohort()
        year = cohort.id if cohort else None
        need = self._pages.needs(index, year)
        if need is None:
            return
        self._pages.loaded(index, year)  # first: loading may ask for the page again
        spec = self._specs[index]
        (spec.load if need == "load" else spec.reload)(page, cohort)

    def pages_changed(self, *indexes: int) -> None:
        """The file changed in ways these pages show: the one on screen reloads now, the
        others when next shown."""
        for index in indexes:
            self._pages.stale[index] = True
        shown = self.stack.currentIndex()
        if shown in indexes:
            self._refresh(shown)

    def _show_page(self, index: int) -> None:
        if index < 0 or not self.opened:  # still opening: the page comes with the file
            return
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        self.history.show_page(page)

    @property
    def document_actions(self) -> DocumentActions:
        """Saving and printing documents, set up when a page first offers them (reportlab
        comes with them)."""
        if self._document_actions is None:
            from mentorat_desktop.views.documents.document_actions import DocumentActions

            self._document_actions = DocumentActions(self.context, self)
            self._document_actions.message.connect(self._status)
        return self._document_actions

    @property
    def board(self) -> BoardController:
        return self.matching.controller

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _build_dashboard(self) -> QWidget:
        from mentorat_desktop.views.pages.dashboard_page import DashboardPage

        page = DashboardPage(self.context, self.flows)
        page.show_activity.connect(self.show_activity)
        page.anonymise_requested.connect(
            lambda cohort_id, name: self.anonymise_year(cohort_id, name)
        )
        return page

    def _build_participants(self) -> QWidget:
        from mentorat_desktop.views.documents.documents_menu import credit_statement_menu
        from mentorat_desktop.views.pages.participants_page import ParticipantsPage

        page = ParticipantsPage(self.context)
        page.undo_stack = self.history.stack_for(page)
        page.changed.connect(self._cohort_data_changed)
        page.import_requested.connect(self.import_registrations)
        page.credits_button.setMenu(
            credit_statement_menu(
                self.document_actions,
                lambda: row.participation_id if (row := page.selected()) else None,
                page.credits_button,
            )
        )
        privacy_menu = QMenu(page.privacy_button)
        privacy_menu.addAction(self.export_person_action)
        privacy_menu.addAction(self.erase_person_action)
        page.privacy_button.setMenu(privacy_menu)
        page.selection_changed.connect(self._participant_selected)
        self._participant_selected()
        return page

    def _build_resources(self) -> QWidget:
        from mentorat_desktop.views.pages.resources_page import ResourcesPage

        page = ResourcesPage(self.context)
        page.message.connect(self._status)
        page.changed.connect(self._cohort_data_changed)
        page.form_requested.connect(self._show_form)
        return page

    def _build_matching(self) -> QWidget:
        from mentorat_desktop.views.board.board_controller import BoardController
        from mentorat_desktop.views.pages.matching_page import MatchingPage

        context = self.context
        board = BoardController(context.db, self.undo_stack, lambda: context.actor, self)
        board.edited.connect(self._board_edited)
        page = MatchingPage(context, board)
        self.history.adopt(page, self.undo_stack)
        page.message.connect(self._status)
        return page

    def _build_pairs(self) -> QWidget:
        from mentorat_desktop.views.documents.documents_menu import documents_menu
        from mentorat_desktop.views.pages.pairs_page import PairsPage

        page = PairsPage(self.context, self.flows)
        page.view.print_button.setMenu(
            documents_menu(self.document_actions, page.current_pairing_id, page.view.print_button)
        )
        return page

    def _build_evaluations(self) -> QWidget:
        from mentorat_desktop.views.pages.evaluations_page import EvaluationsPage

        page = EvaluationsPage(
            self.context, self, run_dialog=lambda dialog: self.run_dialog(dialog)
        )
        page.summary.message.connect(self._status)
        page.changed.connect(self._evaluations_changed)
        return page

    def _build_activities(self) -> QWidget:
        from mentorat_desktop.views.pages.activities_page import ActivitiesPage

        page = ActivitiesPage(self.context, run_dialog=lambda dialog: self.run_dialog(dialog))
        self.history.adopt(page, page.undo_stack)
        page.message.connect(self._status)
        page.changed.connect(self._activities_changed)
        return page

    def _build_privacy(self) -> QWidget:
        from mentorat_desktop.views.privacy.privacy_page import PrivacyPage

        page = PrivacyPage(self.context)
        page.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        page.changed.connect(self._cohort_data_changed)
        return page

    def _build_documents(self) -> QWidget:
        from mentorat_desktop.views.pages.documents_page import DocumentsPage

        return DocumentsPage(self.context)

    # Program years -------------------------------------------------------------------------

    def reload_cohorts(self, select_name: str | None = None) -> None:
        from mentorat_desktop.services.cohorts import list_cohorts

        current = select_name or self.current_cohort_name()
        cohorts = list_cohorts(self.context.db)
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.clear()
        for cohort in cohorts:
            self.cohort_combo.addItem(cohort.name, cohort)
        position = self.cohort_combo.findText(current) if current else -1
        self.cohort_combo.setCurrentIndex(position if position >= 0 else (0 if cohorts else -1))
        self.cohort_combo.blockSignals(False)
        self.body.setCurrentWidget(self.body.widget(0) if cohorts else self.welcome)
        self._cohort_selected()

    def current_cohort(self) -> CohortSummary | None:
        from mentorat_desktop.services.cohorts import CohortSummary

        data = self.cohort_combo.currentData()
        return data if isinstance(data, CohortSummary) else None

    def current_cohort_name(self) -> str | None:
        cohort = self.current_cohort()
        return cohort.name if cohort else None

    def _cohort_selected(self, _index: int = -1) -> None:
        """Only the page on screen loads the year now; the others load it when shown."""
        cohort = self.current_cohort()
        self._refresh(self.stack.currentIndex())
        self.register_action.setEnabled(cohort is not None)
        self.cohort_settings_action.setEnabled(cohort is not None)
        self.import_action.setEnabled(cohort is not None)
        self.export_menu.setEnabled(cohort is not None)
        self.find_anything_action.setEnabled(cohort is not None)
        if cohort is not None:
            self.context.preferences.last_cohort = cohort.name

    def _show_form(self, kind: str) -> None:
        """From the library: the Documents page, with the form it names chosen."""
        from mentorat_desktop.documents.kinds import DocumentKind

        self.documents.options.set_kind(DocumentKind(kind))
        self.navigation.setCurrentRow(DOCUMENTS)

    def _cohort_data_changed(self) -> None:
        self.pages_changed(
            DASHBOARD, RESOURCES, EVALUATIONS, PAIRS, MATCHING, ACTIVITIES, DOCUMENTS
        )

    def _activities_changed(self) -> None:
        self.pages_changed(DASHBOARD, EVALUATIONS, PARTICIPANTS)

    def show_activity(self, activity_id: int) -> None:
        self.navigation.setCurrentRow(ACTIVITIES)
        if activity_id:
            self.activities.select(activity_id)

    def _evaluations_changed(self) -> None:
        """An evaluation received moves an ended pair to Complete."""
        self.pages_changed(DASHBOARD, PAIRS)

    def _board_edited(self) -> None:
        self.pages_changed(DASHBOARD, EVALUATIONS, PAIRS, DOCUMENTS)

    def _pair_changed(self, _pairing_id: int) -> None:
        """A step was recorded: an early end may send a mentee back to the board, an end or
        an evaluation changes the year-end summary."""
        self.pages_changed(DASHBOARD, EVALUATIONS, PARTICIPANTS, MATCHING, DOCUMENTS)

    def show_pair(self, pairing_id: int) -> None:
        self.navigation.setCurrentRow(PAIRS)
        self.pairs.select_pair(pairing_id)

    # Commands ------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every modal dialog goes through here, so tests can drive it without blocking."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def back_up_now(self) -> Path | None:
        from mentorat_desktop.views.safekeeping.backup_actions import back_up_now

        return back_up_now(self.context.db.path, self.context.clock, self)

    def restore_backup(self) -> Path | None:
        """Choose a backup; the application closes the file, restores it and reopens it."""
        from mentorat_desktop.views.safekeeping.backup_actions import RestoreDialog

        dialog = RestoreDialog(self.context.db.path, self)
        if not self.run_dialog(dialog) or dialog.chosen is None:
            return None
        self.restore_requested.emit(dialog.chosen)
        return dialog.chosen

    def changed_elsewhere(self) -> None:
        """Another process wrote to the file: every page shows what it holds now."""
        self.reload_cohorts(select_name=self.current_cohort_name())
        self.pages_changed(*range(len(self._specs)))  # the page on screen now, others when shown
        self.statusBar().showMessage(
            _("The file was changed by another program; the pages were reloaded."), 8000
        )

    def file_gone(self) -> None:
        """The file was deleted, moved or unplugged while open: said at once, not at the next
        action (which is refused in the same words)."""
        from mentorat_desktop.db import FileGone

        message = FileGone(self.context.db.path).message
        self.statusBar().showMessage(message)
        QMessageBox.warning(self, _("Mentorat"), message)

    def new_cohort(self) -> CohortSummary | None:
        from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog

        dialog = CohortDialog(self.context, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return None
        self.reload_cohorts(select_name=dialog.saved.name)
        return dialog.saved

    def edit_cohort(self) -> CohortSummary | None:
        """The selected year's settings: dates, delays and retention (and, once the retention
        date passed, its anonymisation)."""
        cohort = self.current_cohort()
        if cohort is None:
            return None
        from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog

        dialog = CohortDialog(self.context, self, cohort)

        def anonymise(cohort_id: int, name: str) -> None:
            if self.anonymise_year(cohort_id, name, parent=dialog):
                dialog.done(QDialog.DialogCode.Rejected)

        dialog.anonymise_requested.connect(anonymise)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return None
        self.reload_cohorts(select_name=dialog.saved.name)
        self.pages_changed(*range(len(self._specs)))
        return dialog.saved

    def _fill_board_menu(self, menu: QMenu) -> None:
        if menu.actions():
            return
        for action in (
            self.matching.zoom_in_action,
            self.matching.zoom_out_action,
            self.matching.zoom_reset_action,
            self.matching.score_panel_action,
        ):
            menu.addAction(action)

    def register_participant(self) -> None:
        self.navigation.setCurrentRow(PARTICIPANTS)
        self.participants.open_registration()

    def edit_preferences(self) -> None:
        from mentorat_desktop.views.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.context.preferences, self)
        if not self.run_dialog(dialog):
            return
        before = (self.context.preferences.language, saved_scale(self.context.preferences))
        dialog.apply_to(self.context.preferences)
        self.context.preferences.save()
        after = (self.context.preferences.language, saved_scale(self.context.preferences))
        if after != before:
            self.preferences_changed.emit(self.context.preferences.language)

    def about(self) -> None:
        QMessageBox.about(
            self,
            _("About Mentorat"),
            _(
                "<p><b>Mentorat</b> {version}</p><p>The mentoring program of the Quebec chapter "
                "of the Canadian College of Health Leaders, on the committee's own computer.</p>"
                "<p>File: {path}</p>"
            ).format(version=__version__, path=self._path),
        )

    # Window state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        prefs = self._preferences
        restored = bool(prefs.window_geometry) and self.restoreGeometry(
            QByteArray.fromBase64(prefs.window_geometry.encode("ascii"))
        )
        if prefs.window_state:
            self.restoreState(QByteArray.fromBase64(prefs.window_state.encode("ascii")))
        if not restored:
            self.resize(1280, 800)
        fit_to_screen(self)

    def save_window_state(self) -> None:
        prefs = self._preferences
        prefs.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        prefs.window_state = bytes(self.saveState().toBase64().data()).decode("ascii")
        prefs.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.watcher is not None:
            self.watcher.close()
        self.save_window_state()
        super().closeEvent(event)
