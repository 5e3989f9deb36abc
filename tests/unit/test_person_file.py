"""A person's file holds, field by field, what was entered about them, in every year."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from mentorat_desktop import cli
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.paths import resources_dir
from mentorat_desktop.services.privacy.person_file import collect, write_person_file
from tests.helpers.evaluations import small_year
from tests.helpers.privacy import CANARY_EMAIL, plant_canary

SCHEMA = json.loads((resources_dir() / "privacy" / "person-file.schema.json").read_text())


def conforms(value: Any, schema: dict[str, Any], where: str = "$") -> None:
    """A small check of the shipped schema: required keys, no others, types, constants."""
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], where
    kinds = schema.get("type")
    if kinds:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        python = {
            "string": str, "integer": int, "number": (int, float), "boolean": bool,
            "array": list, "object": dict, "null": type(None),
        }  # fmt: skip
        assert any(isinstance(value, python[k]) for k in kinds), where
    if isinstance(value, dict) and "properties" in schema:
        assert set(value) == set(schema["required"]), where
        for key, sub in schema["properties"].items():
            conforms(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            conforms(item, schema["items"], f"{where}[{n}]")


def _entered(db, year) -> None:
    with db.unit_of_work() as s:
        pairing = s.get(Pairing, year.pairs["p1"])
        mentor: Participation = pairing.mentor
        mentor.motivation = "Transmettre"
        mentor.consent_purpose = "Jumelage et suivi du programme"
        mentor.expertise_areas = ["finance"]
        mentor.capacity = 2
        pairing.agreements = {"frequency": "Toutes les trois semaines"}


def test_file_holds_what_was_entered_field_by_field(db, cohort):
    year = small_year(db, cohort.id)
    plant_canary(db, year.pairs["p1"])
    _entered(db, year)
    data = collect(db, CANARY_EMAIL, privacy_officer="Line Roy", purposes="Jumelage")
    conforms(data, SCHEMA)
    assert data["person"]["email"] == CANARY_EMAIL
    assert data["person"]["phone"] == "418 555-0199"
    assert data["privacy_officer"] == "Line Roy"
    assert [r["program_year"] for r in data["registrations"]] == ["2025-2026", "2026-2027"]
    this_year = data["registrations"][1]
    assert this_year["role"] == "mentor"
    assert this_year["motivation"] == "Transmettre"
    assert this_year["consent"] == {
        "date": "2026-05-01",
        "purpose": "Jumelage et suivi du programme",
    }
    assert this_year["expertise_areas"] == ["finance"] and this_year["capacity"] == 2
    assert this_year["committee_notes"].startswith("Appeler")
    p1 = next(p for p in data["pairs"] if p["agreements"])
    assert p1["partner"] == "Anouk Bellefleur"
    assert p1["agreements"] == {"frequency": "Toutes les trois semaines"}
    assert p1["goals"][0]["title"].startswith("Préparer la relève")
    assert [s["duration_minutes"] for s in p1["sessions"]] == [60, 90, 60]
    # Pairs of both years: two this year (P1, P4) and one the year before.
    assert len(data["pairs"]) == 3
    answers = {a["question"]: a for r in data["questionnaires"] for a in r["answers"]}
    assert answers["satisfaction"]["number"] in (2.0, 4.0, 5.0)
    assert answers["comments"]["written"] == "Une belle expérience."
    assert any(a["action"] == "participation.update" for a in data["audit"])


def test_written_owner_only_as_json_and_xlsx(db, cohort, tmp_path: Path):
    year = small_year(db, cohort.id)
    plant_canary(db, year.pairs["p1"])
    for name in ("file.json", "file.xlsx"):
        path = write_person_file(db, CANARY_EMAIL, tmp_path / name)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    workbook = load_workbook(tmp_path / "file.xlsx")
    assert workbook.sheetnames[:2] == ["Personne", "Inscriptions"]
    person = {row[0].value: row[1].value for row in workbook["Personne"].iter_rows(min_row=2)}
    assert person["Courriel"] == CANARY_EMAIL
    assert json.loads((tmp_path / "file.json").read_text())["person"]["email"] == CANARY_EMAIL


def test_command_writes_the_file(db, cohort, db_path, tmp_path, capsys):
    year = small_year(db, cohort.id)
    plant_canary(db, year.pairs["p1"])
    db.close()
    out = tmp_path / "dossier.json"
    code = cli.main(
        ["privacy", "export-person", CANARY_EMAIL, "--out", str(out), "--db", str(db_path)]
    )
    assert code == 0
    assert json.loads(out.read_text())["registrations"][0]["program_year"] == "2025-2026"
    assert (
        cli.main(
            [
                "privacy",
                "export-person",
                "nobody@example.org",
                "--out",
                str(out),
                "--db",
                str(db_path),
            ]
        )
        == 1
    )
    assert "nobody@example.org" in capsys.readouterr().err
