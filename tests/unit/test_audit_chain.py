"""The audit trail is sealed: each of three alterations is caught, naming the first entry hit."""

from __future__ import annotations

import sqlite3
from contextlib import nullcontext
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorat_desktop import cli
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.services import audit
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.privacy.chain import verify_chain
from mentorat_desktop.services.privacy.history import HistoryFilter, history
from mentorat_desktop.services.privacy.retention import set_retention


def _four_entries(db: Database) -> None:
    for year in (2023, 2024, 2025):
        create_cohort(db, CohortForm(f"{year}-{year + 1}", date(year, 9, 1), date(year + 1, 6, 30)))
    set_retention(db, 1, date(2027, 6, 30), actor="Line Roy")


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def _verify(db_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["audit", "verify", "--db", str(db_path)])
    return code, capsys.readouterr().out


def test_untouched_trail_verifies(db, db_path, capsys):
    _four_entries(db)
    db.close()
    code, out = _verify(db_path, capsys)
    assert code == 0
    assert "4" in out


def test_edited_summary_is_caught(db, db_path, capsys):
    _four_entries(db)
    db.close()
    _sql(db_path, "UPDATE audit_entries SET summary = 'rien' WHERE id = 2")
    code, out = _verify(db_path, capsys)
    assert code == 1
    assert "no 2 " in out.replace("\u00a0", " ") and "modifiée" in out


def test_inserted_back_dated_entry_is_caught(db, db_path, capsys):
    _four_entries(db)
    db.close()
    _sql(
        db_path,
        "INSERT INTO audit_entries (at, actor, action, entity, entity_id, cohort_id, summary,"
        " details, content_hash, chain_hash) SELECT '2020-01-01 10:00:00.000000', actor, action,"
        " entity, entity_id, cohort_id, summary, details, content_hash, chain_hash"
        " FROM audit_entries WHERE id = 1",
    )
    code, out = _verify(db_path, capsys)
    assert code == 1
    assert "no 5 " in out.replace("\u00a0", " ")


def test_deleted_entry_is_caught(db, db_path, capsys):
    _four_entries(db)
    db.close()
    _sql(
        db_path,
        "DROP TRIGGER audit_entries_no_delete",
        "DELETE FROM audit_entries WHERE id = 2",
    )
    code, out = _verify(db_path, capsys)
    assert code == 1
    # The entry after the gap no longer follows the one before it.
    assert "no 3 " in out.replace("\u00a0", " ")


def test_who_is_never_empty(db, monkeypatch):
    monkeypatch.delenv(audit.ACTOR_VARIABLE, raising=False)
    audit.set_default_actor("")
    create_cohort(db, CohortForm("2030-2031", date(2030, 9, 1), date(2031, 6, 30)))
    assert history(db)[-1].actor == audit.computer_user()
    monkeypatch.setenv(audit.ACTOR_VARIABLE, "Ana Ng")
    set_retention(db, 1, date(2034, 6, 30))
    assert history(db)[-1].actor == "Ana Ng"
    assert verify_chain(db).intact


