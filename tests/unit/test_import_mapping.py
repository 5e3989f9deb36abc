"""Matching columns to fields from their headers, remembering the mapping, mapping files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.import_files import EN_HEADERS, FR_HEADERS, UNKNOWN_EN, UNKNOWN_FR

from mentorat_desktop import paths
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.importing.columns import (
    FIELDS,
    guess_mapping,
    importable_fields,
    normalise_header,
)
from mentorat_desktop.services.importing.contract import ColumnMapping, ImportFileError
from mentorat_desktop.services.importing.mapping_memory import (
    MEMORY_FILENAME,
    load_mapping_file,
    mapping_to_json,
    remember_mapping,
    remembered_mapping,
)

EXPECTED = {
    0: "registered_on",
    1: "email",
    2: "first_name",
    3: "last_name",
    4: "role",
    5: "preferred_language",
    6: "organisation",
    7: "workplace",
    8: "region",
    9: "job_title",
    10: "career_stage",
    11: "is_member",
    12: "expertise_areas",
    13: "capacity",
    14: "development_objectives",
}


@pytest.mark.parametrize("headers", [FR_HEADERS, EN_HEADERS], ids=["fr", "en"])
def test_form_service_headers_are_matched_in_both_languages(headers: tuple[str, ...]) -> None:
    mapping = guess_mapping(headers)
    assert mapping.columns == EXPECTED
    assert mapping.role is None
    unknown = UNKNOWN_FR if headers is FR_HEADERS else UNKNOWN_EN
    assert headers.index(unknown) not in mapping.columns


def test_headers_are_compared_without_case_accents_or_punctuation() -> None:
    assert normalise_header("  ADRESSE   Courriel :") == normalise_header("adresse courriel")
    assert normalise_header("Région administrative?") == "region administrative"
    assert normalise_header("Je m’inscris à titre de…") == "je m inscris a titre de"
    assert normalise_header(None) == ""


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Courriel", "email"),
        ("Adresse électronique", "email"),
        ("E-mail", "email"),
        ("EMAIL ADDRESS", "email"),
        ("Quelle est votre adresse courriel professionnelle?", "email"),
        ("Prénom", "first_name"),
        ("Given name", "first_name"),
        ("Nom de famille", "last_name"),
        ("Nom complet", "full_name"),
        ("Name", "full_name"),
        ("Établissement", "organisation"),
        ("Employeur", "organisation"),
        ("Employer", "organisation"),
        ("Région", "region"),
        ("Champs d'expertise", "expertise_areas"),
        ("Areas of expertise", "expertise_areas"),
        ("Objectifs de développement / attentes envers un mentor", "development_objectives"),
        ("Development objectives", "development_objectives"),
        ("Rôle", "role"),
        ("Mentor ou mentoré?", "role"),
        ("Registering as", "role"),
        ("Vous vous inscrivez à titre de :", "role"),
        ("Date de soumission", "registered_on"),
        ("Entry Date", "registered_on"),
        ("Submitted", "registered_on"),
        ("Téléphone", "phone"),
        ("Membre certifié (CHE)?", "is_certified"),
        ("Capacités LEADS", "leads_capabilities"),
        ("Modes de rencontre", "meeting_modes"),
        ("J'accepte que mes renseignements soient utilisés aux fins du programme", "consent"),
        ("I consent to the use of my information", "consent"),
        ("Notes du comité", "committee_notes"),
    ],
)
def test_usual_wordings_of_each_question(header: str, field: str) -> None:
    assert guess_mapping([header]).columns == {0: field}


@pytest.mark.parametrize(
    "header",
    ["Nom de votre gestionnaire", "Date de naissance", UNKNOWN_FR, "Commentaires"],
)
def test_unrelated_questions_are_left_alone(header: str) -> None:
    assert guess_mapping([header]).columns == {}


def test_a_field_takes_one_column_and_exact_matches_win() -> None:
    mapping = guess_mapping(
        ["Votre adresse courriel professionnelle", "Courriel", "Adresse courriel"]
    )
    assert list(mapping.columns.values()) == ["email"]
    assert mapping.columns == {1: "email"}


def test_every_field_has_a_label_and_wordings() -> None:
    keys = [key for key, _label in importable_fields()]
    assert len(keys) == len(set(keys)) == len(FIELDS)
    assert {"full_name", "role", "consent", "registered_on", "email"} <= set(keys)
    assert all(f.synonyms and f.label for f in FIELDS)


def test_a_chosen_mapping_is_offered_again_for_the_same_headers() -> None:
    chosen = ColumnMapping(columns={1: "email", 2: "first_name", 3: "last_name"}, role=Role.MENTOR)
    assert remembered_mapping(FR_HEADERS) is None
    remember_mapping(FR_HEADERS, chosen)
    assert (paths.config_dir() / MEMORY_FILENAME).is_file()
    assert remembered_mapping(FR_HEADERS) == chosen
    # The next export, even with headers differently capitalised, gets it back...
    assert remembered_mapping([h.upper() for h in FR_HEADERS]) == chosen
    # ...but a file with other headers does not.
    assert remembered_mapping(EN_HEADERS) is None
    assert remembered_mapping(FR_HEADERS[:-1]) is None
    other = ColumnMapping(columns={1: "email"})
    remember_mapping(EN_HEADERS, other)
    assert remembered_mapping(EN_HEADERS) == other
    assert remembered_mapping(FR_HEADERS) == chosen


def test_a_damaged_memory_file_is_ignored_and_replaced() -> None:
    path = paths.config_dir() / MEMORY_FILENAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ not json", encoding="utf-8")
    assert remembered_mapping(FR_HEADERS) is None
    remember_mapping(FR_HEADERS, ColumnMapping(columns={1: "email"}))
    assert remembered_mapping(FR_HEADERS) == ColumnMapping(columns={1: "email"})
    assert list(path.parent.glob(".import_mappings-*")) == []


def test_an_unwritable_memory_does_not_stop_the_import(monkeypatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("MENTORAT_CONFIG_DIR", str(blocker / "config"))
    remember_mapping(FR_HEADERS, ColumnMapping(columns={1: "email"}))
    assert remembered_mapping(FR_HEADERS) is None


def _mapping_file(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_mapping_file_round_trip(tmp_path: Path) -> None:
    mapping = guess_mapping(FR_HEADERS)
    mapping = ColumnMapping(columns=mapping.columns, role=Role.MENTEE)
    data = mapping_to_json(FR_HEADERS, mapping)
    assert data["columns"]["Adresse courriel"] == "email"
    assert data["columns"][UNKNOWN_FR] is None
    assert data["role"] == "mentee"
    assert load_mapping_file(_mapping_file(tmp_path, data), FR_HEADERS) == mapping


def test_mapping_file_headers_match_loosely_and_unnamed_headers_are_ignored(tmp_path: Path) -> None:
    path = _mapping_file(tmp_path, {"columns": {"adresse COURRIEL": "email", "Nom": None}})
    assert load_mapping_file(path, FR_HEADERS) == ColumnMapping(columns={1: "email"})


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"columns": {"Fax": "phone"}}, "Fax"),
        ({"columns": {"Prénom": "prenom"}}, "prenom"),
        ({"columns": {"Prénom": "first_name", "Nom": "first_name"}}, "first_name"),
        ({"columns": {}, "role": "coach"}, "coach"),
        ({"colonnes": {}}, "columns"),
        (["email"], "columns"),
    ],
)
def test_bad_mapping_files_are_refused_clearly(tmp_path: Path, data: object, expected: str) -> None:
    with pytest.raises(ImportFileError) as failure:
        load_mapping_file(_mapping_file(tmp_path, data), FR_HEADERS)
    assert expected in failure.value.message


def test_mapping_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "mapping.json"
    path.write_bytes(b"\xff\xfe garbage")
    with pytest.raises(ImportFileError) as failure:
        load_mapping_file(path, FR_HEADERS)
    assert "mapping.json" in failure.value.message
    with pytest.raises(ImportFileError):
        load_mapping_file(tmp_path / "missing.json", FR_HEADERS)
