"""The answers a choice question offers, one row each with its French and English label.

An option already on file keeps its code (hidden in the row), so answers given to it still
count as the same answer after its label is reworded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services.questionnaires.shapes import ChoiceOption

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FRENCH, ENGLISH = range(2)


class ChoiceOptionsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([_("French"), _("English")])
        self.table.setAccessibleName(_("Choices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = QPushButton(_("Add a choice"))
        self.remove_button = QPushButton(_("Remove"))
        self.up_button = QPushButton(_("Move up"))
        self.down_button = QPushButton(_("Move down"))
        self.remove_button.setAccessibleName(_("Remove the selected choice"))
        self.up_button.setAccessibleName(_("Move the selected choice up"))
        self.down_button.setAccessibleName(_("Move the selected choice down"))
        self.add_button.clicked.connect(lambda: self.add_option())
        self.remove_button.clicked.connect(self.remove_option)
        self.up_button.clicked.connect(lambda: self.move_option(-1))
        self.down_button.clicked.connect(lambda: self.move_option(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def options(self) -> tuple[ChoiceOption, ...]:
        """Every row, blank ones included: the service drops those and counts the rest."""
        result = []
        for row in range(self.table.rowCount()):
            french, english = self.table.item(row, FRENCH), self.table.item(row, ENGLISH)
            result.append(
                ChoiceOption(
                    code=str(french.data(CODE_ROLE) or "") if french else "",
                    fr=french.text() if french else "",
                    en=english.text() if english else "",
                )
            )
        return tuple(result)

    def set_options(self, options: tuple[ChoiceOption, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for option in options:
            self.add_option(option, edit=False)
        self._update_buttons()

    def add_option(self, option: ChoiceOption | None = None, edit: bool = True) -> None:
        option = option or ChoiceOption("", "", "")
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        french = QTableWidgetItem(option.fr)
        french.setData(CODE_ROLE, option.code)
        self.table.setItem(row, FRENCH, french)
        self.table.setItem(row, ENGLISH, QTableWidgetItem(option.en))
        self.table.blockSignals(False)
        if edit:
            self.table.setCurrentCell(row, FRENCH)
            self.table.editItem(french)
            self.changed.emit()
        self._update_buttons()

    def remove_option(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self.changed.emit()
        self._update_buttons()

    def move_option(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for column in (FRENCH, ENGLISH):
            mine = self.table.takeItem(row, column)
            theirs = self.table.takeItem(other, column)
            self.table.setItem(row, column, theirs)
            self.table.setItem(other, column, mine)
        self.table.blockSignals(False)
        self.table.setCurrentCell(other, max(self.table.currentColumn(), 0))
        self.changed.emit()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)
