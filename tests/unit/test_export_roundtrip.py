"""Exporting a year's participants and importing the file into an empty database gives back
the same participants: the export's headers and labels are ones the import recognises, in
French and in English, from Excel and from CSV."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorat_desktop import i18n
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.services.cohorts import CohortForm, create_cohort, resolve_cohort
from mentorat_desktop.services.demo import DemoSummary, write_demo
from mentorat_desktop.services.exporting.tables import participants_table
from mentorat_desktop.services.exporting.writers import export_table
from mentorat_desktop.services.importing.contract import DuplicatePolicy, RowStatus
from mentorat_desktop.services.registration import (
    RegistrationForm,
    list_participants,
    load_form,
)

# Skipped until the import engine lands; looked up by name so the imports stay sorted the
# same way before and after its modules exist.
_ENGINE = "mentorat_desktop.services.importing"
apply_import = pytest.importorskip(f"{_ENGINE}.apply").apply_import
guess_mapping = pytest.importorskip(f"{_ENGINE}.columns").guess_mapping
preview_import = pytest.importorskip(f"{_ENGINE}.preview").preview_import
read_table = pytest.importorskip(f"{_ENGINE}.reader").read_table

NOW = datetime(2026, 10, 5, 9, 30)  # the moment of the ``clock`` fixture


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path, FixedClock(NOW))
    try:
        summary = write_demo(database)
    finally:
        database.close()
    return path, summary


@pytest.fixture
def demo(demo_file: tuple[Path, DemoSummary]) -> Iterator[Database]:
    database = open_database(demo_file[0], FixedClock(NOW))
    yield database
    database.close()


def _forms_by_email(db: Database, cohort_id: int) -> dict[str, RegistrationForm]:
    return {
        row.email: load_form(db, row.participation_id) for row in list_participants(db, cohort_id)
    }


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exported_participants_import_back_unchanged(
    demo: Database, tmp_path: Path, clock: FixedClock, language: str, suffix: str
) -> None:
    i18n.set_language(language)
    source = resolve_cohort(demo, None)
    out = export_table(participants_table(demo, source.id), tmp_path / f"participants{suffix}")
    originals = _forms_by_email(demo, source.id)

    fresh = open_database(tmp_path / "fresh.sqlite3", clock)
    try:
        target = create_cohort(fresh, CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30)))
        table = read_table(out)
        mapping = guess_mapping(table.headers)
        preview = preview_import(fresh, target.id, table, mapping)
        assert preview.problems == ()
        assert preview.count(RowStatus.NEW) == len(originals)
        result = apply_import(fresh, target.id, preview, duplicates=DuplicatePolicy.SKIP)
        assert (result.created, result.updated, result.skipped) == (len(originals), 0, 0)
        imported = _forms_by_email(fresh, target.id)
    finally:
        fresh.close()

    # Only the registration forms are compared: a withdrawal (its date and reason) is a
    # committee decision recorded later, not an answer of the registration form, so the
    # people withdrawn in the demo come back registered, with every answer they gave.
    assert imported.keys() == originals.keys()
    for email, original in originals.items():
        assert imported[email] == original, email
