"""One copy of the app per file: a lock file beside it says which computer holds it, since when.

``<file>.lock`` holds the computer's name, the process and the time it was taken; it is
created atomically (``O_EXCL``) and removed at a clean exit. A lock left by a copy of the app
that is no longer running on this computer is taken over without asking, and tells the
caller the last exit was not clean (the file then gets a full integrity check). A lock held
from another computer (a shared folder) is respected: the message names the computer.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, format_date


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    since: datetime


class FileInUse(UserError):
    """Another copy of the app has the file open for editing."""

    def __init__(self, path: Path, holder: Holder, here: bool) -> None:
        when = f"{format_date(holder.since.date())} {holder.since:%H:%M}"
        if here:
            message = _("{path} is already open in Mentorat on this computer (since {when}).")
        else:
            message = _(
                "{path} is open in Mentorat on the computer “{host}” since {when}. Close it "
                "there first, or work on a copy."
            )
        super().__init__(message.format(path=path, host=holder.host, when=when))
        self.holder = holder
        self.here = here


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def process_running(pid: int) -> bool:
    """Whether process ``pid`` of this computer still runs (one we may not signal does)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(str(data["host"]), int(data["pid"]), datetime.fromisoformat(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _host() -> str:
    """This computer's name, as ``socket.gethostname`` gives it (without loading socket
    before the window, where the system can say it)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class WriterLock:
    """Held while the app has the file open for editing."""

    def __init__(self, db_path: Path, now: datetime) -> None:
        self.path = lock_path(db_path)
        self.db_path = Path(db_path)
        self.now = now
        self.recovered = False  # a crashed copy's lock was taken over: last exit unclean
        self.held = False

    def acquire(self) -> WriterLock:
        for _attempt in range(2):
            try:
                handle = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                holder = _read(self.path)
                host = _host()
                if holder is not None and holder.host != host:
                    raise FileInUse(self.db_path, holder, here=False) from None
                if holder is not None and holder.pid != os.getpid() and process_running(holder.pid):
                    raise FileInUse(self.db_path, holder, here=True) from None
                with contextlib.suppress(OSError):  # stale: its copy is gone
                    self.path.unlink()
                self.recovered = True
                continue
            except OSError:  # a read-only folder: no lock can be kept, nobody else can write
                return self
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(
                    {"host": _host(), "pid": os.getpid(),
                     "since": self.now.isoformat(timespec="seconds")},
                    out,
                )
            self.held = True
            return self
        return self

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.held = False
