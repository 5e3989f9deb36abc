"""Two writers at once: the second waits its turn, and says so when the wait is long.

SQLite lets one connection write at a time. Left to itself, a second writer waits a few
seconds inside SQLite (the app frozen, the command silent) and then fails with "database is
locked"; and a transaction that read before waiting fails anyway once the other writer
commits. So before each action, while nothing of it has been read or written yet, ``Turns``
asks whether another connection holds the file's write lock (a ``BEGIN IMMEDIATE`` that does
not wait, rolled back at once) and, while one does, waits: past ``notice_after`` seconds it
says "still waiting" through the face's callback (the command line's stderr, the app's
dialog), and past ``give_up_after`` it stops with ``FileBusy``, nothing done. How to pause and
what time it is are given, so tests wait on events instead of the clock.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _

NOTICE_AFTER = 2.0  # seconds before "still waiting" is said
GIVE_UP_AFTER = 300.0  # an import of a whole year takes well under a minute
POLL = 0.1


def still_waiting_message() -> str:
    return _(
        "Still waiting for another copy of Mentorat or a command to finish with the file… "
        "Mentorat goes on by itself as soon as it is done."
    )


class FileBusy(UserError):
    """Another process kept the file's write lock longer than we wait; nothing was done."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "The file is busy: another copy of Mentorat or a command is still writing to "
                "it. Nothing was done; try again once it has finished."
            )
        )


class Turns:
    """Waits, before each action on the file, while another process writes to it."""

    def __init__(
        self,
        path: Path,
        on_long_wait: Callable[[], None],
        on_resumed: Callable[[], None] = lambda: None,
        *,
        notice_after: float = NOTICE_AFTER,
        give_up_after: float = GIVE_UP_AFTER,
        pause: Callable[[float], None] = time.sleep,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = Path(path)
        self.on_long_wait = on_long_wait
        self.on_resumed = on_resumed
        self.notice_after = notice_after
        self.give_up_after = give_up_after
        self.pause = pause
        self.now = now
        self._probe: sqlite3.Connection | None = None
        # The app's pauses run its event loop: a page reloading meanwhile (a read, which
        # SQLite serves beside a writer) must not start a second wait inside this one.
        self._waiting = False

    def other_writer(self) -> bool:
        """Whether another connection holds the write lock right now (never waits)."""
        try:
            if self._probe is None:
                self._probe = sqlite3.connect(self.path, timeout=0, isolation_level=None)
            self._probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            text = str(error).lower()
            return "locked" in text or "busy" in text
        except sqlite3.Error:
            return False  # not for this probe to decide: the action will say what is wrong
        with contextlib.suppress(sqlite3.Error):
            self._probe.execute("ROLLBACK")
        return False

    def wait(self) -> bool:
        """Return once no other process writes (True if we had to wait); ``FileBusy`` when
        the wait grows longer than ``give_up_after``. The pause may raise to stop waiting."""
        if self._waiting or not self.other_writer():
            return False
        started = self.now()
        said = False
        self._waiting = True
        try:
            while self.other_writer():
                waited = self.now() - started
                if waited >= self.give_up_after:
                    raise FileBusy()
                if not said and waited >= self.notice_after:
                    said = True
                    self.on_long_wait()
                self.pause(POLL)
        finally:
            self._waiting = False
            if said:
                self.on_resumed()
        return True

    def close(self) -> None:
        if self._probe is not None:
            self._probe.close()
            self._probe = None
