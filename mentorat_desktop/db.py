"""The database file: opening it safely, upgrading it, and one unit of work per user action.

Opening follows one rule: a file is either a Mentorat database this version understands
(upgraded after a backup if it is older), a new or empty file (created), or it is refused and
left byte-for-byte untouched. Nothing is written before that decision.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from mentorat_desktop.clock import Clock, SystemClock
from mentorat_desktop.errors import DatabaseRefused, UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.paths import migrations_dir
from mentorat_desktop.services.safekeeping.access import FileReadOnly, can_write
from mentorat_desktop.services.safekeeping.health import open_read_only

_log = logging.getLogger("mentorat")

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from mentorat_desktop.services.safekeeping.turns import Turns

# PRAGMA application_id written into every Mentorat file ("MNTR").
APPLICATION_ID = 0x4D4E5452


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic only when a file is created or upgraded

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:\"([^\"]*)\"|'([^']*)'|None)", re.MULTILINE
)


def known_revisions() -> tuple[set[str], str]:
    """Every revision of ``migrations/versions`` and the head, read without Alembic.

    Opening a file that is already current (the usual case) then costs a directory listing
    instead of importing Alembic and Mako. Each script declares ``revision = "…"`` and
    ``down_revision = "…"`` at top level; the head is the revision no other one revises.
    ``head_revision()`` (through Alembic) remains the reference a test compares this with.
    """
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in (migrations_dir() / "versions").glob("*.py"):
        for match in _REVISION_LINE.finditer(script.read_text(encoding="utf-8")):
            value = match.group(2) or match.group(3)
            if value is None:
                continue
            (revisions if match.group(1) == "revision" else revised).add(value)
    heads = revisions - revised
    if len(heads) != 1:  # not a single line of revisions: let Alembic decide
        return {rev.revision for rev in script_directory().walk_revisions()}, head_revision()
    return revisions, heads.pop()


@dataclass(frozen=True)
class FileState:
    """What is in a file before anything touches it."""

    kind: str  # "new", "current", "older", "newer", "foreign", "unreadable"
    revision: str | None = None


# The first 16 bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` read-only and classify it; never writes, never leaves files behind."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState("new")
    # SQLite itself takes some non-empty files (one byte, say) for empty databases and would
    # then write over them: only a file that starts like a database is handed to it.
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return FileState("unreadable")
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return FileState("unreadable")
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError:
        return FileState("unreadable")
    finally:
        connection.close()
    if app_id != APPLICATION_ID:
        # An empty database nobody claimed may become ours; one marked by another program
        # (GeoPackage, Fossil...) or holding tables is someone else's.
        return FileState("new") if not tables and app_id == 0 else FileState("foreign")
    if revision is None:
        return FileState("foreign")
    known, head = known_revisions()
    if revision not in known:
        return FileState("newer", revision)
    if revision == head:
        return FileState("current", revision)
    return FileState("older", revision)


def backup_file(path: Path, revision: str | None, clock: Clock) -> Path:
    """A verified copy in the backups folder before an upgrade (kept 30 days)."""
    from mentorat_desktop.services.safekeeping.backups import make_backup

    return make_backup(path, f"upgrade-{revision or 'unknown'}", clock).path


def json_text(value: object) -> str:
    """A JSON column's text, as ``json.dumps`` writes it; the empty lists and mappings most
    registrations hold (four lists and a mapping each) without a call into the encoder."""
    if value == [] or value == ():
        return "[]"
    if value == {}:
        return "{}"
    return json.dumps(value)


def json_value(text: str) -> object:
    """A JSON column's value, as ``json.loads`` reads it; the empty lists and mappings most
    rows hold (a page of ten years reads thousands) without a call into the decoder. Each is
    a new object: a caller may change what it was given."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return json.loads(text)


def _set_pragmas(
    dbapi_connection: sqlite3.Connection, _record: object, read_only: bool = False
) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
    # schema changes and savepoints are transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted content is overwritten with zeros, not left readable in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    if not read_only:  # a read-only file keeps the journal mode it has
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    # Built from parts, not from an f-string URL: a file name may hold '?', '#' or '%'.
    # No SQL parameters in messages or logs: they hold names and e-mails.
    url = URL.create("sqlite", database=str(path))
    if read_only:  # SQLite itself then refuses every write, whatever the code above asks
        engine = create_engine(
            url,
            hide_parameters=True,
            json_serializer=json_text,
            json_deserializer=json_value,
            creator=lambda: open_read_only(path, any_thread=True),
        )
        event.listen(engine, "connect", lambda c, r: _set_pragmas(c, r, read_only=True))
    else:
        engine = create_engine(
            url, hide_parameters=True, json_serializer=json_text, json_deserializer=json_value
        )
        event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


