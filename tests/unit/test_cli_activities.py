"""``mentorat activities``, ``activities ics``, ``export activities`` and the attendance line of
``mentorat due``: JSON, files and exit codes."""

from __future__ import annotations

import json
from datetime import date

from helpers.activities import activity_year, plan
from icalendar import Calendar
from openpyxl import load_workbook

from mentorat_desktop.cli import main
from mentorat_desktop.models.enums import ActivityLanguage


def test_list_as_json_with_counts(db, db_path, cohort, capsys):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id, held_on=date(2099, 5, 1))
    db.close()
    assert main(["activities", "--db", str(db_path), "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["id"] == row.id and listed["invited"] == 2 and listed["status"] == "planned"
    assert listed["date"] == "2099-05-01" and listed["start"] == "12:00"
    assert main(["activities", "--db", str(db_path), "--cohort", "1999"]) == 1
    assert "1999" in capsys.readouterr().err


def test_ics_written_and_unknown_activity_refused(db, db_path, cohort, tmp_path, capsys):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id, language=ActivityLanguage.FR)
    db.close()
    out = tmp_path / "atelier.ics"
    assert main(["activities", "ics", str(row.id), "--out", str(out), "--db", str(db_path)]) == 0
    event = Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert len(event["attendee"]) == 2
    assert main(["activities", "ics", "99", "--out", str(out), "--db", str(db_path)]) == 1
    assert "99" in capsys.readouterr().err
    assert main(["activities", "ics", "--db", str(db_path)]) == 2


def test_export_activities(db, db_path, cohort, tmp_path):
    activity_year(db, cohort.id)
    plan(db, cohort.id)
    db.close()
    out = tmp_path / "activites.xlsx"
    assert main(["export", "activities", "--out", str(out), "--db", str(db_path)]) == 0
    sheet = load_workbook(out).active
    assert sheet.cell(2, 1).value == "Atelier : gérer le changement"
    assert sheet.cell(2, 12).value == 2
    bad = tmp_path / "activites.txt"
    assert main(["export", "activities", "--out", str(bad), "--db", str(db_path)]) == 2


def test_due_lists_attendance_to_record_after_the_date(db, db_path, cohort, capsys):
    activity_year(db, cohort.id)
    plan(db, cohort.id, held_on=date(2026, 10, 1))
    db.close()
    assert main(["due", "--db", str(db_path), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["kind"], i["since"]) for i in items] == [("attendance_to_record", "2026-10-01")]
    assert main(["due", "--db", str(db_path)]) == 0
    assert "Présences à consigner" in capsys.readouterr().out
