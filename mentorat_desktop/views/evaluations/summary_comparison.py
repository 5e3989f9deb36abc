"""The summary's "Earlier years" table: one column per program year, one row per figure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from mentorat_desktop.i18n import _
from mentorat_desktop.services.evaluation_summary import YearSummary
from mentorat_desktop.services.evaluation_summary import rows as figures
from mentorat_desktop.services.evaluation_summary.rows import format_figure
from mentorat_desktop.views.evaluations.summary_sections import Section


class ComparisonTable(QTableWidget):
    """Read-only, as tall as its rows: the scroll area around the summary does the scrolling."""

    def __init__(self, summary: YearSummary) -> None:
        years = summary.comparison.years
        rows = figures.comparison_rows(summary)
        super().__init__(len(rows), len(years) + 1)
        self.setAccessibleName(_("Comparison with earlier years"))
        self.setHorizontalHeaderLabels([_("Figure"), *(year.name for year in years)])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, figure in enumerate(rows):
            label = QTableWidgetItem(figure.label)
            label.setToolTip(figure.label)
            self.setItem(row, 0, label)
            for column, value in enumerate(figure.values, start=1):
                item = QTableWidgetItem(format_figure(value, figure.kind, summary.language))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(years) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_args: self.fit_height())
        self.fit_height()

    def fit_height(self) -> None:
        """Rows as tall as their wrapped labels, the table as tall as its rows."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height)


def comparison_section(summary: YearSummary) -> Section:
    section = Section(_("Earlier years"))
    if not summary.earlier_years_read:  # the view reads them just after showing the rest
        section.add_note(_("Reading the earlier years…"))
    elif summary.comparison.earlier:
        section.add(ComparisonTable(summary))
    else:
        section.add_note(_("No earlier program year is recorded in this file."))
    return section
