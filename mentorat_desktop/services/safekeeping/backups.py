"""Backups of the committee's file: made with SQLite's backup API, verified, rotated, restored.

A copy only counts as a backup once it passed ``integrity_check`` and holds as many rows in
every table as the file it was taken from, read in the same transaction. Copies live in a
``backups/`` folder beside the file (owner-only), named
``<file>-<YYYYMMDD-HHMMSS>-<reason>.sqlite3`` so that listing them needs no other record.

The folder can be chosen in the preferences (``backup_folder``): every copy, automatic or
by hand, then goes there.

Rotation follows the usual desktop rule: the newest copy of each of the last 12 days, 10
weeks and 9 months is kept, and the copies made before risky operations (an import, applying
suggestions, a restore, an upgrade, erasing personal information) are kept 30 days.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from mentorat_desktop.clock import Clock
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.paths import is_demo_file
from mentorat_desktop.services.safekeeping.health import check_file, open_read_only

FOLDER = "backups"
# Routine copies, kept by the daily/weekly/monthly rule; any other reason is a risky
# operation's copy, kept 30 days.
ROUTINE = frozenset({"daily", "manual"})
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
KEEP_RISKY = timedelta(days=30)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9-]*)\.sqlite3$")


class BackupFailed(UserError):
    """The copy could not be made or did not verify; the file itself is untouched."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    people: int | None = None
    pairs: int | None = None
    sessions: int | None = None


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """Where the backups of ``db_path`` go: ``folder`` when given (``mentorat backup --to``),
    else the folder chosen in the preferences (one subfolder per file there, named after it
    and its place, so two files of the same name never mix their copies), else ``backups/``
    beside the file."""
    if folder:
        return Path(folder)
    chosen = None if is_demo_file(db_path) else chosen_folder()
    if chosen is not None:
        resolved = str(Path(db_path).expanduser().resolve())
        digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:8]
        return chosen / f"{Path(db_path).stem}-{digest}"
    return Path(db_path).parent / FOLDER


def chosen_folder() -> Path | None:
    """The backups folder chosen in the preferences, if any."""
    from mentorat_desktop.preferences import Preferences

    chosen = Preferences.load().backup_folder.strip()
    return Path(chosen).expanduser() if chosen else None


def _owner_only_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def _table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def reason_label(reason: str) -> str:
    """A backup's reason as the user reads it."""
    labels = {
        "daily": _("first opening of the day"),
        "manual": _("backed up by hand"),
        "import": _("before an import"),
        "suggestions": _("before applying suggestions"),
        "confirm-all": _("before confirming all pairs"),
        "restore": _("before a restore"),
        "upgrade": _("before an upgrade of the file"),
        "privacy": _("before erasing personal information"),
    }
    if reason.startswith("upgrade"):
        return labels["upgrade"]
    return labels.get(reason, reason)


def make_backup(
    db_path: Path, reason: str, clock: Clock, folder: Path | None = None
) -> BackupInfo:
    """Copy ``db_path`` into the backups folder, verify the copy, and return it."""
    db_path = Path(db_path)
    target_folder = backup_folder(db_path, folder)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = target_folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        _owner_only_folder(target_folder)
        handle, temporary = tempfile.mkstemp(dir=target_folder, prefix=".backup-")
        os.close(handle)
    except OSError as error:
        raise BackupFailed(_failed(error)) from error
    try:
        source = open_read_only(db_path)
        destination = sqlite3.connect(temporary)
        try:
            source.execute("BEGIN")  # counts and copy from one snapshot
            expected = _table_counts(source)
            source.backup(destination)
            source.rollback()
            destination.execute("PRAGMA journal_mode = DELETE")
            verdict = destination.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok" or _table_counts(destination) != expected:
                raise BackupFailed(
                    _("The backup copy did not verify; the file itself was not changed.")
                )
        finally:
            destination.close()
            source.close()
        os.chmod(temporary, 0o600)
        _fsync(temporary)
        os.replace(temporary, target)
    except sqlite3.Error as error:
        Path(temporary).unlink(missing_ok=True)
        raise BackupFailed(_failed(error)) from error
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise BackupFailed(_failed(error)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return describe(target)


def _failed(error: Exception) -> str:
    return _("The backup could not be made: {reason}. The file itself was not changed.").format(
        reason=_plain_reason(error)
    )


def _plain_reason(error: Exception) -> str:
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno == 28) or "disk is full" in text:
        return _("the disk is full")
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        return _("the folder cannot be written to")
    return str(error)


