"""The app's face of waiting its turn: a "still waiting" dialog while another process writes.

``Turns`` (no Qt) decides when to wait and when to speak; here the pauses keep the window
painted (an event loop that ignores the user's input until the dialog is up), the long wait
shows a modal dialog and a status line, and "Stop waiting" gives up (``FileBusy``, nothing
done, said in words like every fault).
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.services.safekeeping.turns import (
    NOTICE_AFTER,
    FileBusy,
    Turns,
    still_waiting_message,
)


class WaitingNotice(QObject):
    shown = Signal()
    hidden = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QProgressDialog | None = None

    def attach(self, db: Database, notice_after: float = NOTICE_AFTER) -> None:
        """Make ``db`` wait its turn through this notice (not for a read-only file)."""
        if db.read_only:
            return
        if db.turns is not None:  # a window rebuilt (language changed): one probe only
            db.turns.close()
        db.turns = Turns(
            db.path, self.show, self.hide, notice_after=notice_after, pause=self.pause
        )

    def show(self) -> None:
        dialog = QProgressDialog(still_waiting_message(), _("Stop waiting"), 0, 0, self.window)
        dialog.setWindowTitle(_("Mentorat"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self.dialog = dialog
        self.window.statusBar().showMessage(still_waiting_message())
        self.shown.emit()

    def pause(self, seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        if self.dialog is None:  # nothing on screen yet: keep painting, take no clicks
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        else:
            loop.exec()
            if self.dialog.wasCanceled():
                raise FileBusy()

    def hide(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.window.statusBar().clearMessage()
        self.hidden.emit()
