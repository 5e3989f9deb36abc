"""Each program year keeps its personal information until a date, then shows it is due."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mentorat_desktop import cli
from mentorat_desktop.errors import ValidationFailed
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.privacy.erasure import anonymise_year
from mentorat_desktop.services.privacy.retention import set_retention, years_to_destroy


def test_retention_is_set_at_creation_from_the_committee_default(db, cohort):
    assert cohort.retention_until == date(2029, 6, 30)
    preferences = Preferences()
    preferences.retention_years = 5
    preferences.save()
    later = create_cohort(db, CohortForm("2027-2028", date(2027, 9, 1), date(2028, 6, 30)))
    assert later.retention_until == date(2033, 6, 30)


def test_retention_is_editable_but_not_before_the_year_ends(db, cohort):
    set_retention(db, cohort.id, date(2028, 1, 31))
    with pytest.raises(ValidationFailed):
        set_retention(db, cohort.id, date(2027, 1, 1))


def test_a_passed_date_is_due_until_the_year_is_anonymised(db, cohort, clock):
    assert years_to_destroy(db) == []
    clock.current = clock.current.replace(year=2029, month=7, day=2)
    [due] = years_to_destroy(db)
    assert (due.name, due.retention_until) == ("2026-2027", date(2029, 6, 30))
    anonymise_year(db, cohort.id)
    assert years_to_destroy(db) == []


def test_due_command_lists_personal_information_to_destroy(db, db_path, capsys):
    create_cohort(
        db,
        CohortForm(
            "2019-2020", date(2019, 9, 1), date(2020, 6, 30), retention_until=date(2022, 6, 30)
        ),
    )
    db.close()
    assert cli.main(["due", "--db", str(db_path)]) == 0
    assert "Renseignements personnels à détruire : 2019-2020".replace(" :", "\u00a0:") in (
        capsys.readouterr().out
    )
    assert cli.main(["due", "--db", str(db_path), "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item == {
        "kind": "personal_information_to_destroy", "late": True, "since": "2022-06-30",
        "cohort": "2019-2020",
    }  # fmt: skip
