"""Is the file sound? SQLite's own checks, answered in words.

``quick_check`` runs at every opening (it reads every page once, in O(N)); the full
``integrity_check`` and ``foreign_key_check`` run after an unclean exit and for
``mentorat check``. Checks open the file read-only and leave no side file behind.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mentorat_desktop.i18n import _, ngettext


def open_read_only(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    """A connection that cannot change ``path`` and leaves no ``-wal``/``-shm`` beside it.

    A read-only connection to a WAL file still creates those two files and, unable to
    check-point, leaves them behind. When there is no ``-wal`` file the database file is
    complete and nobody is writing to it, so it is opened as immutable (no locks, no side
    files). When there is one (the file is open elsewhere, or was not closed cleanly), its
    pages matter and the side files already exist, so the ordinary read-only mode is used.
    """
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?{query}", uri=True, check_same_thread=not any_thread
    )


def check_file(path: Path, full: bool = False) -> list[str]:
    """The problems found, each in words; an empty list means the file is sound."""
    try:
        connection = open_read_only(Path(path))
    except sqlite3.Error as error:
        return [_("the file cannot be read ({reason})").format(reason=error)]
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}(100)")]
        details = [line for row in rows for line in str(row).splitlines()]
        details = [d for d in details if d != "ok" and not d.startswith("***")]
        problems = (
            [
                ngettext(
                    "{n} damaged page or index (SQLite says: {first})",
                    "{n} damaged pages or indexes (SQLite says: {first})",
                    len(details),
                ).format(n=len(details), first=details[0])
            ]
            if details
            else []
        )
        if full:
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                problems.append(
                    ngettext(
                        "{n} row points at a record that no longer exists (table {table})",
                        "{n} rows point at records that no longer exist (tables {table})",
                        len(broken),
                    ).format(n=len(broken), table=", ".join(sorted({r[0] for r in broken})))
                )
        return problems
    except sqlite3.DatabaseError as error:
        return [_("the file is damaged ({reason})").format(reason=error)]
    finally:
        connection.close()
