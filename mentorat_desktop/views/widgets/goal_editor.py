"""The goals worksheet on screen: the pair's goals listed on the left, the chosen goal's
fields on the right. Goals already on file keep their id, so that a correction edits them in
place instead of replacing them (their history and status stay attached)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import GoalStatus
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.labels import labelled
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.leads_picker import LeadsPicker
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate


def _text_edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    return edit


class GoalEditor(QWidget):
    """Edits a list of ``GoalForm``; every keystroke goes straight into the chosen goal."""

    changed = Signal()

    def __init__(self, default_target: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goals: list[GoalForm] = []
        self._default_target = default_target
        # True while the fields are being filled from a goal, so that filling is not an edit.
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list_column(), 0)
        layout.addWidget(self._fields_column(), 1)
        self._update_buttons()

    # Layout --------------------------------------------------------------------------------

    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(_("Goals"))
        self.list.setMinimumWidth(200)
        self.list.setMaximumWidth(240)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show)
        # Created in the order they are laid out, which is the order Tab visits them.
        self.add_button = QPushButton(_("Add a goal"))
        self.up_button = QPushButton(_("Move up"))
        self.down_button = QPushButton(_("Move down"))
        self.remove_button = QPushButton(_("Remove"))
        self.add_button.clicked.connect(self.add_goal)
        self.remove_button.clicked.connect(self.remove_goal)
        self.up_button.clicked.connect(lambda: self.move_goal(-1))
        self.down_button.clicked.connect(lambda: self.move_goal(1))
        self.remove_button.setAccessibleName(_("Remove the selected goal"))
        self.up_button.setAccessibleName(_("Move the selected goal up"))
        self.down_button.setAccessibleName(_("Move the selected goal down"))
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0, 1, 2)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.addWidget(self.remove_button, 2, 0, 1, 2)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        return column

    def _fields_column(self) -> QScrollArea:
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit()
        self.title.setAccessibleName(_("Goal"))
        self.title.setPlaceholderText(_("e.g. Lead team meetings with confidence"))
        self.description = _text_edit(
            _("Description"), _("What the mentee wants to change, and why it matters now.")
        )
        self.leads = LeadsPicker()
        self.leads.setMinimumHeight(170)
        self.action_steps = _text_edit(
            _("Actions"), _("e.g. Chair two meetings, then debrief with the mentor.")
        )
        self.success_indicator = _text_edit(
            _("Success indicator"), _("How both will know the goal is reached.")
        )
        self.target = QDateEdit(to_qdate(self._default_target))
        self.target.setCalendarPopup(True)
        self.target.setAccessibleName(_("Target date"))
        self.no_target = QCheckBox(_("No target date"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.target)
        target_row.addWidget(self.no_target)
        target_row.addStretch()
        self.status = CodeCombo(labelled(GoalStatus))
        self.status.setAccessibleName(_("Status"))
        form.addRow(_("Goal *"), self.title)
        form.addRow(_("Description"), self.description)
        form.addRow(_("LEADS capabilities"), self.leads)
        form.addRow(_("Actions"), self.action_steps)
        form.addRow(_("Success indicator"), self.success_indicator)
        form.addRow(_("Target date"), target_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch()
        form.addRow(_("Status"), status_row)
        self.empty_note = QLabel(_("No goal yet: add the first one with “Add a goal”."))
        self.empty_note.setWordWrap(True)
        form.addRow(self.empty_note)
        self.title.textChanged.connect(self._store)
        for edit in (self.description, self.action_steps, self.success_indicator):
            edit.textChanged.connect(self._store)
        self.leads.itemChanged.connect(self._store)
        self.target.dateChanged.connect(self._store)
        self.no_target.toggled.connect(self._store)
        self.no_target.toggled.connect(lambda on: self.target.setEnabled(not on))
        self.status.currentIndexChanged.connect(self._store)
        scroll = QScrollArea()
        scroll.setWidget(self.fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes from the list buttons straight to the goal's title.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    # Values --------------------------------------------------------------------------------

    def goals(self) -> list[GoalForm]:
        """The goals in their order on screen; copies, so the caller cannot change the editor."""
        return [replace(goal) for goal in self._goals]

    def set_goals(self, goals: list[GoalForm]) -> None:
        self._goals = [replace(goal) for goal in goals]
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self._item_text(n) for n in range(len(self._goals))])
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self._goals else -1)
        self._show(self.list.currentRow())

    def current_row(self) -> int:
        return self.list.currentRow()

    # Actions -------------------------------------------------------------------------------

    def add_goal(self) -> None:
        self._goals.append(GoalForm())
        self.list.addItem(self._item_text(len(self._goals) - 1))
        self.list.setCurrentRow(len(self._goals) - 1)
        self.title.setFocus()
        self.changed.emit()

    def remove_goal(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._goals[row]
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self._renumber()
        self.list.setCurrentRow(min(row, len(self._goals) - 1))
        self._show(self.list.currentRow())
        self.changed.emit()

    def move_goal(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < len(self._goals):
            return
        self._goals[row], self._goals[other] = self._goals[other], self._goals[row]
        self._renumber()
        self.list.setCurrentRow(other)
        self.changed.emit()

    def focus_first_untitled(self) -> bool:
        """Show the first goal without a title, cursor in its title; False when there is none."""
        for row, goal in enumerate(self._goals):
            if not goal.title.strip():
                self.list.setCurrentRow(row)
                self.title.setFocus()
                return True
        return False

    # Inner workings ------------------------------------------------------------------------

    def _item_text(self, row: int) -> str:
        title = " ".join(self._goals[row].title.split())
        if not title:
            return _("Goal {n} (no title yet)").format(n=row + 1)
        return _("{n}. {title}").format(n=row + 1, title=title)

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setText(self._item_text(row))

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has_goal = row >= 0
        self.remove_button.setEnabled(has_goal)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(has_goal and row < len(self._goals) - 1)
        for widget in (
            self.title,
            self.description,
            self.leads,
            self.action_steps,
            self.success_indicator,
            self.no_target,
            self.status,
        ):
            widget.setEnabled(has_goal)
        no_target = self.no_target.isChecked()
        self.target.setEnabled(has_goal and not no_target)
        self.empty_note.setVisible(not self._goals)

    def _show(self, row: int) -> None:
        """Fill the fields from the goal at ``row`` (or clear them when there is none)."""
        goal = self._goals[row] if 0 <= row < len(self._goals) else GoalForm()
        self._loading = True
        try:
            self.title.setText(goal.title)
            self.description.setPlainText(goal.description)
            self.leads.set_codes(goal.leads_capabilities)
            self.action_steps.setPlainText(goal.actions)
            self.success_indicator.setPlainText(goal.success_indicator)
            self.no_target.setChecked(goal.target_on is None)
            self.target.setDate(to_qdate(goal.target_on or self._default_target))
            self.status.set_code(goal.status.value)
        finally:
            self._loading = False
        self._update_buttons()

    def _store(self) -> None:
        """Copy the fields into the chosen goal as soon as one of them changes."""
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._goals):
            return
        goal = self._goals[row]
        goal.title = self.title.text()
        goal.description = self.description.toPlainText()
        goal.leads_capabilities = self.leads.codes()
        goal.actions = self.action_steps.toPlainText()
        goal.success_indicator = self.success_indicator.toPlainText()
        goal.target_on = None if self.no_target.isChecked() else from_qdate(self.target.date())
        goal.status = GoalStatus(self.status.code())
        self.list.item(row).setText(self._item_text(row))
        self.changed.emit()
