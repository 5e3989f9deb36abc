"""The library tab: the four documents on the left, the one chosen on the right, in French
or English whatever the interface language, with buttons to save or print it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.i18n import LANGUAGES, _, current_language
from mentorat_desktop.models.enums import Language
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.resources.library import (
    CHAPTER_CONTACT,
    FALLBACK_NAMES,
    SLUGS,
    ResourceDocument,
    load_document,
    with_committee_contact,
)
from mentorat_desktop.views.documents.labels import kind_name
from mentorat_desktop.views.resources.reader_html import STYLE, document_html, message_html

SHOWN, WHOLE_LIBRARY = range(2)  # what the save and print buttons act on


class LibraryReader(QWidget):
    """``save_requested`` / ``print_requested`` carry the slug to print, "" for all."""

    save_requested = Signal(str)
    print_requested = Signal(str)
    # A form the phases guide names, to print from the Documents page (a DocumentKind value).
    form_requested = Signal(str)

    def __init__(
        self,
        folder: Path | None = None,
        parent: QWidget | None = None,
        contact: str = CHAPTER_CONTACT,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.contact = contact  # how to reach the committee, where the program gives it
        self._documents: dict[tuple[str, str], ResourceDocument | str] = {}
        self._language = current_language()

        self.list = QListWidget()
        self.list.setAccessibleName(_("Resource documents"))
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        for slug in SLUGS:
            item = QListWidgetItem(self._title(slug, current_language()))
            item.setData(Qt.ItemDataRole.UserRole, slug)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(lambda _row: self.show_current())

        self.language_group = QButtonGroup(self)
        self.language_group.setExclusive(True)
        self.language_buttons: dict[str, QPushButton] = {}
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(QLabel(_("Language of the document:")))
        for language in LANGUAGES:
            button = QPushButton(language.upper())
            button.setCheckable(True)
            button.setAccessibleName(label(Language(language)))
            button.setToolTip(label(Language(language)))
            button.clicked.connect(lambda _checked=False, lang=language: self.set_language(lang))
            self.language_group.addButton(button)
            self.language_buttons[language] = button
            language_row.addWidget(button)

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(_("Document"))
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.document().setDocumentMargin(16)

        self.scope = QComboBox()
        self.scope.addItem(_("The document shown"))
        self.scope.addItem(_("The whole library"))
        self.scope.setAccessibleName(_("What to save or print"))
        self.save_button = QPushButton(_("Save as PDF…"))
        self.print_button = QPushButton(_("Print…"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.scope_slug()))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.scope_slug()))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(_("Save or print:")))
        actions.addWidget(self.scope)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)

        # The forms the program's reference documents name are printed by the application.
        self.forms_button = QPushButton(_("Program forms"))
        self.forms_button.setToolTip(_("Opens the Documents page with the chosen form"))
        forms_menu = QMenu(self.forms_button)
        self.form_actions: dict[DocumentKind, QAction] = {}
        for kind in (DocumentKind.INTRODUCTION, DocumentKind.ENGAGEMENT, DocumentKind.GOALS):
            action = forms_menu.addAction(kind_name(kind))
            action.triggered.connect(
                lambda _checked=False, k=kind: self.form_requested.emit(k.value)
            )
            self.form_actions[kind] = action
        self.forms_button.setMenu(forms_menu)
        forms_row = QHBoxLayout()  # a row of its own: nothing squeezed at large text sizes
        forms_row.addWidget(self.forms_button)
        forms_row.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(language_row)
        right_layout.addWidget(self.browser, 1)
        right_layout.addLayout(actions)
        right_layout.addLayout(forms_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.language_buttons[self._language].setChecked(True)
        self.list.setCurrentRow(0)

    # State ---------------------------------------------------------------------------------

    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        self._language = language if language in LANGUAGES else current_language()
        self.language_buttons[self._language].setChecked(True)
        self.show_current()

    def shown_slug(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else SLUGS[0]

    def select(self, slug: str) -> None:
        self.list.setCurrentRow(SLUGS.index(slug))

    def scope_slug(self) -> str:
        """The slug the buttons act on; "" for the whole library."""
        return "" if self.scope.currentIndex() == WHOLE_LIBRARY else self.shown_slug()

    def document(self, slug: str, language: str) -> ResourceDocument | None:
        found = self._load(slug, language)
        return found if isinstance(found, ResourceDocument) else None

    # Showing -------------------------------------------------------------------------------

    def show_current(self) -> None:
        found = self._load(self.shown_slug(), self._language)
        if isinstance(found, ResourceDocument):
            self.browser.setHtml(document_html(found))
        else:
            self.browser.setHtml(message_html(found))
        self.save_button.setEnabled(isinstance(found, ResourceDocument))
        self.print_button.setEnabled(isinstance(found, ResourceDocument))

    def _title(self, slug: str, language: str) -> str:
        found = self._load(slug, language)
        return found.title if isinstance(found, ResourceDocument) else _(FALLBACK_NAMES[slug])

    def _load(self, slug: str, language: str) -> ResourceDocument | str:
        """The document, or what to say instead; read once, the files do not change."""
        key = (slug, language)
        if key not in self._documents:
            try:
                document = load_document(slug, language, self.folder)
                self._documents[key] = with_committee_contact(document, self.contact)
            except (OSError, ValueError) as error:
                self._documents[key] = _(
                    "This document could not be read from the application's files: {reason}"
                ).format(reason=error)
        return self._documents[key]
