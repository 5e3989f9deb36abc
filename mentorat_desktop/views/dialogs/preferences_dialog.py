"""Preferences: the interface language, the committee member's name for the audit trail, the
paper the documents are laid out for, privacy settings and where backups go."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Language
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.labels import labelled
from mentorat_desktop.services.privacy.purposes import DEFAULT_PURPOSES
from mentorat_desktop.services.resources.library import CHAPTER_CONTACT
from mentorat_desktop.views.documents.labels import page_size_choices, preferred_page_size
from mentorat_desktop.views.text_size import TEXT_SCALE_KEY, saved_scale, scale_choices
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.hinted_field import show_whole_hint

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Preferences"))
        # Each language named in its own language, so a person can find theirs.
        self.language = CodeCombo(
            [(code, LANGUAGE_NAMES.get(code, code)) for code, _l in labelled(Language)]
        )
        self.language.set_code(preferences.language)
        self.language.setAccessibleName(_("Interface language"))
        self.member = QLineEdit(preferences.committee_member)
        self.member.setAccessibleName(_("Your name"))
        self.member.setPlaceholderText(_("Written in the history beside each change"))
        self.text_size = CodeCombo(scale_choices())
        self.text_size.set_code(str(saved_scale(preferences)))
        self.text_size.setAccessibleName(_("Text size"))
        self.contact = QLineEdit(preferences.committee_contact)
        self.contact.setAccessibleName(_("Committee contact"))
        self.contact.setPlaceholderText(CHAPTER_CONTACT)
        self.contact.setToolTip(
            _("Printed in the library where participants look for the committee's address")
        )
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
        self.backup_folder = BackupFolderField(preferences.backup_folder)
        note = QLabel(
            _(
                "Documents and e-mails follow each person's preferred language, "
                "whatever the interface language."
            )
        )
        note.setWordWrap(True)
        for field in (self.member, self.contact, self.officer, self.backup_folder.path):
            show_whole_hint(field)
        form = QFormLayout()
        form.addRow(_("Interface language"), self.language)
        form.addRow(_("Your name"), self.member)
        form.addRow(_("Text size"), self.text_size)
        form.addRow(_("Committee contact"), self.contact)
        form.addRow(_("Paper size"), self.page_size)
        form.addRow(_("Person in charge of personal information"), self.officer)
        form.addRow(_("Purposes of collection"), self.purposes)
        form.addRow(_("Keep personal information"), self.retention)
        form.addRow(_("Backups folder"), self.backup_folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """A chosen backups folder must be one Mentorat can write to."""
        problem = self.backup_folder.problem()
        if problem:
            QMessageBox.warning(self, _("Backups folder"), problem)
            return
        super().accept()

    def apply_to(self, preferences: Preferences) -> None:
        preferences.language = self.language.code()
        preferences.committee_member = self.member.text().strip()
        preferences.committee_contact = self.contact.text().strip()
        preferences.page_size = self.page_size.code()
        preferences.extra[TEXT_SCALE_KEY] = float(self.text_size.code() or 1.0)
        preferences.privacy_officer = self.officer.text().strip()
        purposes = self.purposes.toPlainText().strip()
        preferences.purposes = "" if purposes == _(DEFAULT_PURPOSES) else purposes
        preferences.retention_years = self.retention.value()
        preferences.backup_folder = self.backup_folder.folder()


class BackupFolderField(QWidget):
    """The backups folder: the one chosen, or (empty) a backups folder beside the file."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit(folder)
        self.path.setAccessibleName(_("Backups folder"))
        self.path.setPlaceholderText(_("A backups folder beside the file"))
        self.path.setToolTip(
            _(
                "Every backup, automatic or made by hand, goes here, each file in a folder of "
                "its own. A separate drive or a synchronised folder keeps them if the computer "
                "is lost."
            )
        )
        self.choose_button = QPushButton(_("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        self.reset_button = QPushButton(_("Beside the file"))
        self.reset_button.clicked.connect(self.path.clear)
        # The buttons go under the field: beside it they left room for only half its hint.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.path)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        row.addWidget(self.reset_button)
        column.addLayout(row)

    def ask_for_folder(self) -> str:
        """The folder dialog; tests replace this."""
        return QFileDialog.getExistingDirectory(
            self, _("Backups folder"), self.path.text() or str(Path.home())
        )

    def choose(self) -> None:
        chosen = self.ask_for_folder()
        if chosen:
            self.path.setText(chosen)

    def folder(self) -> str:
        return self.path.text().strip()

    def problem(self) -> str | None:
        """Why the folder cannot take backups, in words; None when it can (or none is set)."""
        folder = self.folder()
        if not folder:
            return None
        target = Path(folder).expanduser()
        try:
            target.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=target):
                pass
        except OSError:
            return _(
                "Mentorat cannot write in {folder}. Choose a folder where you can write, or "
                "keep the backups beside the file."
            ).format(folder=target)
        return None
