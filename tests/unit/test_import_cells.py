"""Turning one cell into one answer: the wordings people and form services really use."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorat_desktop import i18n
from mentorat_desktop.models.enums import CareerStage, Language, MeetingMode, Role
from mentorat_desktop.services import labels
from mentorat_desktop.services.importing import cells
from mentorat_desktop.services.importing.cells import CellError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2026, 5, 1, 14, 32, 10), date(2026, 5, 1)),
        (date(2026, 5, 1), date(2026, 5, 1)),
        ("2026-05-01", date(2026, 5, 1)),
        ("2026/05/01", date(2026, 5, 1)),
        ("2026-05-01 14:32:10", date(2026, 5, 1)),
        ("2026-05-01T14:32:10", date(2026, 5, 1)),
        ("2026/05/01 2:32:10 PM UTC-4", date(2026, 5, 1)),
        ("01/05/2026", date(2026, 5, 1)),
        ("1/5/2026", date(2026, 5, 1)),
        ("31/05/2026", date(2026, 5, 31)),
        ("05/31/2026", date(2026, 5, 31)),
        ("01/05/2026 14:32:10", date(2026, 5, 1)),
        ("1/5/26", date(2026, 5, 1)),
        ("May 1, 2026", date(2026, 5, 1)),
        ("1 May 2026", date(2026, 5, 1)),
        ("1 mai 2026", date(2026, 5, 1)),
        ("1er mai 2026", date(2026, 5, 1)),
        ("vendredi 1er mai 2026", date(2026, 5, 1)),
        ("15 février 2026", date(2026, 2, 15)),
        ("3 août 2026 à 10 h 15", date(2026, 8, 3)),
        (46143, date(2026, 5, 1)),
    ],
)
def test_dates_in_the_common_formats(value: object, expected: date) -> None:
    assert cells.to_date(value) == expected


def test_a_column_that_writes_month_first_is_read_month_first() -> None:
    column = ["05/01/2026", "05/31/2026", None, "06/02/2026 10:00:00"]
    assert cells.month_first(column)
    assert cells.to_date("05/01/2026", months_first=True) == date(2026, 5, 1)
    assert not cells.month_first(["01/05/2026", "31/05/2026"])


@pytest.mark.parametrize("value", ["31/02/2026", "demain", "2026-13-01", "", "1/2", 12.5, True])
def test_unreadable_dates_are_cell_errors(value: object) -> None:
    with pytest.raises(CellError):
        cells.to_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Gestion du changement; Finances", ("Gestion du changement", "Finances")),
        (
            "Gestion du changement, des personnes; Finances",
            ("Gestion du changement, des personnes", "Finances"),
        ),
        ("Gestion du changement\nFinances\r\n", ("Gestion du changement", "Finances")),
        ("Gestion du changement, Finances", ("Gestion du changement", "Finances")),
        ("• Leadership\n• Budget", ("Leadership", "Budget")),
        ("  ", ()),
    ],
)
def test_multiple_choice_answers_are_split(value: str, expected: tuple[str, ...]) -> None:
    assert cells.split_choices(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mentor", Role.MENTOR),
        ("mentore", Role.MENTOR),
        ("Mentor(e)", Role.MENTOR),
        ("Je souhaite être mentor", Role.MENTOR),
        ("Mentoré", Role.MENTEE),
        ("Mentorée", Role.MENTEE),
        ("MENTORÉ(E)", Role.MENTEE),
        ("mentoree", Role.MENTEE),
        ("Mentee", Role.MENTEE),
        ("Protégé", Role.MENTEE),
        ("Mentoré(e) : je souhaite être accompagné par un mentor", Role.MENTEE),
        ("I want to be mentored", Role.MENTEE),
    ],
)
def test_roles_in_either_language(value: str, expected: Role) -> None:
    assert cells.to_role(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Français", Language.FR),
        ("french", Language.FR),
        ("FR", Language.FR),
        ("En français", Language.FR),
        ("Anglais", Language.EN),
        ("English", Language.EN),
        ("en", Language.EN),
    ],
)
def test_languages(value: str, expected: Language) -> None:
    assert cells.to_language(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("oui", True),
        ("Non", False),
        ("Yes", True),
        ("no", False),
        ("x", True),
        ("VRAI", True),
        ("faux", False),
        ("TRUE", True),
        ("false", False),
        ("1", True),
        ("0", False),
        ("checked", True),
        (True, True),
        (0, False),
        ("Oui, membre certifié", True),
    ],
)
def test_yes_and_no(value: object, expected: bool) -> None:
    assert cells.to_bool(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03", "03"),
        ("3", "03"),
        (3, "03"),
        ("03 - Capitale-Nationale", "03"),
        ("Région 06", "06"),
        ("Capitale-Nationale", "03"),
        ("capitale nationale", "03"),
        ("Québec", "03"),
        ("Montreal", "06"),
        ("MONTRÉAL", "06"),
        ("Saguenay", "02"),
        ("Saguenay–Lac-St-Jean", "02"),
        ("Gaspésie–Îles-de-la-Madeleine", "11"),
        ("Nord-du-Québec", "10"),
        ("Centre-du-Québec", "17"),
        ("CISSS de la Montérégie-Est", "16"),
        ("Hors Québec", "99"),
        ("Outside Quebec", "99"),
        ("Ontario", "99"),
    ],
)
def test_regions_by_number_or_name(value: object, expected: str) -> None:
    assert cells.to_region(value) == expected


@pytest.mark.parametrize("value", ["42", "Atlantide", "18 - Nulle part"])
def test_unknown_regions_are_errors(value: str) -> None:
    with pytest.raises(CellError):
        cells.to_region(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Étudiant ou stagiaire", CareerStage.STUDENT),
        ("Étudiant(e) ou stagiaire", CareerStage.STUDENT),
        ("Student or intern", CareerStage.STUDENT),
        ("Début de carrière (moins de 5 ans)", CareerStage.EARLY),
        ("Early career (under 5 years)", CareerStage.EARLY),
        ("Gestionnaire en milieu de carrière", CareerStage.MID),
        ("Mid-career manager", CareerStage.MID),
        ("Cadre supérieur", CareerStage.SENIOR),
        ("Senior manager", CareerStage.SENIOR),
        ("Haute direction", CareerStage.EXECUTIVE),
        ("Executive", CareerStage.EXECUTIVE),
    ],
)
def test_career_stages_by_the_apps_own_labels(value: str, expected: CareerStage) -> None:
    assert cells.to_career_stage(value) == expected
    assert cells.to_career_stage(expected.value) == expected


@pytest.mark.parametrize("stage", list(CareerStage))
def test_career_stages_as_labelled_by_the_app(stage: CareerStage) -> None:
    for language in ("fr", "en"):
        i18n.set_language(language)
        assert cells.to_career_stage(labels.label(stage)) == stage


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Étudiante à la maîtrise", CareerStage.STUDENT),
        ("Relève", CareerStage.EARLY),
        ("Cadre intermédiaire", CareerStage.MID),
        ("Directrice générale", CareerStage.EXECUTIVE),
        ("Directeur", CareerStage.SENIOR),
        ("Mid-career", CareerStage.MID),
    ],
)
def test_career_stages_in_other_words(value: str, expected: CareerStage) -> None:
    assert cells.to_career_stage(value) == expected


def test_unknown_career_stage_is_an_error() -> None:
    with pytest.raises(CellError):
        cells.to_career_stage("Astronaute")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("En personne, Visioconférence", ("in_person", "video")),
        ("Teams; téléphone", ("video", "phone")),
        ("Zoom", ("video",)),
        ("In person\nPhone", ("in_person", "phone")),
        ("video", ("video",)),
        ("Peu importe", ("in_person", "video", "phone")),
    ],
)
def test_meeting_modes(value: str, expected: tuple[str, ...]) -> None:
    assert cells.to_meeting_modes(value) == expected
    assert set(expected) <= {m.value for m in MeetingMode}


def test_unknown_meeting_mode_is_an_error() -> None:
    with pytest.raises(CellError):
        cells.to_meeting_modes("Pigeon voyageur")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("L1, E3", ("L1", "E3")),
        ("E3; L1", ("E3", "L1")),
        ("Communicate effectively", ("E3",)),
        ("Communiquent efficacement; Ont conscience d'eux-mêmes", ("E3", "L1")),
        ("Strategically align decisions with vision, values and evidence", ("A2",)),
        ("Lead Self — Are self-aware\nBuild teams", ("L1", "E4")),
    ],
)
def test_leads_capabilities_by_code_or_name(value: str, expected: tuple[str, ...]) -> None:
    assert cells.to_leads(value) == expected


def test_unknown_leads_capability_is_an_error() -> None:
    with pytest.raises(CellError):
        cells.to_leads("L1, Z9")


@pytest.mark.parametrize(
    ("value", "expected"), [("2", 2), ("2.0", 2), (2.0, 2), (3, 3), ("2,0", 2)]
)
def test_whole_numbers(value: object, expected: int) -> None:
    assert cells.to_int(value) == expected


@pytest.mark.parametrize("value", ["deux", "2.5", 2.5, True, "2 ou 3", float("nan")])
def test_other_numbers_are_errors(value: object) -> None:
    with pytest.raises(CellError):
        cells.to_int(value)


def test_consent_as_yes_no_sentence_or_date() -> None:
    assert cells.to_consent("Oui") is True
    assert cells.to_consent("J'accepte") is True
    assert cells.to_consent("Je n'accepte pas") is False
    assert cells.to_consent("2026-05-01") == date(2026, 5, 1)
    with pytest.raises(CellError):
        cells.to_consent("peut-être")


def test_text_cells_lose_the_decimal_point_of_whole_numbers() -> None:
    assert cells.to_text(4185550101.0) == "4185550101"
    assert cells.to_text(None) == ""


def test_cell_errors_are_in_the_users_language() -> None:
    i18n.set_language("en")
    with pytest.raises(CellError) as failure:
        cells.to_region("Atlantide")
    assert "Atlantide" in failure.value.message
    assert "region" in failure.value.message
