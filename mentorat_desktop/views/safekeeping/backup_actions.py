"""File ▸ Back up now… and File ▸ Restore from a backup…

Backing up runs in the window (a verified copy takes a second even for ten years of data);
restoring asks the application to close the file, put the backup in its place (the current
file is backed up first) and reopen it, since no connection may stay open meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, format_date, format_number
from mentorat_desktop.services.safekeeping import backups

DATE, REASON, SIZE, PEOPLE, PAIRS, SESSIONS = range(6)


class RestoreDialog(QDialog):
    """The file's backups, newest first; the chosen one is ``chosen`` after Accept."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Restore from a backup"))
        self.chosen: Path | None = None
        self.found = backups.list_backups(db_path)
        intro = QLabel(
            _(
                "Choose the copy to put back. The file as it is now is backed up first, so a "
                "restore can itself be undone by restoring that copy."
            )
            if self.found
            else _("There is no backup of this file yet.")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.found), 6)
        self.table.setHorizontalHeaderLabels(
            [_("Taken"), _("Reason"), _("Size"), _("People"), _("Pairs"), _("Sessions")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(_("Backups"))
        for row, info in enumerate(self.found):
            cells = [
                f"{format_date(info.taken_at.date())} {info.taken_at:%H:%M}",
                backups.reason_label(info.reason),
                _("{size} KiB").format(size=format_number(round(info.size / 1024))),
                _count(info.people),
                _count(info.pairs),
                _count(info.sessions),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= SIZE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(
            REASON, QHeaderView.ResizeMode.Stretch
        )
        self.table.resizeColumnsToContents()
        if self.found:
            self.table.selectRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            _("Restore this copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.found))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.found[rows[0].row()].path
        super().accept()


def _count(value: int | None) -> str:
    return "?" if value is None else format_number(value)


def back_up_now(db_path: Path, clock: object, parent: QWidget) -> Path | None:
    """Make a verified copy now and say where it is; a failure is said in words."""
    try:
        info = backups.make_backup(db_path, "manual", clock)  # type: ignore[arg-type]
        backups.rotate(db_path, clock)  # type: ignore[arg-type]
    except UserError as error:
        QMessageBox.warning(parent, _("Back up now"), error.message)
        return None
    QMessageBox.information(
        parent,
        _("Back up now"),
        _("The file was backed up and the copy verified:\n{path}").format(path=info.path),
    )
    return info.path
