"""The year-end evaluation summary on screen, and saved as PDF or Excel for the chapter.

The screen, the PDF and the workbook show one ``YearSummary``, computed (privacy rules
included) by ``services.evaluation_summary``; this view only lays it out, in the interface
language. The save dialog and the error box are methods tests replace.

The earlier years' table is read just after the rest is on screen (counting ten years of
answers is most of the summary's work, and the table is at the bottom): ``set_cohort``
shows this year and asks the event loop for the comparison, read one program year per turn
(a click waits at most one year's read) and put in place once every year is read. Each new
summary shown (a year switch, a reload after a change) starts a new generation, and the
reading of an older one stops at its next turn. Saving reads the whole comparison at once
(``read_earlier_years``) if it is not there yet.
Likewise the sections below the first screen (the answers' cards are a hundred widgets and
more) are built from the same summary once the first screen is painted, one section per turn
of the event loop, so that a click or a key waits at most one section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
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

from mentorat_desktop.documents.file_names import file_stem
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, current_language, format_date
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.evaluation_summary import (
    Comparison,
    YearColumn,
    YearSummary,
    compare_years,
    compared_years,
    comparison_of,
    summarise,
    year_column,
)
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.documents.labels import preferred_page_size
from mentorat_desktop.views.evaluations.summary_answers import answers_section
from mentorat_desktop.views.evaluations.summary_comparison import comparison_section
from mentorat_desktop.views.evaluations.summary_sections import (
    activity_section,
    notes_section,
    pairs_section,
    participation_section,
)
from mentorat_desktop.views.evaluations.summary_tiles import SummaryTiles

PDF, EXCEL = ".pdf", ".xlsx"
COMPARISON = 4  # the earlier years' section, among SECTIONS
# The earlier years are read this long after the rest is shown: the page is painted first,
# and a run of quick changes (a year switch, answers recorded one after another) costs one read.
EARLIER_YEARS_DELAY_MS = 120


# The summary's sections, top to bottom.
SECTIONS: tuple[Callable[[YearSummary], QWidget], ...] = (
    participation_section,
    pairs_section,
    activity_section,
    answers_section,
    comparison_section,
    notes_section,
)
# Sections built with the page: the first screen shows the tiles and the participation; the
# others (a hundred and more widgets with the answers' cards) are built once it is painted.
FIRST_SCREEN = 1


class SummaryContent(QWidget):
    """Everything under the header for one summary; replaced whole when the data changes.

    The sections below the first screen are built after its first paint, one per turn of
    the event loop (``complete`` builds the rest at once: saving, a test): the page shows
    sooner and stays responsive while it fills, and nothing is kept that the file could
    contradict, since the whole content is one ``YearSummary`` read at once.
    """

    def __init__(self, summary: YearSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.tiles = SummaryTiles(summary)
        self.sections = [build(summary) for build in SECTIONS[:FIRST_SCREEN]]
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.tiles)
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)
        self._rest_asked = False

    @property
    def is_complete(self) -> bool:
        return len(self.sections) == len(SECTIONS)

    def complete(self) -> None:
        """Build the sections not built yet, under those shown."""
        if self.is_complete:
            return
        self.setUpdatesEnabled(False)  # one repaint for all of them
        while not self.is_complete:
            self._add_next()
        self.setUpdatesEnabled(True)

    def _add_next(self) -> None:
        section = SECTIONS[len(self.sections)](self.summary)
        self._layout.insertWidget(self._layout.count() - 1, section)  # above the stretch
        self.sections.append(section)

    def _build_next(self) -> None:
        """The next section, then the one after it on the next turn of the event loop."""
        if self.is_complete:
            return
        self._add_next()
        if not self.is_complete:
            QTimer.singleShot(0, self, self._build_next)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._rest_asked and not self.is_complete:
            self._rest_asked = True  # the first screen is painted: the rest comes next
            QTimer.singleShot(0, self, self._build_next)

    def show_comparison(self, summary: YearSummary) -> None:
        """Put the earlier years' table of ``summary`` in place of the one shown."""
        self.summary = summary
        if not self.is_complete:
            self.complete()  # builds the table from ``summary``
            return
        old = self.sections[COMPARISON]
        new = comparison_section(summary)
        self._layout.replaceWidget(old, new)
        self.sections[COMPARISON] = new
        old.setParent(None)  # out of the page at once, deleted when the event loop is free
        old.deleteLater()


