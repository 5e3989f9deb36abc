"""The Documents page: the engagement forms, goals worksheets, introduction sheets or credit
statements of a program year, for every pair or person or a chosen few, written at once into
a folder, one file each or merged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.documents.data import participants_with_sessions
from mentorat_desktop.documents.file_names import file_stem
from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.followup.pair_names import pair_names
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.documents.document_actions import busy, cannot_write
from mentorat_desktop.views.documents.document_options_dialog import chosen_language
from mentorat_desktop.views.documents.safe_files import targets, write_in_folder
from mentorat_desktop.views.documents.year_choice import YearChoice
from mentorat_desktop.views.documents.year_options import YearOptions
from mentorat_desktop.views.documents.year_progress import YearProgress
from mentorat_desktop.views.item_models.choice_list import Choice

if TYPE_CHECKING:
    # The layouts (reportlab) load when documents are planned, not with the page.
    from mentorat_desktop.documents.program_year import PlannedDocument


class DocumentsPage(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortSummary | None = None
        self.folder: Path | None = None  # the last one written to, where the chooser opens
        # Opens the folder or the merged file; tests replace it.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

        title = QLabel(_("Documents"))
        title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.options = YearOptions(context.preferences)
        self.choice = YearChoice()
        self.options.changed.connect(self._kind_changed)
        self.choice.changed.connect(self._update_summary)
        self.summary = QLabel()
        self.summary.setObjectName("panelHeading")
        self.summary.setWordWrap(True)
        self.write_button = QPushButton(_("Choose a folder and write…"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(_("Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()

        write_row = QHBoxLayout()
        write_row.addWidget(self.write_button)
        write_row.addStretch(1)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_folder_button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        # Who to write for, beside the list of documents (it fits the screen there).
        self.options.right_column.addWidget(self.choice, 1)
        layout.addWidget(self.options)
        layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.viewport().installEventFilter(self)
        # What will be written and the button stay in view under the choices: inside the
        # scrolled part, the button sat below the bottom of a 720-pixel screen.
        action = QVBoxLayout()
        action.setContentsMargins(9, 4, 9, 9)
        action.addWidget(self.summary)
        action.addLayout(write_row)
        action.addLayout(result_row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(action)
        self.set_cohort(None)

    # Loading -------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self._show_result("")
        self.reload()

    def reload(self) -> None:
        """Count again: pairs are confirmed and sessions logged on other pages (the window
        says so when this page is next shown)."""
        db, cohort = self.context.db, self.cohort
        pairs = pair_names(db, cohort.id) if cohort else []
        people = participants_with_sessions(db, cohort.id) if cohort else []
        self.choice.set_choices(
            True,
            [
                Choice(
                    p.pairing_id,
                    _("{mentee} with {mentor}").format(
                        mentee=f"{p.mentee_first_name} {p.mentee_last_name}",
                        mentor=f"{p.mentor_first_name} {p.mentor_last_name}",
                    ),
                )
                for p in pairs
            ],
        )
        self.choice.set_choices(
            False, [Choice(p.participation_id, f"{p.first_name} {p.last_name}") for p in people]
        )
        self._update_summary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The visible width changed: documents and options side by side only if they fit."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            margins = self.scroll.widget().layout().contentsMargins()
            self.options.fit_width(
                self.scroll.viewport().width() - margins.left() - margins.right()
            )
        return super().eventFilter(watched, event)

    def document_count(self) -> int:
        """How many pairs or people are chosen for the document shown."""
        return len(self.choice.chosen())

    # What tests replace --------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, _("Choose the folder for the documents"), str(self.folder or Path.home())
        )
        return Path(name) if name else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, _("Mentorat"), question)
        return answer == QMessageBox.StandardButton.Yes

    def report(self, message: str) -> None:
        QMessageBox.warning(self, _("Mentorat"), message)

    # Writing -------------------------------------------------------------------------------

    def write(self) -> list[Path] | None:
        """Plan, choose the folder, write; returns the files written, None if nothing was."""
        cohort, kind = self.cohort, self.options.kind()
        if cohort is None:
            return None
        folder = self.choose_folder()
        if folder is None:
            return None
        self.reload()  # the lists as the file is now; the checks stay as the person left them
        language = chosen_language(self.options.language)
        from mentorat_desktop.documents.program_year import plan_documents

        try:
            with busy():
                planned = plan_documents(
                    self.context.db,
                    cohort.id,
                    cohort.name,
                    kind,
                    language,
                    blank=self.options.blank_chosen(),
                    only=set(self.choice.chosen()),
                )
        except UserError as error:
            self.report(error.message)
            return None
        if not planned:
            self.reload()
            nobody_checked = self.choice.total() > 0
            self.report(self.summary.text() if nobody_checked else self._nothing_text(kind, cohort))
            return None
        merged = self._merged_name(kind, cohort, planned) if self.options.merged() else None
        existing = [path for path in targets(planned, folder, merged) if path.exists()]
        if existing and not self.confirm(_replace_question(len(existing), folder)):
            return None
        page_size = PageSize(self.options.page_size.code())
        self.write_button.setEnabled(False)  # the progress bar lets clicks through at first
        try:
            written = YearProgress(self).run(
                lambda progress: write_in_folder(planned, folder, page_size, merged, progress),
                len(planned) if merged is None else 0,
            )
        except OSError as error:
            self.report(cannot_write(folder, error))
            return None
        finally:
            self.reload()
        if written is None:
            self._show_result(_("Cancelled: no file was written."))
            return None
        self.folder = folder
        self._after_writing(folder, written, merged is not None)
        return written

    def open_folder(self) -> None:
        if self.folder is not None:
            self.open_url(QUrl.fromLocalFile(str(self.folder)))

    # Internals -----------------------------------------------------------------------------

    def _merged_name(
        self, kind: DocumentKind, cohort: CohortSummary, planned: list[PlannedDocument]
    ) -> tuple[str, str]:
        """As ``mentorat forms --merge`` names it, titled in the documents' common language."""
        from mentorat_desktop.documents.render import common_language

        language = chosen_language(self.options.language) or common_language(
            [p.part for p in planned]
        )
        return file_stem(kind.value, cohort.name), f"{kind.title(language)} – {cohort.name}"

    def _after_writing(self, folder: Path, written: list[Path], merged: bool) -> None:
        if merged:
            opened = self.open_url(QUrl.fromLocalFile(str(written[0])))
            text = (
                _("{file} was written to {folder} and opened.")
                if opened
                else _("{file} was written to {folder}.")
            ).format(file=written[0].name, folder=folder)
        else:
            text = ngettext(
                "{n} file was written to {folder}.",
                "{n} files were written to {folder}.",
                len(written),
            ).format(n=len(written), folder=folder)
        self._show_result(text, can_open=True)

    def _show_result(self, text: str, can_open: bool = False) -> None:
        self.result.setText(text)
        self.open_folder_button.setVisible(can_open)

    def _kind_changed(self) -> None:
        self.choice.show_kind(self.options.kind().is_for_pair)
        self._update_summary()

    def _update_summary(self) -> None:
        kind, n, cohort = self.options.kind(), self.document_count(), self.cohort
        total = self.choice.total()
        self.choice.setVisible(cohort is not None and total > 0)
        if cohort is None:
            self.intro.setText(_("Create a program year first (File ▸ New program year)."))
            self.summary.setText("")
        else:
            self.intro.setText(
                _(
                    "Write the documents of {cohort} as PDF files, to print or to send: "
                    "one per pair or person, or all in one file, for everyone or for those "
                    "you check."
                ).format(cohort=cohort.name)
            )
            if total == 0:
                self.summary.setText(self._nothing_text(kind, cohort))
            elif n == 0:
                self.summary.setText(
                    _("Check at least one pair in the list.")
                    if kind.is_for_pair
                    else _("Check at least one person in the list.")
                )
            elif n < total:
                self.summary.setText(_chosen_summary(kind, n, self.options.merged()))
            else:
                self.summary.setText(_summary(kind, n, self.options.merged()))
        self.write_button.setEnabled(cohort is not None and n > 0)

    @staticmethod
    def _nothing_text(kind: DocumentKind, cohort: CohortSummary) -> str:
        text = (
            _("Nothing to print for {cohort} yet: no pair is past the draft stage.")
            if kind.is_for_pair
            else _("Nothing to print for {cohort} yet: no session is logged.")
        )
        return text.format(cohort=cohort.name)


