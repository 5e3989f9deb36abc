"""Backups: made and verified, owner-only, rotated as promised, restored identical."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mentorat_desktop.cli import main
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.services.safekeeping import backups


@pytest.fixture
def program(tmp_path) -> Path:
    path = tmp_path / "program.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_a_backup_is_verified_counted_and_owner_only(program, clock) -> None:
    info = backups.make_backup(program, "manual", clock)
    assert info.path.parent == program.parent / "backups"
    assert info.reason == "manual" and info.taken_at == clock.now().replace(microsecond=0)
    assert info.people and info.pairs and info.sessions
    assert info.path.stat().st_mode & 0o777 == 0o600
    assert info.path.parent.stat().st_mode & 0o777 == 0o700
    assert _dump(info.path) == _dump(program)
    assert [b.path for b in backups.list_backups(program)] == [info.path]


def test_a_restore_puts_back_exactly_the_backup_after_backing_up_the_file(
    program, clock
) -> None:
    kept = backups.make_backup(program, "manual", clock).path
    before = _dump(program)
    assert main(["import", "resources/samples/inscriptions-exemple.csv", "--db", str(program),
                 "--role", "mentee", "--consent-given"]) == 0
    assert _dump(program) != before
    clock.advance(minutes=5)
    safety = backups.restore(program, kept, clock)
    assert _dump(program) == _dump(kept) == before
    assert "-restore" in safety.name and _dump(safety) != before  # the file as it was


def test_a_damaged_backup_is_not_restored(program, clock) -> None:
    kept = backups.make_backup(program, "manual", clock).path
    data = bytearray(kept.read_bytes())
    data[8192:8192 + 512] = b"\xde\xad" * 256
    kept.write_bytes(bytes(data))
    original = program.read_bytes()
    with pytest.raises(backups.BackupFailed, match=r"damaged|endommag"):
        backups.restore(program, kept, clock)
    assert program.read_bytes() == original


def _expected(days: list[datetime], risky: list[datetime], now: datetime) -> set[datetime]:
    """The promise, computed from the dates alone: the newest copy of each of the last 12
    days, 10 ISO weeks and 9 months; risky copies younger than 30 days."""
    keep: set[datetime] = set()
    for key, limit in (
        (lambda d: d.date(), 12),
        (lambda d: d.isocalendar()[:2], 10),
        (lambda d: (d.year, d.month), 9),
    ):
        newest: dict[object, datetime] = {}
        for moment in days:
            newest[key(moment)] = max(moment, newest.get(key(moment), moment))
        for period in sorted(newest, reverse=True)[:limit]:
            keep.add(newest[period])
    keep |= {m for m in risky if now - m < timedelta(days=30)}
    return keep


def test_a_clock_walking_400_days_keeps_exactly_the_promised_set(tmp_path) -> None:
    db = tmp_path / "small.sqlite3"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE persons (id INTEGER PRIMARY KEY)")
    connection.execute("INSERT INTO persons VALUES (1)")
    connection.commit()
    connection.close()
    clock = FixedClock(datetime(2026, 1, 1, 8, 30))
    days: list[datetime] = []
    risky: list[datetime] = []
    for day in range(400):
        if backups.daily_backup_if_due(db, clock) is not None:
            days.append(clock.now())
        assert backups.daily_backup_if_due(db, clock) is None  # once a day
        if day % 9 == 0:
            clock.advance(hours=2)
            backups.backup_before(db, "import", clock)
            risky.append(clock.now())
        clock.advance(days=1)
        clock.current = clock.current.replace(hour=8, minute=30)
    kept = {b.taken_at for b in backups.list_backups(db, counts=False)}
    assert kept == _expected(days, risky, days[-1])  # the last rotation: that morning
    assert len([k for k in kept if k in days]) <= 12 + 10 + 9
    assert date(2026, 1, 1) not in {k.date() for k in kept}


def test_the_commands_back_up_list_and_check(program, capsys) -> None:
    assert main(["backup", "--db", str(program)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.is_file() and made.parent == program.parent / "backups"
    assert main(["backups", "--db", str(program), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert str(made) in [b["path"] for b in listed]
    assert all({"taken_at", "reason", "size", "people", "pairs", "sessions"} <= set(b)
               for b in listed)
    assert main(["check", "--db", str(program)]) == 0
    assert main(["restore", str(made), "--db", str(program), "--yes"]) == 0


def test_an_import_backs_up_the_file_first(program, capsys) -> None:
    assert main(["import", "resources/samples/inscriptions-exemple.csv", "--db", str(program),
                 "--role", "mentee", "--consent-given"]) == 0
    reasons = {b.reason for b in backups.list_backups(program)}
    assert {"daily", "import"} <= reasons


def test_the_days_backup_made_while_the_window_fills_is_there_once_the_file_closes(
    program, clock
) -> None:
    """The app opens its file with the day's copy made on a thread; closing the file (quit,
    a restore, another file) waits for that copy, which is as verified as ever."""
    from mentorat_desktop.db import open_database

    db = open_database(program, clock, daily_backup=True, backup_meanwhile=True)
    assert db.daily_backup is not None
    db.close()
    assert not db.daily_backup.is_alive()
    (daily,) = [b for b in backups.list_backups(program) if b.reason == "daily"]
    assert _dump(daily.path) == _dump(program)
    assert daily.path.stat().st_mode & 0o777 == 0o600
    again = open_database(program, clock, daily_backup=True, backup_meanwhile=True)
    again.close()
    assert [b.reason for b in backups.list_backups(program)].count("daily") == 1


def test_a_backup_failing_on_its_thread_is_logged_without_names(
    program, clock, monkeypatch, caplog
) -> None:
    from mentorat_desktop.db import open_database

    def broken(path, _clock, folder=None):
        raise RuntimeError(f"disk trouble with {path}")

    monkeypatch.setattr(backups, "daily_backup_if_due", broken)
    with caplog.at_level("WARNING", logger="mentorat"):
        db = open_database(program, clock, daily_backup=True, backup_meanwhile=True)
        db.close()
    assert "daily backup failed: RuntimeError" in caplog.text
    assert str(program) not in caplog.text and program.name not in caplog.text