class SummaryView(QWidget):
    """The "Year-end summary" tab; ``message`` carries a line for the status bar."""

    message = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortSummary | None = None
        self.summary: YearSummary | None = None
        self.content: SummaryContent | None = None
        self.last_folder: Path | None = None
        self._earlier_timer = QTimer(self)
        self._earlier_timer.setSingleShot(True)
        self._earlier_timer.setInterval(EARLIER_YEARS_DELAY_MS)
        self._earlier_timer.timeout.connect(self._start_earlier_years)
        # The summary shown's generation; the earlier years read so far for it, and to come.
        self._generation = 0
        self._columns: list[YearColumn] = []
        self._years_to_read: list[int] = []
        self.header = QLabel()
        self.header.setObjectName("panelHeading")
        self.header.setWordWrap(True)
        self.pdf_button = QPushButton(_("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.excel_button = QPushButton(_("Save as Excel…"))
        self.excel_button.clicked.connect(self.save_excel)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("comingNote")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.excel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        self.set_cohort(None)

    # What tests replace --------------------------------------------------------------------

    def choose_save_path(self, suggested: str, suffix: str) -> Path | None:
        """The save dialog, opened where the last summary went."""
        folder = self.last_folder or Path.home()
        caption, file_filter = (
            (_("Save as PDF"), _("PDF document (*.pdf)"))
            if suffix == PDF
            else (_("Save as Excel"), _("Excel workbook (*.xlsx)"))
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, caption, str(folder / suggested), file_filter
        )
        return Path(name) if name else None

    def report(self, message: str) -> None:
        QMessageBox.warning(self, _("Mentorat"), message)

    # Showing -------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        """Read the summary of ``cohort`` again and show it; None shows the empty state."""
        self._generation += 1  # what was read for the summary shown before is dropped
        self.cohort = cohort
        self.summary = None
        if cohort is not None:
            try:
                self.summary = summarise(
                    self.context.db, cohort.id, current_language(), earlier_years=False
                )
            except UserError as error:
                self._show_empty(error.message)
                return
        if self.summary is None:
            self._show_empty(_("Create a program year first (File ▸ New program year)."))
            return
        self.header.setText(self.header_text(self.summary))
        self.content = SummaryContent(self.summary)
        self.scroll.setWidget(self.content)  # deletes the previous content
        self.empty.hide()
        self.scroll.show()
        self._enable(True)
        # Counted from the next turn of the event loop, once the page is on screen.
        QTimer.singleShot(0, self._earlier_timer, self._earlier_timer.start)

    def _start_earlier_years(self) -> None:
        summary = self.summary
        if summary is None or self.content is None or summary.earlier_years_read:
            return
        try:
            self._years_to_read = compared_years(self.context.db, summary.cohort_id)
        except UserError as error:  # the year was removed meanwhile: the page reloads
            self.message.emit(error.message)
            return
        self._columns = []
        self._read_next_year(self._generation)

    def _read_next_year(self, generation: int) -> None:
        """One more year of the comparison, the next one on the next turn of the event loop,
        then the table on a turn of its own; nothing if a newer summary is shown."""
        summary = self.summary
        if generation != self._generation or summary is None or self.content is None:
            return
        if summary.earlier_years_read:  # saved meanwhile: read at once
            return
        if not self._years_to_read:
            self._show_comparison(comparison_of(self._columns))
            return
        try:
            column = year_column(self.context.db, self._years_to_read.pop(0), summary.language)
        except UserError as error:  # removed meanwhile: the page reloads
            self.message.emit(error.message)
            return
        self._columns.append(column)
        QTimer.singleShot(0, self, lambda: self._read_next_year(generation))

    def read_earlier_years(self) -> None:
        """Read the comparison with the earlier years at once, if the summary shown lacks it."""
        self._earlier_timer.stop()
        summary, content = self.summary, self.content
        if summary is None or content is None or summary.earlier_years_read:
            return
        try:
            comparison = compare_years(self.context.db, summary.cohort_id, summary.language)
        except UserError as error:  # the year was removed meanwhile: the page reloads
            self.message.emit(error.message)
            return
        self._show_comparison(comparison)

    def _show_comparison(self, comparison: Comparison) -> None:
        assert self.summary is not None and self.content is not None
        self.summary = replace(self.summary, comparison=comparison, earlier_years_read=True)
        self._columns, self._years_to_read = [], []
        self.content.show_comparison(self.summary)

    @staticmethod
    def header_text(summary: YearSummary) -> str:
        return _("Program year {year}: {start} to {end}").format(
            year=summary.name,
            start=format_date(summary.start_date, "long", language=summary.language),
            end=format_date(summary.end_date, "long", language=summary.language),
        )

    def _show_empty(self, text: str) -> None:
        self.header.setText(_("Year-end summary"))
        self.empty.setText(text)
        self.empty.show()
        self.scroll.hide()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.content = None
        self._enable(False)

    def _enable(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.excel_button.setEnabled(enabled)

    # Saving --------------------------------------------------------------------------------

    # The PDF and workbook writers (reportlab, openpyxl) load when the user saves.

    def save_pdf(self) -> Path | None:
        from mentorat_desktop.documents.evaluation_summary import write_summary_pdf

        page_size = preferred_page_size(self.context.preferences)
        return self._save(PDF, lambda summary, path: write_summary_pdf(summary, path, page_size))

    def save_excel(self) -> Path | None:
        from mentorat_desktop.services.exporting.evaluation_workbook import (
            write_summary_workbook,
        )

        return self._save(EXCEL, write_summary_workbook)

    def _save(self, suffix: str, write: Callable[[YearSummary, Path], Path]) -> Path | None:
        self.read_earlier_years()
        summary = self.summary
        if summary is None:
            return None
        suggested = file_stem(_("evaluation summary"), summary.name) + suffix
        path = self.choose_save_path(suggested, suffix)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        from mentorat_desktop.views.documents.document_actions import busy, cannot_write

        try:
            with busy():
                written = write(summary, path)
        except UserError as error:
            self.report(error.message)
            return None
        except OSError as error:
            self.report(cannot_write(path, error))
            return None
        self.last_folder = written.parent
        self.message.emit(_("Saved {path}.").format(path=written))
        return written
