"""Revision 0004: a file with a year of data at 0002 gains the activity tables, keeps every row,
and can hold an activity, its attendance and a request right away."""

from __future__ import annotations

import importlib.util
from datetime import date, datetime
from pathlib import Path

from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import head_revision, open_database
from mentorat_desktop.models.enums import Attendance
from mentorat_desktop.services.activities.attendance import record_attendance
from mentorat_desktop.services.activities.planning import activity_invitees, plan_activity
from mentorat_desktop.services.activities.records import ActivityForm
from mentorat_desktop.services.activities.requests import record_request

# The year of data the other migration tests use, written at the base revision.
_spec = importlib.util.spec_from_file_location(
    "migration_files", Path(__file__).with_name("test_migrations.py")
)
assert _spec is not None and _spec.loader is not None
migration_files = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(migration_files)
build_file, revision_of, snapshot = (
    migration_files.build_file,
    migration_files.revision_of,
    migration_files.snapshot,
)


def test_upgrade_from_0002_keeps_rows_and_holds_activities(db_path: Path) -> None:
    build_file(db_path, "0002")
    before = snapshot(db_path)
    clock = FixedClock(datetime(2026, 11, 20, 10, 0))

    db = open_database(db_path, clock)
    try:
        assert db.backup is not None and "0002" in db.backup.name
        assert revision_of(db_path) == head_revision()
        # Every row kept; on the way, the areas of expertise become codes (0005).
        assert snapshot(db_path) == migration_files.with_area_codes(before)
        request = record_request(db, 2, "Gestion du changement")
        row = plan_activity(
            db,
            1,
            ActivityForm(title="Atelier", held_on=date(2026, 11, 19), request_ids=[request.id]),
        )
        # The withdrawn mentee (participation 3) of the old file is not invited.
        assert [i.participation_id for i in activity_invitees(db, row.id)] == [2]
        held = record_attendance(db, row.id, {2: Attendance.PRESENT})
        assert (held.invited, held.present) == (1, 1)
        assert held.requests[0].requester_name == "Élodie Bérubé"
    finally:
        db.close()
