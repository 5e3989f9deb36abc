"""Noticing another process's writes (a command-line import while the app is open).

SQLite's ``PRAGMA data_version`` changes on a connection when another connection commits.
A small read-only connection asks for it every 1.5 s; the app's own commits update the
baseline at once, so only writes made elsewhere emit ``changed_elsewhere``. The same look
notices a file deleted, moved or unplugged while open (``file_gone``).
"""

from __future__ import annotations

import contextlib
import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import event

from mentorat_desktop.db import Database

INTERVAL_MS = 1500


class DataVersionWatcher(QObject):
    changed_elsewhere = Signal()
    # The file was deleted, moved or its drive removed: said once, as soon as it is seen.
    file_gone = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._gone_said = False
        self._connection: sqlite3.Connection | None = None
        try:
            self._connection = sqlite3.connect(
                f"{db.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            self._version = self._read()
        except sqlite3.Error:
            self._connection = None
            return
        self._engine = db.engine
        event.listen(db.engine, "commit", self._own_commit)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _read(self) -> int:
        assert self._connection is not None
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def _own_commit(self, _connection: object) -> None:
        # Runs before SQLite's commit returns: poll just after, when the change is visible.
        QTimer.singleShot(0, self._rebase)

    def _rebase(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._version = self._read()

    def poll(self) -> bool:
        """True (and ``changed_elsewhere``) when another process wrote since the last look."""
        if self._connection is None:
            return False
        if not self._db.still_there():
            if not self._gone_said:
                self._gone_said = True
                self.file_gone.emit()
            return False
        try:
            version = self._read()
        except sqlite3.Error:
            return False
        if version == self._version:
            return False
        self._version = version
        self.changed_elsewhere.emit()
        return True

    def close(self) -> None:
        if self._connection is not None:
            event.remove(self._engine, "commit", self._own_commit)
            self._connection.close()
            self._connection = None
