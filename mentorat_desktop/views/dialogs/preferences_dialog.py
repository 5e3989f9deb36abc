"""Preferences: the interface language, the committee member's name for the audit trail and
the paper the documents are laid out for."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Language
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.labels import labelled
from mentorat_desktop.services.privacy.purposes import DEFAULT_PURPOSES
from mentorat_desktop.views.documents.labels import page_size_choices, preferred_page_size
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
        self.page_size = CodeCombo(page_size_choices())
        self.page_size.set_code(preferred_page_size(preferences).value)
        self.page_size.setAccessibleName(_("Paper size"))
        self.officer = QLineEdit(preferences.privacy_officer)
        self.officer.setAccessibleName(_("Person in charge of personal information"))
        self.officer.setPlaceholderText(_("Name and how to reach them"))
        self.purposes = QPlainTextEdit(preferences.purposes or _(DEFAULT_PURPOSES))
        self.purposes.setAccessibleName(_("Purposes of collection"))
        self.purposes.setMaximumHeight(110)
        self.retention = QSpinBox()
        self.retention.setRange(0, 50)
        self.retention.setValue(preferences.retention_years)
        self.retention.setSuffix(" " + _("years after the year ends"))
        self.retention.setAccessibleName(_("Keep personal information"))
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
        form.addRow(_("Paper size"), self.page_size)
        form.addRow(_("Person in charge of personal information"), self.officer)
        form.addRow(_("Purposes of collection"), self.purposes)
        form.addRow(_("Keep personal information"), self.retention)
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
        preferences.page_size = self.page_size.code()
        preferences.privacy_officer = self.officer.text().strip()
        purposes = self.purposes.toPlainText().strip()
        preferences.purposes = "" if purposes == _(DEFAULT_PURPOSES) else purposes
        preferences.retention_years = self.retention.value()
