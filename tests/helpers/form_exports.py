"""Registration files shaped like a form service's real exports, with what each row means.

Four layouts, in French and English, CSV and XLSX: the questions' labels with the form's own
choice wordings and month-first 12-hour timestamps; internal field names (``Name_First``,
``CareerStage``, ``CareerStage_Value``, ``Entry_*`` with an Incomplete entry) with real date
cells and day serial numbers; French internal names run together (``EtapeDeCarriere``);
labels whose timestamp column is decided month-first by a single value (13 in second place).
Each builder returns the path and the people expected in the database, in file order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

from helpers.import_files import people, write_csv

# The career-stage choices a French form offers, none of them a wording the app knows.
FORM_STAGES_FR = ("Gestionnaire de premier niveau", "Professionnelle", "Retraité")


@dataclass(frozen=True)
class Expected:
    first: str
    last: str
    email: str
    role: str  # "mentor" or "mentee"
    language: str
    registered_on: object  # a date
    career_stage: str | None  # the stored code, or None when the answer is to review
    to_review: tuple[tuple[str, str], ...] = ()
    entry: str = ""


def _twelve_hour(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment.minute:02d} " + (
        "AM" if moment.hour < 12 else "PM"
    )


def _moment(i: int) -> datetime:
    """Submission times whose day and month are both 12 or less: ambiguous on purpose."""
    return datetime(2026, 3, 9, 10, 12) + timedelta(days=7 * i, hours=3 * i)


def french_labels_with_form_wordings(path: Path, count: int = 9) -> tuple[Path, list[Expected]]:
    """French labels; the career stage in the form's own words; ``3/9/2026 10:12 AM``."""
    headers = (
        "Horodatage",
        "Adresse courriel",
        "Prénom",
        "Nom",
        "Je m'inscris à titre de",
        "Langue de préférence",
        "Organisation / établissement",
        "Région administrative",
        "Titre d'emploi",
        "Étape de carrière",
        "Membre du CCLS?",
        "Quels sont vos champs d'expertise?",
        "Combien de mentorés pouvez-vous accompagner?",
        "Mes objectifs de développement / mes attentes par rapport à un mentor",
    )
    rows, expected = [], []
    for i, p in enumerate(people(count)):
        moment = _moment(i)
        stage = FORM_STAGES_FR[i % 3]
        rows.append(
            [
                _twelve_hour(moment),
                p.email,
                p.first,
                p.last,
                "Mentor(e)" if p.mentor else "Mentoré(e)",
                "Anglais" if p.english else "Français",
                p.organisation,
                p.region,
                p.title,
                stage,
                "Oui" if p.member else "Non",
                "\n".join(p.areas),
                p.capacity if p.mentor else "",
                p.objectives,
            ]
        )
        expected.append(
            Expected(
                p.first, p.last, p.email, "mentor" if p.mentor else "mentee",
                "en" if p.english else "fr", moment.date(), None,
                (("career_stage", stage),),
            )
        )
    return write_csv(path, headers, rows), expected


EN_INTERNAL_HEADERS = (
    "Entry_Number",
    "Name_First",
    "Name_Last",
    "Email",
    "RegisteringAs",
    "PreferredLanguage",
    "Organization",
    "Region",
    "JobTitle",
    "CareerStage",
    "CareerStage_Value",
    "CCHLMember",
    "AreasOfExpertise",
    "DevelopmentGoals",
    "MenteeCapacity",
    "Entry_Status",
    "Entry_DateCreated",
    "Entry_DateSubmitted",
)


