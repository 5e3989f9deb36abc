"""Phase 4, the matching board: who waits, who has room, and the pairs being made.

Used live in the committee's pairing meeting, often on a projector: big cards, zoom,
drag and drop with the keyboard as an equal alternative, and every step undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.views.board import bulk_question
from mentorat_desktop.views.board.board_column import BoardColumn
from mentorat_desktop.views.board.board_controller import BoardController
from mentorat_desktop.views.board.even_headings import EvenHeadings
from mentorat_desktop.views.board.score_panel import ScorePanel
from mentorat_desktop.views.context import ViewContext

ZOOM_KEY = "board_zoom"
ZOOM_RANGE = (0.6, 2.5)
ZOOM_STEP = 0.15


class MatchingPage(QWidget):
    # A line for the status bar.
    message = Signal(str)

    def __init__(
        self, context: ViewContext, controller: BoardController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        title = QLabel(_("Matching"))
        title.setObjectName("pageTitle")
        self.banner = QLabel()
        self.banner.setObjectName("refusalBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(_("Why the last action was refused"))
        self.banner.hide()

        every = frozenset[str]()
        self.waiting = BoardColumn(
            _("Waiting mentees"),
            controller.waiting,
            [
                (_("All languages"), every),
                (_("French"), frozenset({"fr"})),
                (_("English"), frozenset({"en"})),
            ],
        )
        self.mentors = BoardColumn(
            _("Mentors"),
            controller.mentors,
            [
                (_("All mentors"), every),
                (_("With places left"), frozenset({"room"})),
                (_("Full"), frozenset({"full"})),
            ],
        )
        self.pairs = BoardColumn(
            _("Pairs"),
            controller.pairs,
            [
                (_("All pairs"), every),
                (_("Drafts"), frozenset({"pending", "kept"})),
                (_("Suggestions to review"), frozenset({"pending"})),
                (_("Confirmed"), frozenset({"confirmed"})),
                (_("Active"), frozenset({"active"})),
            ],
        )
        self.headings = EvenHeadings(
            [column.heading for column in (self.waiting, self.mentors, self.pairs)], self
        )
        self.mentors.cards.setDragEnabled(False)
        self.pairs.cards.setAcceptDrops(False)
        self.panel = ScorePanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.waiting, self.mentors, self.pairs, self.panel):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setStretchFactor(3, 2)
        splitter.setSizes([300, 300, 300, 260])
        splitter.setChildrenCollapsible(False)
        # Zoomed in on a projector, the columns keep their width and the board scrolls
        # sideways instead of cutting the cards' names.
        self.board_area = QScrollArea()
        self.board_area.setWidgetResizable(True)
        self.board_area.setFrameShape(QFrame.Shape.NoFrame)
        self.board_area.setWidget(splitter)
        self.splitter = splitter

        self.toolbar = QToolBar(_("Matching"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.board_area, 1)

        for column in (self.waiting, self.pairs):
            column.cards.drag_started.connect(controller.highlight)
            column.cards.drag_finished.connect(self._selection_changed)
        for column in (self.waiting, self.mentors, self.pairs):
            column.cards.zoom_requested.connect(self.zoom_by)
            column.cards.selectionModel().selectionChanged.connect(
                lambda *_a, c=column: self._selected_in(c)
            )
        controller.changed.connect(self._refreshed)
        controller.refused.connect(self.show_refusal)
        controller.done.connect(self._done)
        self.set_zoom(self._saved_zoom())

    # Actions -------------------------------------------------------------------------------

    def _act(self, text: str, slot: object, shortcut: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.pair_action = self._act(
            _("Pair"),
            self.pair_selected,
            "Ctrl+Return",
            _("Pair the selected mentee with the selected mentor (Ctrl+Enter)"),
        )
        self.unpair_action = self._act(
            _("Back to waiting"),
            self.unpair_selected,
            "Delete",
            _("Send the selected draft pairs' mentees back to the waiting list (Delete)"),
        )
        self.confirm_action = self._act(
            _("Confirm"),
            self.confirm_selected,
            None,
            _("Confirm the selected draft pairs: the first-contact deadline starts"),
        )
        self.confirm_all_action = self._act(_("Confirm all kept"), self.confirm_all)
        self.accept_action = self._act(_("Accept"), self.accept_selected)
        self.reject_action = self._act(_("Reject"), self.reject_selected)
        self.accept_all_action = self._act(_("Accept all"), self.accept_all)
        self.reject_all_action = self._act(_("Reject all"), self.reject_all)
        self.suggest_action = self._act(_("Suggest pairs…"), self.suggest)
        self.criteria_action = self._act(_("Criteria…"), self.edit_criteria)
        self.supply_action = self._act(_("Supply and demand…"), self.show_supply)
        self.areas_action = self._act(_("Areas of expertise…"), self.edit_areas)
        self.zoom_in_action = self._act(_("Zoom in"), lambda: self.zoom_by(1), "Ctrl++")
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._act(_("Zoom out"), lambda: self.zoom_by(-1), "Ctrl+-")
        self.zoom_reset_action = self._act(_("Actual size"), lambda: self.set_zoom(1.0), "Ctrl+0")
        self.score_panel_action = QAction(_("Score panel"), self)
        self.score_panel_action.setCheckable(True)
        self.score_panel_action.setChecked(True)
        self.score_panel_action.setToolTip(_("Show or hide the panel explaining the score"))
        self.score_panel_action.toggled.connect(self.panel.setVisible)
        groups = (
            (self.pair_action, self.unpair_action),
            (self.confirm_action, self.confirm_all_action),
            (
                self.suggest_action,
                self.accept_action,
                self.reject_action,
                self.accept_all_action,
                self.reject_all_action,
            ),
            (
                self.criteria_action,
                self.supply_action,
                self.areas_action,
                self.zoom_out_action,
                self.zoom_in_action,
            ),
        )
        for group in groups:
            for action in group:
                self.toolbar.addAction(action)
            self.toolbar.addSeparator()

    # Program year --------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.banner.hide()
        self.controller.set_cohort(cohort.id if cohort else None)

    def _refreshed(self) -> None:
        state = self.controller.state
        waiting = len(state.waiting) if state else 0
        self.waiting.set_count(waiting)
        self._show_start_hint(state, waiting)
        places = sum(m.places_left for m in state.mentors) if state else 0
        self.mentors.set_heading(
            ngettext("{n} place left", "{n} places left", places).format(n=places)
        )
        drafts = sum(p.is_draft for p in state.pairs) if state else 0
        pending = len(self.controller.pending_suggestions())
        self.pairs.set_heading(
            ngettext("{n} draft", "{n} drafts", drafts).format(n=drafts)
            + (
                ", " + ngettext("{n} to review", "{n} to review", pending).format(n=pending)
                if pending
                else ""
            )
        )
        self.headings.even()
        self.accept_all_action.setEnabled(pending > 0)
        self.reject_all_action.setEnabled(pending > 0)
        self.confirm_all_action.setEnabled(bool(self.controller.kept_drafts()))
        for action in (
            self.suggest_action,
            self.criteria_action,
            self.supply_action,
            self.areas_action,
        ):
            action.setEnabled(state is not None)
        self._update_panel()

    # Selection and the score panel ---------------------------------------------------------

    def _selected_in(self, column: BoardColumn) -> None:
        # One mentee at a time: choosing in one list clears the other.
        other = (
            self.pairs
            if column is self.waiting
            else (self.waiting if column is self.pairs else None)
        )
        if other is not None and column.cards.selected_ids():
            other.cards.selectionModel().blockSignals(True)
            other.cards.clearSelection()
            other.cards.selectionModel().blockSignals(False)
            other.cards.viewport().update()
        self._selection_changed()

    def selected_mentee(self) -> int | None:
        for column in (self.waiting, self.pairs):
            ids = column.cards.selected_ids()
            if ids:
                return ids[0]
        return None

    def selected_mentor(self) -> int | None:
        ids = self.mentors.cards.selected_ids()
        return ids[0] if ids else None

    def _selection_changed(self) -> None:
        self.controller.highlight(self.selected_mentee())
        self._update_panel()

    def _update_panel(self) -> None:
        state = self.controller.state
        mentee_id, mentor_id = self.selected_mentee(), self.selected_mentor()
        if state is None or mentee_id is None:
            self.panel.show_hint()
            return
        pair = state.pair_of(mentee_id)
        mentee = state.mentee(mentee_id)
        card = state.mentor(mentor_id) if mentor_id is not None else None
        if card is None and pair is not None:
            card = state.mentor(pair.mentor.participation_id)
        if mentee is None or card is None:
            self.panel.show_hint()
            return
        own_mentor = pair is not None and pair.mentor.participation_id == mentor_id
        refusal = None if own_mentor or mentor_id is None else state.move_refusal(card, mentee)
        breakdown = state.breakdown(card.profile, mentee)
        self.panel.show_breakdown(card.profile, mentee, breakdown, refusal)

    # Commands ------------------------------------------------------------------------------

    def _show_start_hint(self, state: object, waiting: int) -> None:
        """Before the first pair: who is waiting and how to start, said by the empty lists
        themselves (the waiting list when no one is registered, else the pairs)."""
        mentors = len(state.mentors) if state else 0
        pairs = len(state.pairs) if state else 0
        nobody = first = ""
        if state is not None and waiting == 0 and mentors == 0 and pairs == 0:
            nobody = _(
                "No mentor or mentee is registered for this year yet. Import or register them "
                "on the Participants page; they appear here, ready to be paired."
            )
        elif state is not None and pairs == 0 and waiting:
            first = ngettext(
                "{n} mentee is waiting for a mentor. Drag the card onto a mentor, or select "
                "both and press Ctrl+Enter; “Suggest pairs…” proposes a plan.",
                "{n} mentees are waiting for a mentor. Drag a card onto a mentor, or select "
                "both and press Ctrl+Enter; “Suggest pairs…” proposes a plan for all of them.",
                waiting,
            ).format(n=waiting)
        self.waiting.cards.set_empty_text(nobody)
        self.pairs.cards.set_empty_text(first)

    def show_refusal(self, reason: str) -> None:
        self.banner.setText(reason)
        self.banner.show()
        self.message.emit(reason)

    def _done(self, text: str) -> None:
        self.banner.hide()
        self.message.emit(text)

    def pair_selected(self) -> bool:
        mentee, mentor = self.selected_mentee(), self.selected_mentor()
        if mentee is None or mentor is None:
            self.show_refusal(_("Select a mentee and a mentor, then press “Pair”."))
            return False
        done = self.controller.request_pair(mentor, mentee)
        if done:
            self.pairs.cards.select_id(mentee)
        return done

    def _selected_pairs(self) -> list[int]:
        return self.pairs.cards.selected_ids()

    def unpair_selected(self) -> bool:
        return self.controller.request_unpair(self._selected_pairs())

    def confirm_selected(self) -> bool:
        return self.controller.confirm(self._selected_pairs())

    def ask(self, question: str) -> bool:
        """Asked before a step on many pairs; tests replace it."""
        return bulk_question.ask(self, question)

    def confirm_all(self) -> bool:
        ids = self.controller.kept_drafts()
        if not ids or not self.ask(bulk_question.confirm_all_question(len(ids))):
            return False
        try:
            self.controller.db.backup_before("confirm-all")
        except UserError as error:
            self.message.emit(error.message)
            return False
        return self.controller.confirm(ids)

    def accept_selected(self) -> bool:
        return self.controller.accept(self._selected_pairs())

    def reject_selected(self) -> bool:
        return self.controller.reject(self._selected_pairs())

    def accept_all(self) -> bool:
        ids = self.controller.pending_suggestions()
        if not ids or not self.ask(bulk_question.accept_all_question(len(ids))):
            return False
        return self.controller.accept(ids)

    def reject_all(self) -> bool:
        ids = self.controller.pending_suggestions()
        if not ids or not self.ask(bulk_question.reject_all_question(len(ids))):
            return False
        return self.controller.reject(ids)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Every dialog of the page goes through here, so tests can drive it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # The dialogs load when first opened: the board shows sooner.

    def suggest(self) -> bool:
        from mentorat_desktop.views.board.suggest_dialog import SuggestDialog

        return self.run_dialog(SuggestDialog(self.controller, self))

    def edit_criteria(self) -> bool:
        from mentorat_desktop.views.board.criteria_dialog import CriteriaDialog

        return self.run_dialog(CriteriaDialog(self.controller, self))

    def edit_areas(self) -> bool:
        state = self.controller.state
        if state is None:
            return False
        from mentorat_desktop.views.board.areas_dialog import AreasDialog

        actor = self.context.preferences.committee_member
        dialog = AreasDialog(self.controller.db, state.cohort_id, actor, self)
        if not self.run_dialog(dialog):
            return False
        self.controller.reload()
        return True

    def show_supply(self) -> bool:
        state = self.controller.state
        if state is None:
            return False
        from mentorat_desktop.services.areas.store import load_vocabulary
        from mentorat_desktop.views.board.supply_dialog import SupplyDialog

        vocabulary = load_vocabulary(self.controller.db, state.cohort_id)
        return self.run_dialog(SupplyDialog(state, vocabulary, self))

    # Zoom ----------------------------------------------------------------------------------

    def _saved_zoom(self) -> float:
        value = self.context.preferences.extra.get(ZOOM_KEY, 1.0)
        return float(value) if isinstance(value, int | float) else 1.0

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self.zoom + steps * ZOOM_STEP)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = round(min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1]), 2)
        base = QApplication.font().pointSizeF()
        for column in (self.waiting, self.mentors, self.pairs):
            column.cards.set_zoom(self.zoom)
            column.set_zoom(self.zoom, base)
        self.headings.even()
        panel_font = self.panel.font()
        panel_font.setPointSizeF(base * self.zoom)
        self.panel.setFont(panel_font)
        self.context.preferences.extra[ZOOM_KEY] = self.zoom