def _summary(kind: DocumentKind, n: int, merged: bool) -> str:
    if merged and kind.is_for_pair:
        text = ngettext(
            "One file will be written, with the documents of {n} pair.",
            "One file will be written, with the documents of {n} pairs.",
            n,
        )
    elif merged:
        text = ngettext(
            "One file will be written, with the statement of {n} person.",
            "One file will be written, with the statements of {n} people.",
            n,
        )
    elif kind.is_for_pair:
        text = ngettext(
            "{n} file will be written, for the one pair past the draft stage.",
            "{n} files will be written: one for each pair past the draft stage.",
            n,
        )
    else:
        text = ngettext(
            "{n} file will be written, for the one person with a logged session.",
            "{n} files will be written: one for each person with a logged session.",
            n,
        )
    return text.format(n=n)


def _chosen_summary(kind: DocumentKind, n: int, merged: bool) -> str:
    """When only some pairs or people are checked."""
    if merged and kind.is_for_pair:
        text = ngettext(
            "One file will be written, with the documents of the {n} chosen pair.",
            "One file will be written, with the documents of the {n} chosen pairs.",
            n,
        )
    elif merged:
        text = ngettext(
            "One file will be written, with the statement of the {n} chosen person.",
            "One file will be written, with the statements of the {n} chosen people.",
            n,
        )
    elif kind.is_for_pair:
        text = ngettext(
            "{n} file will be written, for the chosen pair.",
            "{n} files will be written: one for each chosen pair.",
            n,
        )
    else:
        text = ngettext(
            "{n} file will be written, for the chosen person.",
            "{n} files will be written: one for each chosen person.",
            n,
        )
    return text.format(n=n)


def _replace_question(n: int, folder: Path) -> str:
    return ngettext(
        "{n} file of the same name is already in {folder}. Replace it?",
        "{n} files of the same names are already in {folder}. Replace them?",
        n,
    ).format(n=n, folder=folder)
