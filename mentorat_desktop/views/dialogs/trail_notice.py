"""At opening: ask who is on the committee seat if nobody said, and warn of an altered trail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services import audit
from mentorat_desktop.services.privacy.anchor import check_trail

AskText = Callable[..., tuple[str, bool]]


def ask_committee_member(
    parent: QWidget | None, preferences: Preferences, ask: AskText = QInputDialog.getText
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
