"""At opening: ask who is on the committee seat if nobody said, and warn of an altered trail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services import audit
from mentorat_desktop.services.privacy.anchor import check_trail

AskText = Callable[..., tuple[str, bool]]
# The question's width in average characters: a sentence of this length reads in two or
# three lines, where Qt's own dialog stretched it over the whole screen.
QUESTION_WIDTH_CHARS = 60


def name_dialog(
    parent: QWidget | None, title: str, question: str, mode: QLineEdit.EchoMode, text: str
) -> QInputDialog:
    """Qt's text question, its sentence wrapped at a reading width."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(question)
    dialog.setTextEchoMode(mode)
    dialog.setTextValue(text)
    width = dialog.fontMetrics().averageCharWidth() * QUESTION_WIDTH_CHARS
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
        label.setMinimumWidth(width)
    return dialog


def ask_text(
    parent: QWidget | None, title: str, question: str, mode: QLineEdit.EchoMode, text: str
) -> tuple[str, bool]:
    """Like ``QInputDialog.getText``, with the question wrapped (see ``name_dialog``)."""
    dialog = name_dialog(parent, title, question, mode, text)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    answer = dialog.textValue()
    dialog.deleteLater()
    return answer, accepted


def ask_committee_member(
    parent: QWidget | None, preferences: Preferences, ask: AskText = ask_text
) -> None:
    """At first start, the committee member's name for the audit trail; saved once given."""
    if not preferences.committee_member.strip():
        name, accepted = ask(
            parent,
            _("Welcome to Mentorat"),
            _(
                "Your name, as a committee member: it is written in the history beside each "
                "change you make (you can change it in the preferences)."
            ),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if accepted and name.strip():
            preferences.committee_member = name.strip()[:100]
            preferences.save()
    audit.set_default_actor(preferences.committee_member)


def warn_if_trail_altered(
    parent: QWidget | None,
    db: Database,
    show: Callable[[QWidget | None, str, str], object] = QMessageBox.warning,
) -> str:
    """Verify the trail; say in words what is wrong, if anything. Returns the warning."""
    message = check_trail(db).warning()
    if message:
        show(
            parent,
            _("Audit trail altered"),
            message
            + "\n\n"
            + _(
                "Someone changed this file outside Mentorat. Keep a copy of it as it is and "
                "tell the committee's privacy officer."
            ),
        )
    return message