def test_actor_option_is_recorded(db_path, capsys, monkeypatch):
    monkeypatch.setenv(audit.ACTOR_VARIABLE, "Ana Ng")
    assert cli.main(["demo", "--db", str(db_path), "--actor", "Léo Lee"]) == 0
    capsys.readouterr()
    assert cli.main(["audit", "--db", str(db_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"actor": "Léo Lee"' in out
    audit.set_default_actor("")


def test_history_filters_by_year_and_action(db):
    _four_entries(db)
    assert [r.action for r in history(db, HistoryFilter(cohort_id=1))] == [
        "cohort.create",
        "cohort.retention",
    ]
    assert len(history(db, HistoryFilter(action="cohort."))) == 4
    assert history(db, HistoryFilter(since=date(2030, 1, 1))) == []


def test_last_entries_cut_are_caught(db, db_path, capsys):
    _four_entries(db)
    db.close()
    assert _verify(db_path, capsys)[0] == 0  # notes where the trail ends
    _sql(
        db_path,
        "DROP TRIGGER audit_entries_no_delete",
        "DELETE FROM audit_entries WHERE id = 4",
    )
    code, out = _verify(db_path, capsys)
    assert code == 1
    assert "coupé" in out


def test_many_entries_of_one_step_chain_to_each_other_and_to_the_next_step(db):
    """A bulk step writes many entries in one transaction (an import: one per person, then
    the import itself); each seals the one before, and the next step seals the last."""
    cohort = create_cohort(db, CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30)))
    with db.unit_of_work() as session:
        for n in range(5):
            audit.record(
                session,
                db.clock,
                actor="Line Roy",
                action="test.bulk",
                entity="cohort",
                entity_id=cohort.id,
                cohort_id=cohort.id,
                summary=f"entry {n}",
            )
    set_retention(db, cohort.id, date(2030, 6, 30), actor="Line Roy")
    def entry(session, action: str) -> None:
        audit.record(
            session,
            db.clock,
            actor="Line Roy",
            action=action,
            entity="cohort",
            entity_id=cohort.id,
            cohort_id=cohort.id,
        )

    with pytest.raises(RuntimeError), db.unit_of_work() as session:
        entry(session, "test.failed")  # a step that fails writes nothing ...
        raise RuntimeError
    with db.unit_of_work() as session:
        entry(session, "test.after")  # ... and the next entry seals what the file holds
    report = verify_chain(db)
    assert report.intact and report.entries == 8


def _rows(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT * FROM audit_entries ORDER BY id").fetchall()
    finally:
        connection.close()


def _write_step(db: Database, clock: FixedClock, cohort_id: int, *, chained: bool) -> None:
    """Six entries of one step, with the clock moving between them; chained or one by one."""
    with db.unit_of_work() as session:
        writer = audit.chained(session, db.clock) if chained else nullcontext()
        with writer:
            for n in range(5):
                clock.advance(seconds=7)
                audit.record(
                    session,
                    db.clock,
                    actor="Line Roy" if n % 2 else "",
                    action="participation.register",
                    entity="participation",
                    entity_id=n + 1,
                    cohort_id=cohort_id,
                    summary=f"Élise Tremblay-{n} (mentee)",
                    details={"rang": n, "note": "à revoir"} if n == 3 else None,
                )
            audit.record(
                session,
                db.clock,
                actor="",
                action="import",
                entity="cohort",
                entity_id=None,
                cohort_id=cohort_id,
                summary="5 created",
                details={"created": 5},
            )


def test_chained_step_writes_the_same_trail_as_one_by_one(tmp_path, capsys, monkeypatch):
    """A bulk step's entries, chained in memory and written together, are the very rows
    (same order, same seals) that recording them one at a time writes; the trail verifies
    and the next step seals on their last."""
    monkeypatch.setenv(audit.ACTOR_VARIABLE, "Ana Ng")
    paths = {"one_by_one": tmp_path / "one.sqlite3", "chained": tmp_path / "chained.sqlite3"}
    for way, path in paths.items():
        clock = FixedClock(datetime(2026, 10, 5, 9, 30))
        db = open_database(path, clock)
        cohort = create_cohort(db, CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30)))
        _write_step(db, clock, cohort.id, chained=way == "chained")
        clock.advance(minutes=1)
        set_retention(db, cohort.id, date(2030, 6, 30), actor="Line Roy")
        assert verify_chain(db).intact
        db.close()
        assert _verify(path, capsys)[0] == 0
    one_by_one, chained = (_rows(p) for p in paths.values())
    assert len(chained) == 8
    assert chained == one_by_one
    assert [row[2] for row in chained[1:7]] == ["Ana Ng", "Line Roy"] * 2 + ["Ana Ng"] * 2


def test_chained_step_that_fails_writes_no_entry(db, cohort):
    before = len(history(db))
    with (
        pytest.raises(RuntimeError),
        db.unit_of_work() as session,
        audit.chained(session, db.clock),
    ):
        audit.record(
            session,
            db.clock,
            actor="Line Roy",
            action="test.failed",
            entity="cohort",
            entity_id=cohort.id,
            cohort_id=cohort.id,
        )
        raise RuntimeError
    assert len(history(db)) == before
    set_retention(db, cohort.id, date(2030, 6, 30), actor="Line Roy")
    assert verify_chain(db).intact
