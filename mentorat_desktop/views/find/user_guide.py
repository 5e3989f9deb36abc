"""Help ▸ User guide: the program year phase by phase, readable beside the work.

A window of its own (not modal), so the person can keep it open while doing what it says;
the other language is one click away for a bilingual committee.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import N_, _, current_language, translate_in
from mentorat_desktop.services.user_guide import load_guide
from mentorat_desktop.views.resources.reader_html import STYLE, document_html, message_html

_OTHER = {"fr": "en", "en": "fr"}
_VERSION_IN = {"fr": N_("French version"), "en": N_("English version")}


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("User guide"))
        self.language = current_language()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.setAccessibleName(_("User guide"))
        self.other_button = QPushButton()
        self.other_button.clicked.connect(lambda: self.show_language(_OTHER[self.language]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.resize(760, 640)
        self.show_language(self.language)

    def show_language(self, language: str) -> None:
        self.language = language
        try:
            document = load_guide(language)
        except (OSError, ValueError):
            self.browser.setHtml(message_html(_("The user guide cannot be read.")))
        else:
            self.setWindowTitle(document.title)
            self.browser.setHtml(document_html(document))
        # Each version is offered in its own language, whatever the interface's.
        other = _OTHER[language]
        self.other_button.setText(translate_in(other, _VERSION_IN[other]))
