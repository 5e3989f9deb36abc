"""The incident register: recorded with what the regulation asks, corrected, never deleted."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy.exc import IntegrityError

from mentorat_desktop import cli
from mentorat_desktop.errors import ValidationFailed
from mentorat_desktop.models import ConfidentialityIncident
from mentorat_desktop.services.privacy.incidents import (
    IncidentForm,
    correct_incident,
    list_incidents,
    record_incident,
)

LOST_LAPTOP = IncidentForm(
    discovered_on=date(2026, 10, 2),
    description="Ordinateur portable oublié dans un taxi",
    information_involved="Noms, courriels et objectifs de 12 mentorés",
    occurred_on=date(2026, 9, 30),
    occurred_estimated=True,
    persons_affected=12,
    persons_estimated=False,
    risk_of_serious_injury=True,
    risk_reasons="Objectifs de développement sensibles; disque non chiffré",
    commission_notified_on=date(2026, 10, 3),
    persons_notified_on=date(2026, 10, 4),
    measures_taken="Mots de passe changés; chiffrement exigé",
)


def test_round_trip_through_the_register_and_its_files(db, db_path, tmp_path, capsys):
    recorded = record_incident(db, LOST_LAPTOP, actor="Line Roy")
    assert list_incidents(db) == [recorded]
    assert recorded.form == LOST_LAPTOP
    db.close()
    assert cli.main(["privacy", "incidents", "--json", "--db", str(db_path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["persons_affected"] == 12
    assert listed[0]["occurred_on"] == "2026-09-30" and listed[0]["occurred_estimated"]
    assert listed[0]["risk_reasons"].startswith("Objectifs")
    out = tmp_path / "registre.xlsx"
    assert cli.main(["privacy", "incidents", "--out", str(out), "--db", str(db_path)]) == 0
    sheet = load_workbook(out).active
    assert sheet.cell(row=2, column=7).value == 12
    assert cli.main(["privacy", "incidents", "--out", str(tmp_path / "r.csv"), "--db",
                     str(db_path)]) == 0  # fmt: skip


def test_corrections_keep_the_earlier_value(db):
    recorded = record_incident(db, LOST_LAPTOP)
    corrected = correct_incident(db, recorded.id, replace(LOST_LAPTOP, persons_affected=14), "Ana")
    assert corrected.form.persons_affected == 14
    [change] = corrected.corrections
    assert (change.field, change.before, change.after, change.actor) == (
        "persons_affected", "12", "14", "Ana",
    )  # fmt: skip


def test_what_the_regulation_asks_is_required(db):
    with pytest.raises(ValidationFailed) as failure:
        record_incident(db, replace(LOST_LAPTOP, information_involved=" ", risk_reasons=""))
    assert {e.field for e in failure.value.errors} == {"information_involved", "risk_reasons"}
    with pytest.raises(ValidationFailed):
        record_incident(db, replace(LOST_LAPTOP, occurred_on=date(2026, 10, 9)))


def test_entries_are_never_deleted(db):
    record_incident(db, LOST_LAPTOP)
    with pytest.raises(IntegrityError), db.unit_of_work() as s:
        s.delete(s.get(ConfidentialityIncident, 1))
