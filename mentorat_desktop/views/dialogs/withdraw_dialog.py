"""Withdrawing a participant: kept on file, marked withdrawn with a date and a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services import withdrawal
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.services.safekeeping.versions import ChangedElsewhere, read_stamp
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate


class WithdrawDialog(AsksBeforeDiscarding, QDialog):
    def __init__(
        self, context: ViewContext, row: ParticipantRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.saved: ParticipantRow | None = None
        # A withdrawal is based on the registration as it was when the dialog opened.
        self.stamp = read_stamp(context.db, "participant", row.participation_id)
        self.setWindowTitle(_("Withdraw {name}").format(name=row.full_name))
        explanation = QLabel(
            _(
                "{name} stays on file, marked as withdrawn. Their registration can be "
                "reinstated later."
            ).format(name=row.full_name)
        )
        explanation.setWordWrap(True)
        pairs = withdrawal.open_pairings_count(context.db, row.participation_id)
        self.pairs_warning = QLabel(
            ngettext(
                "Their pair will be closed: a draft is removed, a confirmed or active "
                "relationship ends early.",
                "Their {n} pairs will be closed: drafts are removed, confirmed or active "
                "relationships end early.",
                pairs,
            ).format(n=pairs)
        )
        self.pairs_warning.setWordWrap(True)
        self.pairs_warning.setVisible(pairs > 0)
        self.date = QDateEdit(to_qdate(context.clock.today()))
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(_("Withdrawal date"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(_("Reason"))
        self.reason.setPlaceholderText(_("e.g. New position, no longer available this year"))
        self.reason.setTabChangesFocus(True)
        self.errors = ErrorsLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Withdraw"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_("Date"), self.date)
        form.addRow(_("Reason *"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.pairs_warning)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        self.saved = self.errors.attempt(self._withdraw)
        if self.saved is None:
            return
        super().accept()

    def _withdraw(self) -> ParticipantRow:
        db, participation_id = self.context.db, self.row.participation_id
        try:
            with db.based_on(self.stamp):
                return withdrawal.withdraw(
                    db,
                    participation_id,
                    from_qdate(self.date.date()),
                    self.reason.toPlainText(),
                    actor=self.context.actor,
                )
        except ChangedElsewhere:
            self.stamp = read_stamp(db, "participant", participation_id)  # seen now
            raise  # said in the dialog's problem list
