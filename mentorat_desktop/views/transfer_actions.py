"""File ▸ Import and File ▸ Export: the menu commands that move data in and out of a year."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _

if TYPE_CHECKING:
    from mentorat_desktop.db import Database
    from mentorat_desktop.services.cohorts import CohortSummary
    from mentorat_desktop.services.exporting.tables import ExportTable


def exports() -> dict[str, Callable[[Database, int], ExportTable]]:
    """What each export writes; the table builders load with the first export."""
    from mentorat_desktop.services.activities.export_table import activities_table
    from mentorat_desktop.services.exporting.tables import (
        pairs_table,
        participants_table,
        sessions_table,
    )

    return {
        "participants": participants_table,
        "pairs": pairs_table,
        "sessions": sessions_table,
        "activities": activities_table,
    }


def export_labels() -> dict[str, str]:
    return {
        "participants": _("Participants…"),
        "pairs": _("Pairs…"),
        "sessions": _("Mentoring sessions…"),
        "activities": _("Training activities…"),
    }


def default_export_name(kind: str, cohort: CohortSummary) -> str:
    names = {
        "participants": _("participants"),
        "pairs": _("pairs"),
        "sessions": _("sessions"),
        "activities": _("activities"),
    }
    return f"{names[kind]}-{cohort.name}.xlsx"


def choose_export_path(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        _("Export"),
        str(Path.home() / suggested),
        _("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
    )
    return Path(name) if name else None


def export_to(db: Database, kind: str, cohort: CohortSummary, path: Path) -> int:
    """Write the export; returns the number of rows written."""
    from mentorat_desktop.services.exporting.writers import export_table

    table = exports()[kind](db, cohort.id)
    export_table(table, path)
    return len(table.rows)


def build_menus(
    file_menu: QMenu,
    on_import: Callable[[], object],
    on_export: Callable[[str], object],
    parent: QWidget,
) -> tuple[QAction, QMenu]:
    import_action = QAction(_("Import registrations…"), parent)
    import_action.setShortcuts([QKeySequence("Ctrl+I")])  # as a list: see MainWindow._action
    import_action.triggered.connect(on_import)
    file_menu.addAction(import_action)
    export_menu = file_menu.addMenu(_("Export"))
    for kind, text in export_labels().items():
        action = QAction(text, parent)
        action.triggered.connect(lambda _checked=False, k=kind: on_export(k))
        export_menu.addAction(action)
    return import_action, export_menu


def report_error(parent: QWidget, error: UserError) -> None:
    QMessageBox.warning(parent, _("Mentorat"), error.message)
