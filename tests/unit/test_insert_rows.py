"""An import's many-row INSERTs go to the driver in one call: what reaches the file is
exactly what SQLAlchemy's own INSERT stores (dates, enums, JSON, booleans, empty values),
and it is part of the action's one transaction."""

from __future__ import annotations

import sqlite3

import pytest
from helpers.import_files import consenting_guess, french_xlsx
from sqlalchemy import insert

from mentorat_desktop.db import open_database
from mentorat_desktop.models import Person
from mentorat_desktop.services import audit, registration_batch
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.importing.apply import apply_import
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.importing.reader import read_table
from mentorat_desktop.services.insert_rows import insert_rows

TABLES = ("persons", "participations", "audit_entries")


def _imported(path, source, clock) -> dict[str, list[tuple]]:
    db = open_database(path, clock)
    try:
        year = create_cohort(
            db,
            CohortForm(
                "2026-2027",
                clock.today().replace(month=9, day=1),
                clock.today().replace(year=2027, month=6, day=30),
            ),
        )
        table = read_table(source)
        apply_import(
            db, year.id, preview_import(db, year.id, table, consenting_guess(table.headers))
        )
    finally:
        db.close()
    with sqlite3.connect(path) as raw:  # the stored text and types, no conversion back
        return {
            name: raw.execute(f"SELECT * FROM {name} ORDER BY id").fetchall() for name in TABLES
        }


def test_an_import_stores_what_sqlalchemys_own_insert_stores(tmp_path, clock, monkeypatch):
    source = french_xlsx(tmp_path / "export.xlsx", count=60)
    fast = _imported(tmp_path / "fast.sqlite3", source, clock)

    def sqlalchemy_insert(session, table, rows) -> None:
        session.execute(insert(table), list(rows))

    monkeypatch.setattr(registration_batch, "insert_rows", sqlalchemy_insert)
    monkeypatch.setattr(audit, "insert_rows", sqlalchemy_insert)
    own = _imported(tmp_path / "own.sqlite3", source, clock)

    assert len(fast["participations"]) == 60
    assert len(fast["audit_entries"]) > 60
    for name in TABLES:
        assert fast[name] == own[name], name


def test_rows_inserted_in_an_action_that_fails_are_not_kept(db) -> None:
    with pytest.raises(RuntimeError), db.unit_of_work() as session:
        insert_rows(
            session,
            Person.__table__,
            [
                {
                    "first_name": "Élodie",
                    "last_name": "Bérubé",
                    "email": "e@example.org",
                    "phone": "",
                    "created_at": db.clock.now(),
                },
            ],
        )
        raise RuntimeError("the action fails after the insert")
    with db.unit_of_work() as session:
        assert session.query(Person).count() == 0
