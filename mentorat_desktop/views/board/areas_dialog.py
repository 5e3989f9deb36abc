"""The committee edits the year's areas of expertise: French label, English label, other
wordings recognised in registrations. Saving is one unit of work."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.services.areas.store import load_vocabulary, new_code, save_vocabulary
from mentorat_desktop.services.areas.vocabulary import Area
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel

FRENCH, ENGLISH, OTHERS = range(3)
SEPARATOR = ";"


class AreasDialog(QDialog):
    def __init__(
        self, db: Database, cohort_id: int, actor: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.cohort_id, self.actor = db, cohort_id, actor
        self.setWindowTitle(_("Areas of expertise of the program year"))
        intro = QLabel(
            _(
                "Registrations store these areas whatever the language they were written in, "
                "so matching sees one area. Other wordings, separated by semicolons, are "
                "recognised too; anything else is kept as written."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_("French"), _("English"), _("Other wordings")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.codes: list[str] = []
        for area in load_vocabulary(db, cohort_id).areas:
            self._append(area.code, area.label_fr, area.label_en, "; ".join(area.also))
        add = QPushButton(_("Add an area"))
        add.clicked.connect(lambda: self._append("", "", "", ""))
        remove = QPushButton(_("Remove the selected areas"))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.errors = ErrorsLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def _append(self, code: str, french: str, english: str, others: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((FRENCH, french), (ENGLISH, english), (OTHERS, others)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.codes.append(code)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
            del self.codes[row]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def areas(self) -> list[Area]:
        taken = {c for c in self.codes if c}
        found = []
        for row in range(self.table.rowCount()):
            french, english = self._text(row, FRENCH), self._text(row, ENGLISH)
            if not (french or english or self._text(row, OTHERS)):
                continue
            code = self.codes[row] or new_code(english, french, taken)
            taken.add(code)
            others = tuple(w.strip() for w in self._text(row, OTHERS).split(SEPARATOR))
            found.append(Area(code, french, english, tuple(w for w in others if w)))
        return found

    def accept(self) -> None:
        try:
            save_vocabulary(self.db, self.cohort_id, self.areas(), self.actor)
        except UserError as error:
            self.errors.show_message(error.message)
            return
        super().accept()
