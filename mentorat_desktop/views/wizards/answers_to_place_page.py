"""The import wizard's "Answers to place" step: wordings the app does not know, and dates.

Each distinct wording of a choice field is shown once, with how many rows use it and a
list of the app's categories, "Keep as written" first (the rows are imported either way;
kept answers are flagged for review on the participant). Each date column whose day and
month could be read both ways says how it was read and lets the user flip it. What the user
chooses here is remembered with the column mapping for the next file with these headers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services.importing import describe, placing
from mentorat_desktop.services.importing.columns import BY_KEY
from mentorat_desktop.services.importing.contract import ColumnMapping, ImportPreview
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel

if TYPE_CHECKING:
    from mentorat_desktop.views.wizards.import_wizard import ImportWizard

FIELD, WORDING, ROWS, CATEGORY = range(4)


def needs_placing(preview: ImportPreview | None) -> bool:
    return preview is not None and bool(preview.unplaced or preview.date_columns)


class AnswersToPlacePage(QWizardPage):
    """Place the file's unknown wordings and confirm how its dates read."""

    _wizard: ImportWizard

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Answers to place"))
        self.setSubTitle(
            _(
                "Some answers use wordings the app does not know. Place each one in a "
                "category, or keep it as written: the rows are imported either way, and "
                "answers kept as written are flagged “to review” on the participant."
            )
        )
        self.dates_intro = QLabel(_("How the dates of the file are read:"))
        self.date_boxes: dict[int, QCheckBox] = {}
        self.dates = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [_("Question"), _("Answer as written"), _("Rows"), _("Place in")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(_("Answers to place"))
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.dates_intro)
        layout.addLayout(self.dates)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self._show_dates(preview)
        self.table.setRowCount(0)
        self.table.setVisible(bool(preview.unplaced))
        for answer in preview.unplaced:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, FIELD, QTableWidgetItem(BY_KEY[answer.key].label))
            wording = QTableWidgetItem(answer.wording)
            wording.setData(Qt.ItemDataRole.UserRole, answer.key)
            self.table.setItem(row, WORDING, wording)
            count = QTableWidgetItem(str(answer.rows))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, ROWS, count)
            combo = QComboBox()
            combo.addItem(_("Keep as written (to review)"), None)
            for code, text in placing.CATEGORIES[answer.kind]():
                combo.addItem(text, code)
            combo.setAccessibleName(
                _("Place “{wording}”").format(wording=answer.wording)
            )
            self.table.setCellWidget(row, CATEGORY, combo)
        self.table.resizeColumnsToContents()
        self.errors.clear_errors()

    def _show_dates(self, preview: ImportPreview) -> None:
        while self.dates.count():
            item = self.dates.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.date_boxes = {}
        for column in preview.date_columns:
            line = QLabel(describe.date_line(column))
            line.setWordWrap(True)
            box = QCheckBox(_("Read the dates of “{column}” month first (month/day/year)").format(
                column=column.header
            ))
            box.setChecked(column.month_first)
            self.dates.addWidget(line)
            self.dates.addWidget(box)
            self.date_boxes[column.column] = box
        self.dates_intro.setVisible(bool(preview.date_columns))

    def placements(self) -> dict[str, dict[str, str | None]]:
        """The user's choices, added to those already remembered."""
        mapping = self._wizard.mapping
        values = {key: dict(v) for key, v in (mapping.values if mapping else {}).items()}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, WORDING)
            combo = self.table.cellWidget(row, CATEGORY)
            assert item is not None and isinstance(combo, QComboBox)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            values.setdefault(key, {})[placing.wording_key(item.text())] = combo.currentData()
        return values

    def chosen_mapping(self) -> ColumnMapping:
        mapping = self._wizard.mapping
        assert mapping is not None
        month_first = dict(mapping.month_first)
        month_first.update({c: box.isChecked() for c, box in self.date_boxes.items()})
        return replace(mapping, values=self.placements(), month_first=month_first)

    def validatePage(self) -> bool:
        mapping = self.chosen_mapping()
        table = self._wizard.table
        assert table is not None
        db, cohort_id = self._wizard.context.db, self._wizard.cohort.id
        preview = self.errors.attempt(lambda: preview_import(db, cohort_id, table, mapping))
        if preview is None:
            return False
        self._wizard.mapping = mapping
        self._wizard.preview = preview
        return True