def upgrade_to_head(engine: Engine) -> None:
    """Run the missing migrations in one transaction, foreign keys unenforced meanwhile.

    SQLite alters a table by rebuilding it (copy, drop, rename: Alembic's batch mode). With
    foreign keys enforced, dropping the old ``cohorts`` would delete every participation by
    ON DELETE CASCADE. So, as SQLite's documentation prescribes for schema changes,
    enforcement is switched off before the transaction (it cannot change inside one), the
    references are checked with ``PRAGMA foreign_key_check`` before committing, and
    enforcement is switched back on for whoever uses the connection next.
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(
                        "the upgrade left rows pointing at nothing: "
                        + ", ".join(f"{row[0]} #{row[1]} -> {row[2]}" for row in broken[:5])
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


class Expectation(Protocol):
    """What an edit was based on (``services.safekeeping.versions.Stamp``)."""

    def check(self, session: Session) -> None: ...


class Database:
    """An open Mentorat file. Services ask it for a unit of work; nothing else holds a Session."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        clock: Clock,
        backup: Path | None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        self.backup = backup
        # Opened for reading only (the file or its folder cannot be written): every change
        # is refused in words before SQLite is asked, and the app disables its editing.
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # What the next unit of work checks before anything else (``based_on``).
        self._expected: tuple[Expectation, ...] = ()
        # Set by the face (app, command line): waits while another process writes, before
        # an action starts (``services.safekeeping.turns``). Units of work nested in one
        # another do not wait again (the outer one may hold the lock itself).
        self.turns: Turns | None = None
        self._open_units = 0
        # Which file this is on disk: deleted, moved or its drive removed while open, the
        # connection would go on with a ghost of it and every change would be lost.
        self._identity = _identity(path)
        # The day's first backup, when made while the window fills (``backup_meanwhile``).
        self.daily_backup: threading.Thread | None = None
        if read_only:
            event.listen(self._sessions, "before_flush", self._refuse_changes)

    def _refuse_changes(self, session: Session, _context: object, _instances: object) -> None:
        if session.new or session.dirty or session.deleted:
            raise FileReadOnly(self.path)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back entirely if not.

        A row changed by someone else between this transaction's read and its write
        (SQLAlchemy's version counter) refuses the whole action in words."""
        from sqlalchemy.orm.exc import StaleDataError

        if self._open_units == 0:
            if not self.still_there():
                raise FileGone(self.path)
            if self.turns is not None:
                self.turns.wait()
        self._open_units += 1
        try:
            with self._sessions() as session, session.begin():
                expected, self._expected = self._expected, ()
                for expectation in expected:
                    expectation.check(session)
                yield session
        except StaleDataError as error:
            from mentorat_desktop.services.safekeeping.versions import ChangedElsewhere

            raise ChangedElsewhere("record") from error
        finally:
            self._open_units -= 1

    def still_there(self) -> bool:
        """Whether the file opened is still at its path (not deleted, moved or unplugged)."""
        return self._identity is None or _identity(self.path) == self._identity

    @contextmanager
    def based_on(self, *expected: Expectation) -> Iterator[None]:
        """An edit based on what was read earlier: the first unit of work in the block first
        checks that ``expected`` still holds (``Stamp.check`` raises ``ChangedElsewhere``,
        nothing written). Later units in the block see this action's own writes."""
        self._expected = expected
        try:
            yield
        finally:
            self._expected = ()

    def backup_before(self, reason: str) -> Path:
        """The verified copy made before an operation that changes many rows at once;
        raises ``BackupFailed`` (nothing changed) when it cannot be made."""
        from mentorat_desktop.services.safekeeping.backups import backup_before

        if self.read_only:  # the operation would be refused: no copy for nothing
            raise FileReadOnly(self.path)

        return backup_before(self.path, reason, self.clock)

    def close(self) -> None:
        if self.daily_backup is not None:  # a restore or another file waits for the copy
            self.daily_backup.join()
        if self.turns is not None:
            self.turns.close()
        self.engine.dispose()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class FileGone(UserError):
    """The file was deleted, moved or its drive removed while open; nothing was done."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "{path} is no longer where it was opened: it was deleted or moved, or its "
                "drive was removed. Nothing was done. Put it back (or reconnect the drive), "
                "or restore a backup, then open it again."
            ).format(path=path)
        )
        self.path = path


def _marked_as_ours(path: Path) -> bool:
    """A file SQLite cannot read whose header still carries Mentorat's application id: one
    of ours, damaged (truncated, overwritten), not a stranger's."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return header.startswith(SQLITE_HEADER) and header[68:72] == APPLICATION_ID.to_bytes(4, "big")


def refuse_if_damaged(path: Path, full: bool = False) -> None:
    """``quick_check`` (``integrity_check`` and foreign keys when ``full``) before any use:
    a damaged file is never written to; the message names the way back."""
    from mentorat_desktop.services.safekeeping.health import check_file

    problems = check_file(path, full=full)
    if problems:
        raise DatabaseDamaged(path, problems)


class DatabaseDamaged(DatabaseRefused):
    """The file failed SQLite's checks; it was not used. ``problems`` are in words."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(
            _(
                "{path} is damaged and was not used: {problems}. Restore the most recent good "
                "backup (File ▸ Restore from a backup…, or mentorat backups then mentorat "
                "restore BACKUP)."
            ).format(path=path, problems="; ".join(problems))
        )
        self.path = path
        self.problems = problems


def open_database(
    path: Path,
    clock: Clock | None = None,
    *,
    full_check: bool = False,
    daily_backup: bool = False,
    backup_meanwhile: bool = False,
    read_only: bool | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the Mentorat file at ``path``.

    Raises ``DatabaseRefused`` with a message for the user when the file is not one this
    version can use, or ``DatabaseDamaged`` when it fails SQLite's checks; the file is then
    left exactly as it was. ``daily_backup`` makes the first opening of each day back it up
    (the app and the command line ask for it; tests opening files do not); with
    ``backup_meanwhile`` that copy is made on a thread of its own while the caller goes on
    (the window fills meanwhile: at ten years the copy and its check take a quarter of a
    second), and closing the file waits for it. ``read_only``
    None asks the file (``access.can_write``): a file that cannot be written is opened for
    reading only (``Database.read_only``) instead of failing at the first save.
    """
    clock = clock or SystemClock()
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise DatabaseRefused(_("{path} is a folder, not a Mentorat file.").format(path=path))
    state = inspect_file(path)
    if state.kind == "unreadable" and _marked_as_ours(path):
        raise DatabaseDamaged(path, [_("the file cannot be read as a database")])
    if state.kind == "unreadable":
        raise DatabaseRefused(
            _(
                "{path} is not a Mentorat file (it is not a database). It was left untouched."
            ).format(path=path)
        )
    if state.kind == "foreign":
        raise DatabaseRefused(
            _(
                "{path} is a database made by another program, not by Mentorat. "
                "It was left untouched."
            ).format(path=path)
        )
    if state.kind == "newer":
        raise DatabaseRefused(
            _(
                "{path} was made by a newer version of Mentorat. Install the newer version to "
                "open it; the file was left untouched."
            ).format(path=path)
        )
    if state.kind in ("current", "older"):
        refuse_if_damaged(path, full=full_check)
        if read_only is None:
            try:
                read_only = not can_write(path)
            except OSError as error:
                raise DatabaseRefused(
                    _("{path} cannot be opened: {reason}").format(path=path, reason=error)
                ) from error
    read_only = bool(read_only) and state.kind != "new"
    if read_only and state.kind == "older":
        raise DatabaseRefused(
            _(
                "{path} comes from an earlier version of Mentorat and must be updated before "
                "use, but it is read-only. Copy it to a folder where you can write and open "
                "the copy."
            ).format(path=path)
        )
    if read_only:
        engine = make_engine(path, read_only=True)
        if daily_backup:
            _daily_backup(path, clock)
        return Database(path, engine, clock, None, read_only=True)
    backup = None
    if state.kind == "older":
        try:
            backup = backup_file(path, state.revision, clock)
        except UserError as error:
            raise DatabaseRefused(error.message) from error
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseRefused(
            _("The folder of {path} cannot be created: {reason}").format(path=path, reason=error)
        ) from error
    engine = make_engine(path)
    try:
        if state.kind != "current":
            upgrade_to_head(engine)
    except Exception as error:
        # The upgrade ran in one transaction, so the file is as it was; the backup stays too.
        engine.dispose()
        raise DatabaseRefused(
            _("{path} could not be prepared: {reason}").format(path=path, reason=error)
        ) from error
    _owner_only(path)
    db = Database(path, engine, clock, backup)
    if daily_backup and state.kind in ("current", "older"):
        if backup_meanwhile:  # its own connections: nothing of the caller's is shared
            db.daily_backup = threading.Thread(
                target=_daily_backup, args=(path, clock, True), name="daily-backup"
            )
            db.daily_backup.start()
        else:
            _daily_backup(path, clock)
    return db


def _daily_backup(path: Path, clock: Clock, on_thread: bool = False) -> None:
    from mentorat_desktop.services.safekeeping.backups import daily_backup_if_due

    try:
        daily_backup_if_due(path, clock)
    except UserError as error:  # the file is sound and open: say so, do not stop
        _log.warning("daily backup not made: %s", type(error).__name__)
    except Exception as error:
        if not on_thread:
            raise
        # On its thread nobody would hear of it: the log says so (no names, no paths).
        _log.error("daily backup failed: %s", type(error).__name__)


def _owner_only(path: Path) -> None:
    """The file and its side files readable by their owner only, whatever the umask was
    when they were made."""
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        target = path.with_name(name)
        with contextlib.suppress(OSError):
            if not target.exists():
                continue
            info = target.stat()
            owned = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if owned and info.st_mode & 0o077:  # take rights from others, never add any
                os.chmod(target, info.st_mode & 0o700)
