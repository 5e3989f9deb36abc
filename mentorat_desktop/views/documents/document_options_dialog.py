"""The few choices asked before one document is saved or printed: language, paper, blank."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.documents.languages import DocLanguage
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.views.documents.labels import (
    kind_name,
    language_choices,
    language_name,
    page_size_choices,
)
from mentorat_desktop.views.widgets.enum_combo import CodeCombo


@dataclass(frozen=True)
class DocumentOptions:
    """``language`` None follows the person or the pair, as the command line does."""

    language: DocLanguage | None = None
    page_size: PageSize = PageSize.LETTER
    blank: bool = False


def language_combo(follow: str) -> CodeCombo:
    combo = CodeCombo(language_choices(follow))
    combo.setAccessibleName(_("Language of the document"))
    return combo


def chosen_language(combo: CodeCombo) -> DocLanguage | None:
    code = combo.code()
    return code if code in ("fr", "en", "both") else None  # type: ignore[return-value]


def page_size_combo(page_size: PageSize) -> CodeCombo:
    combo = CodeCombo(page_size_choices())
    combo.set_code(page_size.value)
    combo.setAccessibleName(_("Paper size"))
    return combo


# Documents with parts a pair may prefer to write by hand, whatever is recorded.
BLANKABLE = (DocumentKind.GOALS, DocumentKind.ENGAGEMENT)


def blank_text(kind: DocumentKind) -> str:
    if kind is DocumentKind.ENGAGEMENT:
        return _("Leave the working agreements blank, to fill in by hand")
    return _("Leave the goals blank, to fill in by hand")


def blank_check(kind: DocumentKind = DocumentKind.GOALS) -> QCheckBox:
    return QCheckBox(blank_text(kind))


class DocumentOptionsDialog(QDialog):
    """``followed`` is what "follow" resolves to, so the first choice can say it."""

    def __init__(
        self,
        kind: DocumentKind,
        subject: str,
        followed: DocLanguage,
        page_size: PageSize,
        printing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(kind_name(kind))
        heading = QLabel(kind_name(kind))
        heading.setObjectName("panelHeading")
        heading.setWordWrap(True)
        about = QLabel(subject)
        about.setWordWrap(True)
        follow = (
            _("Follow the pair: {language}")
            if kind.is_for_pair
            else _("Follow the person: {language}")
        )
        self.language = language_combo(follow.format(language=language_name(followed)))
        self.page_size = page_size_combo(page_size)
        self.blank = blank_check(kind)
        self.blank.setVisible(kind in BLANKABLE)
        form = QFormLayout()
        form.addRow(_("Language"), self.language)
        form.addRow(_("Paper size"), self.page_size)
        form.addRow("", self.blank)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _("Print…") if printing else _("Save as PDF…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def options(self) -> DocumentOptions:
        return DocumentOptions(
            chosen_language(self.language),
            PageSize(self.page_size.code()),
            self.blank.isChecked() and self.kind in BLANKABLE,
        )
