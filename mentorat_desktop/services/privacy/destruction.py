"""Making destruction real: nothing left in free pages, the WAL, or the app's backups.

SQLite keeps deleted text in free pages and in the write-ahead log until they are reused.
After an erasure the file is vacuumed (``secure_delete`` is always on, see ``db.py``) and
the log checkpointed and truncated. Backups the app manages are copies of the past: each
is rewritten without the people erased when it is a file of this version, or deleted when
it cannot be rewritten; one that never held them is left as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mentorat_desktop.db import Database, inspect_file
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.services.privacy.erasure import Identifiers

BACKUP_FOLDER = "backups"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def managed_backups(db_path: Path) -> list[Path]:
    """Every backup the app made of ``db_path``: pre-upgrade copies beside it, and the
    files of the ``backups/`` folder beside it (rotation copies)."""
    db_path = Path(db_path)
    found = set(db_path.parent.glob(f"{db_path.stem}.backup-*{db_path.suffix}"))
    folder = db_path.parent / BACKUP_FOLDER
    if folder.is_dir():
        found.update(
            p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(SIDE_SUFFIXES)
        )
    return sorted(found)


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDE_SUFFIXES]


def compact(db: Database) -> None:
    """Rebuild the file without free pages, then fold the WAL back in and truncate it."""
    with db.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.execute("PRAGMA secure_delete = ON")
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def mentions(path: Path, identifiers: Identifiers) -> bool:
    """Whether the raw bytes of ``path`` (or its side files) hold any identifier."""
    needles = [n.encode() for n in (*identifiers.names, *identifiers.emails) if len(n) > 1]
    for candidate in (path, *side_files(path)):
        if not candidate.exists():
            continue
        data = candidate.read_bytes()
        if any(needle in data for needle in needles):
            return True
    return False


@dataclass(frozen=True)
class BackupOutcome:
    path: Path
    action: str  # "rewritten", "deleted", "untouched"
    reason: str  # "current", "older", "unreadable", "absent"


def _delete(path: Path) -> None:
    for candidate in (path, *side_files(path)):
        candidate.unlink(missing_ok=True)


def _rewrite(path: Path, redo: Callable[[Database], object], db: Database) -> None:
    """Apply the same erasure to a backup of this version, then compact it."""
    from mentorat_desktop.db import open_database

    copy = open_database(path, db.clock)
    try:
        # A backup older than the person's registration only has remnants in free pages.
        with contextlib.suppress(UserError):
            redo(copy)
        compact(copy)
    finally:
        copy.close()


def clean_backups(
    db: Database, identifiers: Identifiers, redo: Callable[[Database], object]
) -> list[BackupOutcome]:
    """Rewrite or delete every managed backup that still holds the people erased."""
    outcomes: list[BackupOutcome] = []
    for path in managed_backups(db.path):
        state = inspect_file(path)
        if state.kind in ("current",):
            if not mentions(path, identifiers):
                outcomes.append(BackupOutcome(path, "untouched", "absent"))
                continue
            # Whatever fails here, the check below deletes a backup still holding them.
            with contextlib.suppress(UserError, sqlite3.Error, OSError):
                _rewrite(path, redo, db)
            if not mentions(path, identifiers):
                outcomes.append(BackupOutcome(path, "rewritten", "current"))
                continue
            _delete(path)
            outcomes.append(BackupOutcome(path, "deleted", "current"))
        elif state.kind in ("older", "new"):
            if state.kind == "older" and not mentions(path, identifiers):
                outcomes.append(BackupOutcome(path, "untouched", "absent"))
                continue
            _delete(path)
            outcomes.append(BackupOutcome(path, "deleted", "older"))
        else:
            # Not a database this version can read (compressed, damaged, newer): whether it
            # holds the person cannot be checked, so it goes.
            _delete(path)
            outcomes.append(BackupOutcome(path, "deleted", "unreadable"))
    return outcomes


def destroy_remnants(
    db: Database, identifiers: Identifiers, redo: Callable[[Database], object]
) -> list[BackupOutcome]:
    compact(db)
    return clean_backups(db, identifiers, redo)


def backup_line(outcome: BackupOutcome) -> str:
    """What happened to one backup, and why: said alike by the command line and the app."""
    if outcome.action == "rewritten":
        return _("{path}: rewritten without the information destroyed.").format(path=outcome.path)
    if outcome.action == "untouched":
        return _("{path}: left as it was, it never held this information.").format(
            path=outcome.path
        )
    if outcome.reason == "older":
        why = _("it was made by an earlier version and cannot be rewritten safely")
    elif outcome.reason == "unreadable":
        why = _("it cannot be read, so whether it holds the information cannot be checked")
    else:
        why = _("rewriting it did not remove every trace")
    return _("{path}: deleted, because {why}.").format(path=outcome.path, why=why)
