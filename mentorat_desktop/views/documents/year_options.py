"""The Documents page's choices: which document, in which language, on which paper, and
one file each or a single merged file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.i18n import _
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.views.documents.document_options_dialog import (
    BLANKABLE,
    blank_check,
    blank_text,
    language_combo,
    page_size_combo,
)
from mentorat_desktop.views.documents.labels import (
    kind_description,
    kind_name,
    preferred_page_size,
)


class YearOptions(QWidget):
    changed = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[DocumentKind, QRadioButton] = {}
        kinds_box = QGroupBox(_("Document"))
        kinds_layout = QVBoxLayout(kinds_box)
        for kind in DocumentKind:
            button = QRadioButton(kind_name(kind))
            note = QLabel(kind_description(kind))
            note.setObjectName("optionNote")
            note.setWordWrap(True)
            note.setIndent(26)
            note.setBuddy(button)
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button)
            kinds_layout.addWidget(note)
            kinds_layout.addSpacing(4)
        kinds_layout.addStretch(1)
        self.kind_buttons[DocumentKind.ENGAGEMENT].setChecked(True)

        self.language = language_combo(_("Follow each pair or person"))
        self.page_size = page_size_combo(preferred_page_size(preferences))
        self.blank = blank_check()
        self.per_file = QRadioButton()
        self.merged_button = QRadioButton(_("One merged file for the whole year"))
        self.per_file.setChecked(True)
        files = QButtonGroup(self)
        files.addButton(self.per_file)
        files.addButton(self.merged_button)
        files_column = QVBoxLayout()
        files_column.addWidget(self.per_file)
        files_column.addWidget(self.merged_button)
        options_box = QGroupBox(_("Options"))
        form = QFormLayout(options_box)
        self.language_note = QLabel()
        self.language_note.setObjectName("optionNote")
        self.language_note.setWordWrap(True)
        language_column = QVBoxLayout()
        language_column.addWidget(self.language)
        language_column.addWidget(self.language_note)
        form.addRow(_("Language"), language_column)
        form.addRow(_("Paper size"), self.page_size)
        form.addRow("", self.blank)
        form.addRow(_("Files"), files_column)

        # Descriptions in a quieter colour, so the four choices read first.
        self.setStyleSheet("QLabel#optionNote { color: palette(placeholder-text); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kinds_box = kinds_box
        layout.addWidget(kinds_box, 1)
        # The right-hand column: the options, then whatever the page puts below them.
        self.right_column = QVBoxLayout()
        self.right_column.addWidget(options_box)
        layout.addLayout(self.right_column, 1)

        self.kinds.buttonToggled.connect(lambda _b, on: on and self._kind_changed())
        files.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        self._kind_changed()

    def fit_width(self, width: int) -> None:
        """Documents and options side by side when both fit in ``width``, else one above the
        other (large text on a small screen), so the page never scrolls sideways."""
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        right = max(
            item.widget().minimumSizeHint().width()
            for item in (self.right_column.itemAt(i) for i in range(self.right_column.count()))
            if item.widget() is not None
        )
        needed = self.kinds_box.minimumSizeHint().width() + layout.spacing() + right
        layout.setDirection(
            QBoxLayout.Direction.LeftToRight
            if needed <= width
            else QBoxLayout.Direction.TopToBottom
        )

    def kind(self) -> DocumentKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return DocumentKind.ENGAGEMENT

    def set_kind(self, kind: DocumentKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def blank_chosen(self) -> bool:
        return self.blank.isEnabled() and self.blank.isChecked()

    def merged(self) -> bool:
        return self.merged_button.isChecked()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.blank.setEnabled(kind in BLANKABLE)
        self.blank.setText(blank_text(kind if kind in BLANKABLE else DocumentKind.GOALS))
        self.per_file.setText(
            _("One file per pair") if kind.is_for_pair else _("One file per person")
        )
        self.language_note.setText(
            _(
                "“Follow” prints each pair's documents in their shared language, or in French "
                "and English when their languages differ."
            )
            if kind.is_for_pair
            else _("“Follow” prints each statement in the person's preferred language.")
        )
        self.changed.emit()
