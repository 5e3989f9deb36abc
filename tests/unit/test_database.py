"""Opening a file: created, reopened, or refused and left byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from mentorat_desktop import db as database
from mentorat_desktop import i18n
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.errors import DatabaseRefused
from mentorat_desktop.models import AuditEntry, Cohort, Participation

# --- helpers -----------------------------------------------------------------------------------


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's content and the names beside it: what "left untouched" must keep equal."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(os.listdir(path.parent))


def stored_revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def application_id(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA application_id").fetchone()[0]
    finally:
        connection.close()


def assert_refused_untouched(path: Path, clock: FixedClock) -> DatabaseRefused:
    before = fingerprint(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path, clock)
    assert fingerprint(path) == before
    return refused.value


def cohort_row(name: str = "2026-2027") -> Cohort:
    return Cohort(
        name=name,
        start_date=date(2026, 9, 1),
        end_date=date(2027, 6, 30),
        created_at=datetime(2026, 10, 5, 9, 30),
    )


@pytest.fixture
def english() -> None:
    i18n.set_language("en")


# --- a new file --------------------------------------------------------------------------------


def test_new_file_is_created_at_head_and_marked_as_mentorat(db: Database, db_path: Path) -> None:
    assert db.path == db_path.resolve()
    assert db.backup is None
    assert stored_revision(db_path) == database.head_revision()
    assert application_id(db_path) == database.APPLICATION_ID


def test_every_connection_enforces_foreign_keys_and_writes_durably(db: Database) -> None:
    # Two connections at once, so the pragmas are seen to come from the engine, not by luck.
    with db.engine.connect() as first, db.engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert (
                connection.exec_driver_sql("PRAGMA application_id").scalar()
                == database.APPLICATION_ID
            )


def test_unit_of_work_sessions_enforce_foreign_keys(db: Database) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(
            Participation(
                cohort_id=999,
                person_id=999,
                role="mentor",
                preferred_language="fr",
                organisation="Nulle part",
                region="03",
                job_title="Directrice",
                career_stage="senior",
                consent_date=date(2026, 5, 1),
                registered_on=date(2026, 5, 1),
                created_at=datetime(2026, 5, 1),
                updated_at=datetime(2026, 5, 1),
            )
        )


def test_empty_file_is_initialised(db_path: Path, clock: FixedClock) -> None:
    db_path.touch()
    opened = open_database(db_path, clock)
    opened.close()
    assert opened.backup is None
    assert stored_revision(db_path) == database.head_revision()
    assert application_id(db_path) == database.APPLICATION_ID


def test_missing_folders_are_created(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "deep" / "er" / "mentorat.sqlite3"
    open_database(path, clock).close()
    assert stored_revision(path) == database.head_revision()


@pytest.mark.parametrize(
    "name",
    [
        "programme 2026 été.sqlite3",
        "comité #2 (50%).sqlite3",
        pytest.param(
            "quoi?.sqlite3",
            marks=pytest.mark.skipif(os.name == "nt", reason="'?' is not allowed on Windows"),
        ),
    ],
)
def test_file_names_are_used_as_they_are(tmp_path: Path, clock: FixedClock, name: str) -> None:
    # A name is a name, not a URL: '?', '#' and '%' must not send the data to another file.
    path = tmp_path / name
    opened = open_database(path, clock)
    with opened.unit_of_work() as session:
        session.add(cohort_row())
    opened.close()
    assert sorted(os.listdir(tmp_path)) == [name]
    assert stored_revision(path) == database.head_revision()


# --- reopening ---------------------------------------------------------------------------------


def test_current_file_is_reopened_as_is_without_backup(db_path: Path, clock: FixedClock) -> None:
    first = open_database(db_path, clock)
    with first.unit_of_work() as session:
        session.add(cohort_row())
    first.close()

    again = open_database(db_path, clock)
    try:
        assert again.backup is None
        with again.unit_of_work() as session:
            assert session.scalars(select(Cohort.name)).all() == ["2026-2027"]
    finally:
        again.close()
    assert sorted(os.listdir(db_path.parent)) == [db_path.name]


def test_a_file_open_elsewhere_can_be_opened_again(db: Database, db_path: Path) -> None:
    # The GUI may hold the file while the command line reads it.
    with db.unit_of_work() as session:
        session.add(cohort_row())
    second = open_database(db_path, db.clock)
    try:
        with second.unit_of_work() as session:
            assert session.scalar(select(func.count()).select_from(Cohort)) == 1
    finally:
        second.close()


# --- refusals ----------------------------------------------------------------------------------


def test_file_from_a_newer_version_is_refused_untouched(
    db_path: Path, clock: FixedClock, english: None
) -> None:
    made = open_database(db_path, clock)
    with made.unit_of_work() as session:
        session.add(cohort_row())
    made.close()
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()

    refused = assert_refused_untouched(db_path, clock)

    assert "newer version" in refused.message
    assert str(db_path) in refused.message
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert not db_path.with_name(db_path.name + "-shm").exists()


def test_newer_file_is_refused_in_french_by_default(db_path: Path, clock: FixedClock) -> None:
    open_database(db_path, clock).close()
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()
    refused = assert_refused_untouched(db_path, clock)
    assert str(db_path) in refused.message


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(random.Random(20261005).randbytes(8192), id="random-bytes"),
        pytest.param("Liste des mentors\nÉlodie Bérubé\n".encode(), id="text"),
        pytest.param(b"\n", id="one-byte"),
        pytest.param(b"SQLite format 3\x00", id="truncated-header"),
        pytest.param(b"%PDF-1.7\n" + bytes(4096), id="pdf-like"),
    ],
)
def test_file_that_is_not_a_database_is_refused_untouched(
    db_path: Path, clock: FixedClock, content: bytes, english: None
) -> None:
    db_path.write_bytes(content)
    refused = assert_refused_untouched(db_path, clock)
    assert "not a Mentorat file" in refused.message
    assert db_path.read_bytes() == content


def test_database_of_another_program_is_refused_untouched(
    db_path: Path, clock: FixedClock, english: None
) -> None:
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO contacts (name) VALUES ('Élodie')")
    connection.close()
    refused = assert_refused_untouched(db_path, clock)
    assert "another program" in refused.message


def test_another_programs_wal_database_is_refused_without_leftover_files(
    db_path: Path, clock: FixedClock
) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode = WAL")
    with connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    connection.close()
    assert_refused_untouched(db_path, clock)
    assert sorted(os.listdir(db_path.parent)) == [db_path.name]


def test_empty_database_marked_by_another_program_is_refused(
    db_path: Path, clock: FixedClock
) -> None:
    # No tables yet, but the file says whose it is (as GeoPackage or Fossil files do).
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA application_id = 1196444487")
    connection.close()
    assert_refused_untouched(db_path, clock)


def test_mentorat_marked_file_without_version_is_refused(db_path: Path, clock: FixedClock) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    with connection:
        connection.execute("CREATE TABLE cohorts (id INTEGER PRIMARY KEY)")
    connection.close()
    assert_refused_untouched(db_path, clock)


def test_folder_is_refused(tmp_path: Path, clock: FixedClock, english: None) -> None:
    folder = tmp_path / "a folder.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseRefused, match="folder"):
        open_database(folder, clock)
    assert list(folder.iterdir()) == []


def test_inspecting_never_leaves_files_behind(db: Database, db_path: Path) -> None:
    db.close()
    before = fingerprint(db_path)
    assert database.inspect_file(db_path).kind == "current"
    assert fingerprint(db_path) == before


# --- unit of work ------------------------------------------------------------------------------


def test_unit_of_work_commits_when_the_block_succeeds(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(cohort_row())
    with db.unit_of_work() as session:
        assert session.scalars(select(Cohort.name)).all() == ["2026-2027"]


def test_unit_of_work_that_raises_leaves_nothing_written(db: Database) -> None:
    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), db.unit_of_work() as session:
        session.add(cohort_row())
        session.flush()  # the rows reach the database inside the transaction...
        session.add(
            AuditEntry(at=datetime(2026, 10, 5), action="create", entity="cohort", summary="x")
        )
        session.flush()
        raise Interrupted  # ...and must vanish with it

    with db.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Cohort)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_unit_of_work_failing_on_a_constraint_keeps_earlier_changes_out(db: Database) -> None:
    with db.unit_of_work() as session:
        session.add(cohort_row("2025-2026"))

    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(cohort_row("2026-2027"))
        session.flush()
        session.add(cohort_row("2025-2026"))  # duplicate name

    with db.unit_of_work() as session:
        assert session.scalars(select(Cohort.name)).all() == ["2025-2026"]


def test_changes_are_visible_to_a_new_engine_after_commit(db: Database, db_path: Path) -> None:
    with db.unit_of_work() as session:
        session.add(cohort_row())
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT name FROM cohorts").fetchall() == [("2026-2027",)]
    finally:
        connection.close()
