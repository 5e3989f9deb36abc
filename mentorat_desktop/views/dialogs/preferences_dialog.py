"""Preferences: the interface language and the committee member's name for the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Language
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.labels import labelled
from mentorat_desktop.views.widgets.enum_combo import CodeCombo


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Preferences"))
        self.language = CodeCombo(labelled(Language))
        self.language.set_code(preferences.language)
        self.language.setAccessibleName(_("Interface language"))
        self.member = QLineEdit(preferences.committee_member)
        self.member.setAccessibleName(_("Your name"))
        self.member.setPlaceholderText(_("Written in the history beside each change"))
        note = QLabel(
            _(
                "Documents and e-mails follow each person's preferred language, "
                "whatever the interface language."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Interface language"), self.language)
        form.addRow(_("Your name"), self.member)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def apply_to(self, preferences: Preferences) -> None:
        preferences.language = self.language.code()
        preferences.committee_member = self.member.text().strip()
