"""Asks the date on which the selected participants reviewed the resources, then records it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.resources.reviewed import ReviewStatus, record_resources_reviewed
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate

NAMES_SHOWN = 6  # beyond this many, the list of names is cut short


class ResourcesReviewedDialog(AsksBeforeDiscarding, QDialog):
    """``saved`` holds how many records changed once the date was accepted."""

    def __init__(
        self, context: ViewContext, rows: Sequence[ReviewStatus], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.rows = list(rows)
        self.saved: int | None = None
        self.setWindowTitle(_("Mark as reviewed"))
        n = len(self.rows)
        question = QLabel(
            ngettext(
                "On which date did this person review the program's resources?",
                "On which date did these {n} people review the program's resources?",
                n,
            ).format(n=n)
        )
        question.setWordWrap(True)
        self.names = QLabel(_names(self.rows))
        self.names.setWordWrap(True)
        self.names.setStyleSheet("font-weight: 600;")
        self.date = QDateEdit(to_qdate(context.clock.today()))
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(_("Date the resources were reviewed"))
        self.errors = ErrorsLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Mark as reviewed"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_("Reviewed on"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.names)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        self.saved = self.errors.attempt(
            lambda: record_resources_reviewed(
                self.context.db,
                [row.participation_id for row in self.rows],
                from_qdate(self.date.date()),
                actor=self.context.actor,
            )
        )
        if self.saved is None:
            return
        super().accept()


def _names(rows: Sequence[ReviewStatus]) -> str:
    names = [row.name for row in rows[:NAMES_SHOWN]]
    hidden = len(rows) - len(names)
    if hidden:
        names.append(ngettext("and {n} other", "and {n} others", hidden).format(n=hidden))
    return ", ".join(names)
