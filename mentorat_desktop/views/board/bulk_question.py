"""The question asked before a step that touches many pairs at once, naming how many."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from mentorat_desktop.i18n import _, ngettext


def confirm_all_question(count: int) -> str:
    return ngettext(
        "Confirm {n} kept pair? The first-contact deadline starts for it now.",
        "Confirm {n} kept pairs? The first-contact deadline starts for each of them now.",
        count,
    ).format(n=count)


def accept_all_question(count: int) -> str:
    return ngettext(
        "Accept {n} suggested pair? It becomes a kept draft.",
        "Accept {n} suggested pairs? They become kept drafts.",
        count,
    ).format(n=count)


def reject_all_question(count: int) -> str:
    return ngettext(
        "Reject {n} suggested pair? Its mentee goes back to the waiting list.",
        "Reject {n} suggested pairs? Their mentees go back to the waiting list.",
        count,
    ).format(n=count)


def ask(parent: QWidget, question: str) -> bool:
    """Yes / No, No by default (a slip of the Enter key changes nothing)."""
    answer = QMessageBox.question(
        parent,
        _("Matching board"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
