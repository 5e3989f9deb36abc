"""Faults of the file and the disk, said in words: what happened and what to do.

SQLite and the operating system report a locked file, a read-only file or folder, a full
disk or a removed drive with terse English texts; the command line and the app show these
sentences instead (and never a traceback). Every user action is one transaction, so each
message can say that nothing was half-written.
"""

from __future__ import annotations

import errno
import sqlite3

from mentorat_desktop.i18n import _


def _root(error: BaseException) -> BaseException:
    original = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    return original if isinstance(original, BaseException) else error


def fault_message(error: BaseException) -> str | None:
    """The fault in words, or None when ``error`` is not a fault of the file or the disk."""
    root = _root(error)
    text = str(root).lower()
    unchanged = _("Nothing was half-written: the file is as it was before this action.")
    if isinstance(root, sqlite3.Error):
        if "locked" in text or "busy" in text:
            what = _(
                "The file is busy: another program (or another Mentorat) is writing to it. "
                "Wait a moment and try again."
            )
        elif "readonly" in text or "read-only" in text:
            what = _(
                "The file is read-only: Mentorat cannot save to it. Check the file's "
                "permissions, or copy it to a folder where you can write."
            )
        elif "full" in text:
            what = _("The disk is full. Free some space, then try again.")
        elif "disk i/o" in text or "unable to open" in text:
            what = _(
                "The file cannot be read or written: its disk or folder may have been removed "
                "or be unavailable. Reconnect it, then try again."
            )
        elif "malformed" in text or "not a database" in text:
            what = _(
                "The file is damaged. Check it with “mentorat check” and restore a backup."
            )
        else:
            return None
        return f"{what} {unchanged}"
    if isinstance(root, OSError):
        if root.errno == errno.ENOSPC:
            return _("The disk is full. Free some space, then try again.") + " " + unchanged
        if root.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _(
                "Mentorat is not allowed to write there ({name}). Choose a folder where you "
                "can write."
            ).format(name=root.filename or "") + " " + unchanged
        if root.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
            return _(
                "The file or its folder is no longer there ({name}): its disk may have been "
                "removed. Reconnect it, then try again."
            ).format(name=root.filename or "") + " " + unchanged
    return None
