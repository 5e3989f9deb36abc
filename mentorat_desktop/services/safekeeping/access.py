"""May this process write the file? Asked once, before the file is opened.

The one question the app and the command line ask to decide between opening a file for
editing and opening it for reading only. File permissions alone do not answer it (the
administrator ignores them; a read-only mount refuses everyone), so the file is opened for
writing, without changing a byte, and the folder is asked whether SQLite could create its
journal beside the file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _

_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS)


def can_write(path: Path) -> bool:
    """True when ``path`` (an existing file) and its folder can be written to."""
    path = Path(path)
    try:
        handle = os.open(path, os.O_RDWR)
    except OSError as error:
        if error.errno in _REFUSED:
            return False
        raise
    os.close(handle)
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    wal = path.with_name(path.name + "-wal")
    # A journal already beside the file is enough: SQLite writes into it, creates nothing.
    return folder_ok or (wal.exists() and os.access(wal, os.W_OK))


class FileReadOnly(UserError):
    """The file is open for reading only: a change was refused before anything was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(read_only_message(path))
        self.path = path


def read_only_message(path: Path) -> str:
    return _(
        "{name} is read-only: Mentorat opened it for reading, printing and exporting, but "
        "cannot save changes to it. To make changes, get the right to write to the file and "
        "its folder, or copy it to a folder where you can write and open the copy."
    ).format(name=Path(path).name)
