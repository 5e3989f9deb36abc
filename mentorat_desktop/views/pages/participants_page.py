"""The participants of the selected program year: search, filter, register, correct, withdraw."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.models.enums import Attendance, ParticipationStatus, Role
from mentorat_desktop.services import registration, registration_undo, withdrawal
from mentorat_desktop.services.activities.attended import activities_attended
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.followup.credits import hours_by_person
from mentorat_desktop.services.labels import label, labelled
from mentorat_desktop.services.regions import REGIONS, region_label
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.documents.documents_menu import menu_button
from mentorat_desktop.views.item_models.participant_filter import ParticipantFilterProxy
from mentorat_desktop.views.item_models.participant_table import ParticipantTableModel
from mentorat_desktop.views.undo_command import ServiceCommand
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.fit_columns import fit_columns


class ParticipantsPage(QWidget):
    changed = Signal()
    import_requested = Signal()
    selection_changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortSummary | None = None
        # The page's own undo history, given by the window (none when the page stands alone).
        self.undo_stack: QUndoStack | None = None
        self.model = ParticipantTableModel(self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by name, e-mail, organisation or area…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search participants"))
        self.search.textChanged.connect(self._filter_changed)
        self.role_filter = CodeCombo(labelled(Role), placeholder=_("All roles"))
        self.role_filter.setAccessibleName(_("Filter by role"))
        self.status_filter = CodeCombo(labelled(ParticipationStatus), placeholder=_("All statuses"))
        self.status_filter.setAccessibleName(_("Filter by status"))
        regions = sorted(((c, region_label(c)) for c in REGIONS), key=lambda pair: pair[0])
        self.region_filter = CodeCombo(regions, placeholder=_("All regions"))
        self.region_filter.setAccessibleName(_("Filter by region"))
        for combo in (self.role_filter, self.status_filter, self.region_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.review_filter = QCheckBox(_("Answers to review"))
        self.review_filter.setToolTip(
            _("Only registrations whose import kept answers as written, to settle")
        )
        self.review_filter.toggled.connect(self._filter_changed)

        # The search has its own row: beside three filters, large type cut its hint short.
        filters = QHBoxLayout()
        filters.addWidget(self.role_filter, 1)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(self.review_filter)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(_("Participants"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count = QLabel()
        self.activities_label = QLabel()
        self.activities_label.setWordWrap(True)
        self.activities_label.setAccessibleName(_("Activities attended"))
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.register_button = QPushButton(_("Register…"))
        # Import is how a real year starts: offered beside Register while the list is empty.
        self.import_button = QPushButton(_("Import registrations…"))
        self.import_button.clicked.connect(self.import_requested)
        self.edit_button = QPushButton(_("Edit…"))
        self.withdraw_button = QPushButton(_("Withdraw…"))
        self.reinstate_button = QPushButton(_("Reinstate"))
        self.register_button.clicked.connect(self.open_registration)
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        self.credits_button = menu_button(_("Credit statement"))
        # The person's file and erasure (the window gives the menu, as for the credits).
        self.privacy_button = menu_button(_("Personal information"))
        self.privacy_button.setAccessibleName(_("Personal information of the participant"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (
            self.import_button,
            self.register_button,
            self.edit_button,
            self.withdraw_button,
            self.reinstate_button,
            self.credits_button,
            self.privacy_button,
        ):
            buttons.addWidget(button)

        title = QLabel(_("Participants"))
        title.setObjectName("pageTitle")
        # The count beside the title: in the buttons' row it left them too little room at
        # large text sizes.
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch()
        heading.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.activities_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # Loading -------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        rows = (
            registration.list_participants(self.context.db, self.cohort.id) if self.cohort else []
        )
        hours = hours_by_person(self.context.db, self.cohort.id) if self.cohort else {}
        self.model.set_participants(rows, hours)
        fit_columns(self.table)
        if select_id is not None:
            self.select(select_id)
        self._update_count()
        self._update_buttons()

    def select(self, participation_id: int) -> None:
        source_row = self.model.row_of(participation_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def show_person(self, participation_id: int) -> None:
        """Select one person, clearing the filters that would hide them."""
        self.search.clear()
        for combo in (self.role_filter, self.status_filter, self.region_filter):
            combo.setCurrentIndex(0)
        self.review_filter.setChecked(False)
        self.select(participation_id)
        self.table.setFocus()

    def selected(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Actions (each opens a dialog through run_dialog, which tests replace) -----------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_registration(self) -> ParticipantRow | None:
        if self.cohort is None:
            return None
        # The dialogs load when first opened: the page shows sooner.
        from mentorat_desktop.views.wizards.registration_wizard import RegistrationWizard

        wizard = RegistrationWizard(self.context, self.cohort, self)
        if not self.run_dialog(wizard) or wizard.saved is None:
            return None
        if self.undo_stack is not None:
            self._push_registration(wizard.saved)
        self._after_change(wizard.saved.participation_id)
        return wizard.saved

    def edit_selected(self) -> ParticipantRow | None:
        row = self.selected()
        if row is None:
            return None
        before = registration.load_form(self.context.db, row.participation_id)
        from mentorat_desktop.views.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.context, row.participation_id, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            if dialog.changed_elsewhere:  # the list shows what the file holds now
                self._after_change(row.participation_id)
            return None
        if self.undo_stack is not None:
            self._push_edit(dialog.saved, before)
        self._after_change(row.participation_id)
        return dialog.saved

    def withdraw_selected(self) -> ParticipantRow | None:
        row = self.selected()
        if row is None or row.status == ParticipationStatus.WITHDRAWN:
            return None
        had_pairs = withdrawal.open_pairings_count(self.context.db, row.participation_id) > 0
        from mentorat_desktop.views.dialogs.withdraw_dialog import WithdrawDialog

        dialog = WithdrawDialog(self.context, row, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return None
        if self.undo_stack is not None and not had_pairs:
            # Reinstating gives back exactly what the withdrawal took (no pair was ended).
            self._push_withdrawal(dialog.saved)
        self._after_change(row.participation_id)
        return dialog.saved

    def _settle(self, participation_id: int | None) -> Callable[[str | None], None]:
        """After a step is undone or redone: the list as the file is now, and why not."""

        def settle(failure: str | None) -> None:
            if participation_id is None:
                self.reload()
                self.changed.emit()
            else:
                self._after_change(participation_id)
            if failure:
                QMessageBox.warning(self, _("Participants"), failure)

        return settle

    def _push(self, command: ServiceCommand) -> None:
        assert self.undo_stack is not None
        command.attach(self.undo_stack)
        self.undo_stack.push(command)

    def _push_registration(self, saved: ParticipantRow) -> None:
        """Undo removes the registration (while nothing refers to it); redo registers the
        same form again."""
        db, actor, cohort_id = self.context.db, self.context.actor, saved.cohort_id
        form = registration.load_form(db, saved.participation_id)
        current = [saved.participation_id]  # redoing gives the registration a new id

        def again() -> None:
            current[0] = registration.register(db, cohort_id, form, actor).participation_id

        def take_back(_result: object) -> None:
            registration_undo.cancel_registration(db, current[0], form, actor)

        self._push(
            ServiceCommand(
                _("Register {name}").format(name=saved.full_name),
                again,
                take_back,
                self._settle(None),
                already_done=True,
            )
        )

    def _push_edit(self, saved: ParticipantRow, before: registration.RegistrationForm) -> None:
        db, actor, person = self.context.db, self.context.actor, saved.participation_id
        after = registration.load_form(db, person)
        if after == before:
            return  # saved without a change: nothing to take back
        self._push(
            ServiceCommand(
                _("Edit {name}").format(name=saved.full_name),
                lambda: registration_undo.restore_form(db, person, before, after, actor),
                lambda _result: registration_undo.restore_form(db, person, after, before, actor),
                self._settle(person),
                already_done=True,
            )
        )

    def _push_withdrawal(self, saved: ParticipantRow) -> None:
        db, actor, person = self.context.db, self.context.actor, saved.participation_id
        on, reason = saved.withdrawn_on, saved.withdrawal_reason

        def settle(failure: str | None) -> None:
            self._after_change(person)
            if failure:
                QMessageBox.warning(self, _("Participants"), failure)

        command = ServiceCommand(
            _("Withdraw {name}").format(name=saved.full_name),
            lambda: withdrawal.withdraw(db, person, on, reason, actor=actor),
            lambda _result: withdrawal.reinstate(db, person, actor=actor),
            settle,
            already_done=True,
        )
        command.attach(self.undo_stack)
        self.undo_stack.push(command)

    def reinstate_selected(self) -> None:
        row = self.selected()
        if row is None or row.status != ParticipationStatus.WITHDRAWN:
            return
        withdrawal.reinstate(self.context.db, row.participation_id, actor=self.context.actor)
        self._after_change(row.participation_id)

    # Internals -----------------------------------------------------------------------------

    def _after_change(self, participation_id: int) -> None:
        self.reload(select_id=participation_id)
        self.changed.emit()

    def _filter_changed(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_role(self.role_filter.code())
        self.proxy.set_status(self.status_filter.code())
        self.proxy.set_region(self.region_filter.code())
        self.proxy.set_to_review(self.review_filter.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = ngettext("{n} participant", "{n} participants", total).format(n=total)
        else:
            text = ngettext(
                "{shown} of {n} participant", "{shown} of {n} participants", total
            ).format(shown=shown, n=total)
        self.count.setText(text)
        if self.cohort is None:
            self.empty_hint.setText(_("Create a program year first (File ▸ New program year)."))
        elif total == 0:
            self.empty_hint.setText(
                _(
                    "No one is registered in {cohort} yet. Import the registrations the form "
                    "service collected (“Import registrations…”, a CSV or Excel export), or "
                    "register one person at a time with “Register…”."
                ).format(cohort=self.cohort.name)
            )
        self.empty_hint.setVisible(self.cohort is None or total == 0)
        self.import_button.setVisible(self.cohort is not None and total == 0)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.register_button.setEnabled(self.cohort is not None)
        self.edit_button.setEnabled(row is not None)
        withdrawn = row is not None and row.status == ParticipationStatus.WITHDRAWN
        self.withdraw_button.setEnabled(row is not None and not withdrawn)
        self.reinstate_button.setEnabled(withdrawn)
        self.credits_button.setEnabled(row is not None)
        self.privacy_button.setEnabled(row is not None)
        self._show_activities(row)
        self.selection_changed.emit()

    def _show_activities(self, row: ParticipantRow | None) -> None:
        """The selected person's training activities: which they attended, of those held."""
        if row is None:
            self.activities_label.clear()
            return
        lines = activities_attended(self.context.db, row.participation_id)
        if not lines:
            self.activities_label.setText(
                _("{name} has no held activity on record.").format(name=row.full_name)
            )
            return
        present = [a for a in lines if a.attendance == Attendance.PRESENT]
        details = "; ".join(
            f"{a.title} ({format_date(a.held_on)}, {label(a.attendance).lower()})" for a in lines
        )
        self.activities_label.setText(
            ngettext(
                "Activities attended by {name}: {present} of {n} held activity. {details}",
                "Activities attended by {name}: {present} of {n} held activities. {details}",
                len(lines),
            ).format(name=row.full_name, present=len(present), n=len(lines), details=details)
        )