def _fsync(path: str | Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def describe(path: Path, counts: bool = True) -> BackupInfo:
    """A backup's date, reason, size and (``counts``) the people, pairs and sessions in it."""
    match = _NAME.match(path.name)
    taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S") if match else datetime.fromtimestamp(
        path.stat().st_mtime
    )
    reason = match["reason"] if match else "upgrade"
    found: dict[str, int] = {}
    if counts:
        with contextlib.suppress(sqlite3.Error):
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True
            )
            try:
                found = _table_counts(connection)
            finally:
                connection.close()
    return BackupInfo(
        path=path,
        taken_at=taken,
        reason=reason,
        size=path.stat().st_size,
        people=found.get("persons"),
        pairs=found.get("pairings"),
        sessions=found.get("mentoring_sessions"),
    )


def list_backups(
    db_path: Path, folder: Path | None = None, counts: bool = True
) -> list[BackupInfo]:
    """The file's backups, newest first."""
    db_path = Path(db_path)
    target = backup_folder(db_path, folder)
    if not target.is_dir():
        return []
    found = []
    for path in target.glob(f"{db_path.stem}-*.sqlite3"):
        match = _NAME.match(path.name)
        if match and match["stem"] == db_path.stem:
            found.append(describe(path, counts))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def to_keep(backups: Iterable[BackupInfo], now: datetime) -> set[Path]:
    """The copies the rotation keeps (see the module's docstring)."""
    keep: set[Path] = set()
    routine = sorted(
        (b for b in backups if b.reason in ROUTINE), key=lambda b: b.taken_at, reverse=True
    )
    for period, limit in (
        (lambda d: d, KEEP_DAILY),
        (lambda d: tuple(d.isocalendar()[:2]), KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for backup in routine:  # newest first: the newest copy of each period
            key = period(backup.taken_at.date())
            if key not in seen:
                seen.append(key)
                if len(seen) > limit:
                    break
                keep.add(backup.path)
    keep |= {b.path for b in backups if b.reason not in ROUTINE and now - b.taken_at < KEEP_RISKY}
    return keep


def rotate(db_path: Path, clock: Clock, folder: Path | None = None) -> list[Path]:
    """Delete the copies the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(db_path, folder, counts=False)
    keep = to_keep(backups, clock.now())
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                deleted.append(backup.path)
    return deleted


def backup_before(db_path: Path, reason: str, clock: Clock, folder: Path | None = None) -> Path:
    """The verified copy every operation that changes many rows at once makes first."""
    info = make_backup(db_path, reason, clock, folder)
    rotate(db_path, clock, folder)
    return info.path


def daily_backup_if_due(
    db_path: Path, clock: Clock, folder: Path | None = None
) -> BackupInfo | None:
    """At the first opening of each day, a routine copy (none for a new, empty file)."""
    today: date = clock.today()
    if any(b.taken_at.date() == today for b in list_backups(db_path, folder, counts=False)):
        return None
    info = make_backup(db_path, "daily", clock, folder)
    rotate(db_path, clock, folder)
    return info


def restore(
    db_path: Path, backup: Path, clock: Clock, folder: Path | None = None
) -> Path:
    """Put ``backup`` in place of ``db_path``: the backup is checked first, the current file
    is backed up (reason "restore"), then replaced in one step. The caller closes every
    connection to ``db_path`` before and reopens it after. Returns the safety copy."""
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise BackupFailed(_("There is no backup at {path}.").format(path=backup))
    problems = check_file(backup, full=True)
    if problems:
        raise BackupFailed(
            _("This backup is damaged and was not restored: {problems}").format(
                problems="; ".join(problems)
            )
        )
    safety = make_backup(db_path, "restore", clock, folder).path if db_path.exists() else backup
    handle, temporary = tempfile.mkstemp(dir=db_path.parent, prefix=".restore-")
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = WAL")
        finally:
            destination.close()
            source.close()
        os.close(handle)
        os.chmod(temporary, 0o600)
        _fsync(temporary)
        for side in ("-wal", "-shm"):
            db_path.with_name(db_path.name + side).unlink(missing_ok=True)
        os.replace(temporary, db_path)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            os.close(handle)
        Path(temporary).unlink(missing_ok=True)
        raise BackupFailed(
            _("The backup could not be restored: {reason}. The file was not changed.").format(
                reason=_plain_reason(error)
            )
        ) from error
    rotate(db_path, clock, folder)
    return safety
