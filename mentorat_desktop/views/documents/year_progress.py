"""A progress bar with Cancel while a whole year is written: the work stays on the GUI thread
(each document takes a fraction of a second), and the bar only appears for long runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.views.documents.document_actions import busy
from mentorat_desktop.views.documents.safe_files import Progress

T = TypeVar("T")

# Shorter runs finish before a bar would be worth reading.
SHOW_AFTER_MS = 500


class YearProgress:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def run(self, work: Callable[[Progress], T], steps: int) -> T:
        """``work`` reports each step done; with no ``steps`` only the wait cursor shows."""
        dialog = QProgressDialog(
            _("Writing the documents…"), _("Cancel"), 0, max(steps, 1), self.parent
        )
        dialog.setWindowTitle(_("Documents"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(done: int) -> bool:
            dialog.setValue(done)
            return not dialog.wasCanceled()

        try:
            with busy():
                return work(progress if steps else _never_cancel)
        finally:
            dialog.close()
            dialog.deleteLater()


def _never_cancel(_done: int) -> bool:
    return True
