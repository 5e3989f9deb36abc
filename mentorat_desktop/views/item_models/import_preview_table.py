"""The rows of an import as the committee checks them before anything is written.

``CheckedRowsModel`` is the part every import's check shows alike (status colour, tooltips
with every problem, right-aligned numbers); each import's model says its columns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from mentorat_desktop.i18n import N_, _
from mentorat_desktop.services.importing.contract import (
    CheckedRow,
    PreviewRow,
    RowProblem,
    RowStatus,
)
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

CheckedRowT = TypeVar("CheckedRowT", bound=CheckedRow)

STATUS_LABELS = {
    RowStatus.NEW: N_("New"),
    RowStatus.UPDATE: N_("Already registered, changed"),
    RowStatus.DUPLICATE: N_("Duplicate"),
    RowStatus.ERROR: N_("Error"),
}
STATUS_COLOURS = {
    RowStatus.NEW: "#1b5e20",
    RowStatus.UPDATE: "#0b5563",
    RowStatus.DUPLICATE: "#6d6d6d",
    RowStatus.ERROR: "#b00020",
}


def status_label(status: RowStatus) -> str:
    return _(STATUS_LABELS[status])


def problems_text(problems: Iterable[RowProblem], full: bool) -> str:
    """Each problem with its column: on one line in the cell, one a line in the tooltip."""
    messages = [
        _("{where}: {message}").format(where=p.column, message=p.message) if p.column else p.message
        for p in problems
    ]
    return ("\n" if full else " · ").join(messages)


class CheckedRowsModel(RowTableModel[CheckedRowT]):
    """Rows with a status and problems; subclasses give ``STATUS`` and ``PROBLEMS`` (the
    column that stretches), the columns whose text is right-aligned, ``headers`` and
    ``_display`` (the full text for a tooltip)."""

    STATUS: int
    PROBLEMS: int
    RIGHT_ALIGNED: tuple[int, ...] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column, full=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CheckedRowT, column: int, full: bool) -> str | None:
        raise NotImplementedError


class ImportPreviewModel(CheckedRowsModel[PreviewRow]):
    ROW, STATUS, NAME, EMAIL, ROLE, PROBLEMS = range(6)
    RIGHT_ALIGNED = (ROW,)

    def headers(self) -> list[str]:
        return [_("Row"), _("Status"), _("Name"), _("E-mail"), _("Role"), _("Problems")]

    def _display(self, row: PreviewRow, column: int, full: bool) -> str | None:
        match column:
            case self.ROW:
                return str(row.row)
            case self.STATUS:
                text = status_label(row.status)
                if row.known_person and row.status == RowStatus.NEW:
                    text += " " + _("(known from an earlier year)")
                return text
            case self.NAME:
                return row.name
            case self.EMAIL:
                return row.email
            case self.ROLE:
                return label(row.role) if row.role else ""
            case self.PROBLEMS:
                return problems_text(row.problems, full)
        return None