def english_internal_names(path: Path, count: int = 8) -> tuple[Path, list[Expected]]:
    """Internal field names, a ``_Value`` twin that places "First-level manager", an
    Incomplete entry (row 4), submission dates as date cells and as day serial numbers."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Mentoring registration"
    sheet.append(list(EN_INTERNAL_HEADERS))
    expected = []
    stages = [("First-level manager", "early", "early"), ("Retired", "retired", None),
              ("Senior manager", "senior", "senior")]
    for i, p in enumerate(people(count, start=40)):
        label, value, stored = stages[i % 3]
        submitted = datetime(2026, 9, 3, 14, 5) + timedelta(days=i)
        cell: object = submitted if i % 2 == 0 else (submitted.date() - datetime(1899, 12, 30)
                                                      .date()).days
        status = "Incomplete" if i == 2 else ("Reviewed" if i % 2 else "Submitted")
        sheet.append(
            [
                str(1000 + i),
                p.first,
                p.last,
                p.email,
                "Mentor" if p.mentor else "Mentee",
                "English" if p.english else "French",
                p.organisation,
                p.region.split(" - ")[0],
                p.title,
                label,
                value,
                "Yes" if p.member else "No",
                "; ".join(p.areas),
                "Career growth in my new role." if not p.mentor else "",
                str(p.capacity) if p.mentor else "",
                status,
                submitted - timedelta(minutes=20),
                cell,
            ]
        )
        if status != "Incomplete":
            review = () if stored else (("career_stage", label),)
            expected.append(
                Expected(
                    p.first, p.last, p.email, "mentor" if p.mentor else "mentee",
                    "en" if p.english else "fr", submitted.date(), stored, review,
                    str(1000 + i),
                )
            )
    book.save(path)
    return path, expected


def french_internal_names(path: Path, count: int = 6) -> tuple[Path, list[Expected]]:
    """French internal names run together, a ``<Form>_Id`` entry number, month-first
    12-hour timestamps in ``Entry_DateSubmitted`` and an Incomplete entry (last row)."""
    headers = (
        "InscriptionMentorat_Id",
        "Nom_First",
        "Nom_Last",
        "AdresseCourriel",
        "Role",
        "LangueDePreference",
        "Organisation",
        "Region",
        "TitreDEmploi",
        "EtapeDeCarriere",
        "MembreDuCCLS",
        "ChampsDExpertise",
        "MesObjectifsDeDeveloppement",
        "Entry_Status",
        "Entry_DateSubmitted",
    )
    rows, expected = [], []
    for i, p in enumerate(people(count, start=80)):
        moment = datetime(2026, 3 + i, 9, 10 + i, 12)  # day and month both 12 or less
        status = "Incomplete" if i == count - 1 else "Complete"
        rows.append(
            [
                f"F-{i + 1}",
                p.first,
                p.last,
                p.email,
                "Mentor" if p.mentor else "Mentoré",
                "Anglais" if p.english else "Français",
                p.organisation,
                p.region,
                p.title,
                "Haute direction" if p.mentor else "Début de carrière",
                "Oui" if p.member else "Non",
                " ; ".join(p.areas),
                p.objectives,
                status,
                _twelve_hour(moment),
            ]
        )
        if status != "Incomplete":
            expected.append(
                Expected(
                    p.first, p.last, p.email, "mentor" if p.mentor else "mentee",
                    "en" if p.english else "fr", moment.date(),
                    "executive" if p.mentor else "early", (), f"F-{i + 1}",
                )
            )
    return write_csv(path, headers, rows, encoding="utf-8", delimiter=";"), expected


def english_labels_one_value_decides(path: Path, count: int = 6) -> tuple[Path, list[Expected]]:
    """English labels; 24-hour timestamps ``04/05/2026 14:00`` whose order only one value
    settles (``04/13/2026``, the last row): the whole column is read month first."""
    headers = (
        "Timestamp", "Email address", "First name", "Last name", "I am registering as",
        "Preferred language", "Organization", "Administrative region", "Job title",
        "Career stage", "CCHL member?", "What are your areas of expertise?",
        "How many mentees can you take?", "My development objectives",
    )
    rows, expected = [], []
    for i, p in enumerate(people(count, start=120)):
        moment = datetime(2026, 4, 13, 14, 0) if i == count - 1 else datetime(2026, 4, 1 + i, 9)
        rows.append(
            [
                moment.strftime("%m/%d/%Y %H:%M"),
                p.email,
                p.first,
                p.last,
                "Mentor" if p.mentor else "Mentee",
                "English" if p.english else "French",
                p.organisation,
                p.region,
                p.title,
                "Senior manager" if p.mentor else "Early career",
                "Yes" if p.member else "No",
                "; ".join(p.areas),
                str(p.capacity) if p.mentor else "",
                p.objectives,
            ]
        )
        expected.append(
            Expected(
                p.first, p.last, p.email, "mentor" if p.mentor else "mentee",
                "en" if p.english else "fr", moment.date(),
                "senior" if p.mentor else "early",
            )
        )
    return write_csv(path, headers, rows), expected
