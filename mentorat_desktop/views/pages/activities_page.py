"""The Activities page: the year's list (upcoming first, attendance late to record in red),
the selected activity's invitation list with each person's language, and the actions:
plan, record attendance, cancel, calendar file and e-mail drafts. Changes go through the
page's own undo stack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, current_language, format_date, ngettext
from mentorat_desktop.models.enums import ActivityStatus, Attendance
from mentorat_desktop.services.activities import planning
from mentorat_desktop.services.activities.calendar_file import write_calendar_files
from mentorat_desktop.services.activities.mail_drafts import clock_time, invitation_drafts
from mentorat_desktop.services.activities.records import ActivityRow
from mentorat_desktop.services.activities.requests import list_requests
from mentorat_desktop.services.activities.requests import record_request as add_request
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.registration import list_participants
from mentorat_desktop.views.activities.attendance_dialog import AttendanceDialog
from mentorat_desktop.views.activities.commands import (
    ActivityCommand,
    attendance_command,
    cancel_command,
    plan_command,
)
from mentorat_desktop.views.activities.plan_wizard import PlanWizard
from mentorat_desktop.views.activities.request_dialog import RequestDialog
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.activity_table import ActivityTableModel


class ActivitiesPage(QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        context: ViewContext,
        run_dialog: Callable[[QDialog], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortSummary | None = None
        self.run_dialog = run_dialog or (lambda d: d.exec() == QDialog.DialogCode.Accepted)
        self.undo_stack = QUndoStack(self)
        self.model = ActivityTableModel(context.clock.now(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.plan_button = QPushButton(_("Plan an activity…"))
        self.attendance_button = QPushButton(_("Record attendance…"))
        self.cancel_button = QPushButton(_("Cancel the activity…"))
        self.ics_button = QPushButton(_("Calendar file…"))
        self.mail_button = QPushButton(_("E-mail invitations"))
        self.request_button = QPushButton(_("Record a request…"))
        self.request_button.clicked.connect(self.record_request)
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_stack.createUndoAction(self, _("Undo")))
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.undo_stack.createRedoAction(self, _("Redo")))
        self.plan_button.clicked.connect(self.plan)
        self.attendance_button.clicked.connect(self.record_attendance)
        self.cancel_button.clicked.connect(self.cancel)
        self.ics_button.clicked.connect(self.save_calendar_file)
        self.mail_button.clicked.connect(self.open_mail_drafts)

        # Two rows, so that no button is squeezed at 1280 px or with large text: what is done
        # to an activity, then what is sent or asked for.
        actions = QHBoxLayout()
        for widget in (self.plan_button, self.attendance_button, self.cancel_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        sending = QHBoxLayout()
        for widget in (self.ics_button, self.mail_button, self.request_button):
            sending.addWidget(widget)
        sending.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addLayout(actions)
        buttons.addLayout(sending)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.invitees = QTableWidget(0, 4)
        self.invitees.setHorizontalHeaderLabels(
            [_("Name"), _("Role"), _("Language"), _("Attendance")]
        )
        header = self.invitees.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.invitees.setWordWrap(False)
        self.invitees.verticalHeader().hide()
        self.invitees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(QLabel(_("Invitation list")))
        side_layout.addWidget(self.invitees, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([620, 380])
        layout = QVBoxLayout(self)
        title = QLabel(_("Training activities"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.pending)
        self._enable(None)

    # Loading -------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        if cohort != self.cohort:
            self.undo_stack.clear()
        self.cohort = cohort
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self.model.now = self.context.clock.now()
        rows = planning.list_activities(self.context.db, self.cohort.id) if self.cohort else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 280))
        for index, row in enumerate(rows):
            if row.id == keep:
                self.table.selectRow(index)
                break
        else:
            self._show_selected()
        self.plan_button.setEnabled(self.cohort is not None)
        self.request_button.setEnabled(self.cohort is not None)
        pending = (
            list_requests(self.context.db, self.cohort.id, pending_only=True) if self.cohort else []
        )
        self.pending.setText(
            _("Requests waiting for an activity: {topics}").format(
                topics="; ".join(f"{r.topic} ({r.requester_name})" for r in pending)
            )
            if pending
            else ""
        )

    def selected(self) -> ActivityRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def selected_id(self) -> int | None:
        row = self.selected()
        return row.id if row else None

    def select(self, activity_id: int) -> None:
        self.reload(select_id=activity_id)

    def _enable(self, row: ActivityRow | None) -> None:
        now = self.context.clock.now()
        planned = row is not None and row.status == ActivityStatus.PLANNED
        self.attendance_button.setEnabled(
            row is not None and row.status != ActivityStatus.CANCELLED and now.date() >= row.held_on
        )
        self.cancel_button.setEnabled(planned)
        self.ics_button.setEnabled(row is not None)
        self.mail_button.setEnabled(row is not None and row.status != ActivityStatus.HELD)

    def _show_selected(self, *_args: object) -> None:
        row = self.selected()
        self._enable(row)
        self.invitees.setRowCount(0)
        if row is None:
            self.detail.setText(_("Choose an activity to see its invitation list."))
            return
        where = ", ".join(part for part in (row.place, row.video_link) if part)
        lines = [
            f"<b>{row.title}</b>",
            f"{format_date(row.held_on, 'full')}, {clock_time(row.starts_at, self._language())}"
            f" ({row.duration_minutes} min) — {label(row.language)}",
            where,
            _("Proposed by: {who}").format(who=label(row.proposed_by)),
        ]
        if row.requests:
            lines.append(
                _("Answers: {topics}").format(topics="; ".join(r.topic for r in row.requests))
            )
        if row.status == ActivityStatus.CANCELLED and row.cancellation_reason:
            lines.append(_("Cancelled: {reason}").format(reason=row.cancellation_reason))
        self.detail.setText("<br>".join(line for line in lines if line))
        people = planning.activity_invitees(self.context.db, row.id)
        self.invitees.setRowCount(len(people))
        for index, person in enumerate(people):
            cells = [
                person.name,
                label(person.role) if person.role else "",
                person.language.upper(),
                label(person.attendance) if person.attendance else "",
            ]
            for column, text in enumerate(cells):
                self.invitees.setItem(index, column, QTableWidgetItem(text))

    def _language(self) -> str:
        return current_language()

    # Commands ------------------------------------------------------------------------------

    def _push(self, command: ActivityCommand) -> bool:
        self.undo_stack.push(command)
        if command.failure:
            QMessageBox.warning(self, _("Activities"), command.failure)
            return False
        return True

    def _settled(self, failure: str | None, select_id: int | None = None) -> None:
        self.reload(select_id)
        if failure is None:
            self.changed.emit()

    def plan(self) -> ActivityRow | None:
        if self.cohort is None:
            return None
        wizard = PlanWizard(
            self.context.clock.today(),
            list_participants(self.context.db, self.cohort.id),
            list_requests(self.context.db, self.cohort.id, pending_only=True),
            self,
        )
        if not self.run_dialog(wizard):
            return None
        form = wizard.form()
        holder: dict[str, int] = {}

        def settle(failure: str | None) -> None:
            self._settled(failure, holder.get("id"))

        command = plan_command(self.context.db, self.cohort.id, form, self.context.actor, settle)
        try:
            self.undo_stack.push(command)
        except UserError as error:
            QMessageBox.warning(self, _("Activities"), error.message)
            return None
        if command.failure:
            QMessageBox.warning(self, _("Activities"), command.failure)
            return None
        row: ActivityRow = command.result
        self.select(row.id)
        self.message.emit(_("{title} planned.").format(title=row.title))
        return row

    def record_attendance(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        dialog = AttendanceDialog(
            row.title, planning.activity_invitees(self.context.db, row.id), self
        )
        if not self.run_dialog(dialog):
            return False
        marks = dialog.marks()
        done = self._push(
            attendance_command(
                self.context.db,
                row.id,
                row.title,
                marks,
                self.context.actor,
                lambda failure: self._settled(failure, row.id),
            )
        )
        if done:
            present = sum(1 for m in marks.values() if m == Attendance.PRESENT)
            self.message.emit(
                ngettext(
                    "{n} person present at {title}.", "{n} people present at {title}.", present
                ).format(n=present, title=row.title)
            )
        return done

    def record_request(self) -> bool:
        """A participant's topic request, kept until an activity answers it."""
        if self.cohort is None:
            return False
        dialog = RequestDialog(
            self.context.clock.today(), list_participants(self.context.db, self.cohort.id), self
        )
        if not self.run_dialog(dialog):
            return False
        person, topic, details, asked_on = dialog.values()
        try:
            add_request(self.context.db, person, topic, details, asked_on, self.context.actor)
        except UserError as error:
            QMessageBox.warning(self, _("Activities"), error.message)
            return False
        self.reload()
        self.changed.emit()
        return True

    def ask_reason(self, title: str) -> str | None:
        """The cancellation reason; tests replace this."""
        text, ok = QInputDialog.getText(
            self, _("Cancel the activity"), _("Why is {title} cancelled?").format(title=title)
        )
        return text if ok else None

    def cancel(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        reason = self.ask_reason(row.title)
        if reason is None:
            return False
        return self._push(
            cancel_command(
                self.context.db,
                row.id,
                row.title,
                reason,
                self.context.actor,
                lambda failure: self._settled(failure, row.id),
            )
        )

    def choose_calendar_path(self, suggested: str) -> Path | None:
        """The save dialog; tests replace this."""
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save the calendar invitation"), suggested, _("Calendar (*.ics)")
        )
        return Path(name) if name else None

    def save_calendar_file(self) -> list[Path]:
        row = self.selected()
        if row is None:
            return []
        path = self.choose_calendar_path(f"activite-{row.id}.ics")
        if path is None:
            return []
        try:
            paths = write_calendar_files(self.context.db, row.id, path)
        except UserError as error:
            QMessageBox.warning(self, _("Activities"), error.message)
            return []
        self.message.emit(
            _("Calendar invitation written to {path}").format(path=", ".join(str(p) for p in paths))
        )
        return paths

    def open_url(self, url: str) -> None:
        """Hand a mailto: link to the user's mail program; tests replace this."""
        QDesktopServices.openUrl(QUrl(url))

    def open_mail_drafts(self) -> int:
        row = self.selected()
        if row is None:
            return 0
        drafts = invitation_drafts(self.context.db, row.id, self.context.actor)
        for draft in drafts:
            self.open_url(draft.mailto)
        self.message.emit(
            ngettext(
                "{n} e-mail draft opened; attach the calendar file before sending.",
                "{n} e-mail drafts opened; attach the calendar files before sending.",
                len(drafts),
            ).format(n=len(drafts))
        )
        return len(drafts)
