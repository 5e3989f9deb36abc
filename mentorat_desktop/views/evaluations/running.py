"""How the evaluation views open their dialogs unless told otherwise: modally, waiting for an
answer. Tests and the main window pass their own function instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

RunDialog = Callable[[QDialog], bool]


def run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted
