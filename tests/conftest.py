"""Fixtures shared by every test: a fresh database file per test, a clock that never moves
unless told to, headless Qt, and preferences kept away from the real user's folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mentorat_desktop import i18n
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.services.cohorts import CohortForm, CohortSummary, create_cohort

NOW = datetime(2026, 10, 5, 9, 30)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("MENTORAT_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("MENTORAT_CONFIG_DIR", str(base / "config"))


@pytest.fixture(autouse=True)
def french_by_default() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("fr")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "program.sqlite3"


@pytest.fixture
def db(db_path: Path, clock: FixedClock) -> Iterator[Database]:
    database = open_database(db_path, clock)
    yield database
    database.close()


@pytest.fixture
def cohort(db: Database) -> CohortSummary:
    return create_cohort(
        db, CohortForm(name="2026-2027", start_date=date(2026, 9, 1), end_date=date(2027, 6, 30))
    )
