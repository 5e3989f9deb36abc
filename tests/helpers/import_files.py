"""Files that look like an online form service's exports of the registration form.

French and English headers as the form asks its questions, answers written the way people
and form services write them (multi-line choices, "03 - Capitale-Nationale", "Mentoré(e)"),
plus columns the app does not know; saved as XLSX (dates as real dates), CSV UTF-8 with
BOM and commas, or CSV Windows-1252 with semicolons as a French Excel writes it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

FR_HEADERS = (
    "Horodatage",
    "Adresse courriel",
    "Prénom",
    "Nom",
    "Je m'inscris à titre de",
    "Langue de préférence",
    "Organisation / établissement",
    "Lieu de travail",
    "Région administrative",
    "Titre d'emploi",
    "Étape de carrière",
    "Membre du CCLS?",
    "Quels sont vos champs d'expertise?",
    "Combien de mentorés pouvez-vous accompagner?",
    "Mes objectifs de développement / mes attentes par rapport à un mentor",
    "Comment avez-vous entendu parler du programme?",
)
EN_HEADERS = (
    "Timestamp",
    "Email address",
    "First name",
    "Last name",
    "I am registering as",
    "Preferred language",
    "Organization",
    "Workplace",
    "Administrative region",
    "Job title",
    "Career stage",
    "CCHL member?",
    "What are your areas of expertise?",
    "How many mentees can you take?",
    "My development objectives",
    "How did you hear about the program?",
)
UNKNOWN_FR = "Comment avez-vous entendu parler du programme?"
UNKNOWN_EN = "How did you hear about the program?"

_FIRST = [
    "Élodie",
    "Marc",
    "Geneviève",
    "François",
    "Anaïs",
    "Jérôme",
    "Noémie",
    "Stéphane",
    "Chloé",
    "Benoît",
    "Maëlle",
    "Rémi",
    "Josée",
    "Raphaël",
    "Hélène",
    "Zoé",
]
_LAST = [
    "Bérubé",
    "O'Brien",
    "Lévesque",
    "Côté",
    "Gagnon-Roy",
    "Thériault",
    "Pelletier",
    "Dubé",
    "Bélanger",
    "Ouellet",
    "Fréchette",
    "Nguyen",
    "Gauthier",
    "Lacroix",
]
_ORGS = [
    ("CIUSSS de la Capitale-Nationale", "Hôpital de l'Enfant-Jésus", "03 - Capitale-Nationale"),
    ("CISSS de l'Outaouais", "Hôpital de Hull", "07 - Outaouais"),
    ("CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "CLSC des Faubourgs", "06 - Montréal"),
    ("CISSS de la Montérégie-Centre", "Hôpital Charles-Le Moyne", "16 - Montérégie"),
    ("CIUSSS de l'Estrie – CHUS", "Hôtel-Dieu de Sherbrooke", "05 - Estrie"),
]
_AREAS = [
    "Gestion du changement",
    "Finances et budget",
    "Relations de travail",
    "Qualité et sécurité des soins",
    "Leadership clinique",
    "Gestion de projets",
]
_STAGES = [
    "Début de carrière (moins de 5 ans)",
    "Gestionnaire en milieu de carrière",
    "Cadre supérieur",
    "Haute direction",
]
_HEARD = ["Infolettre du chapitre", "Un collègue", "LinkedIn", "Congrès annuel"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    email: str
    mentor: bool
    english: bool
    organisation: str
    workplace: str
    region: str
    title: str
    stage: str
    member: bool
    areas: tuple[str, ...]
    capacity: int
    objectives: str
    submitted: datetime
    heard: str


def people(count: int, start: int = 0) -> list[Person]:
    """``count`` fictional registrants, a third of them mentors, every e-mail different."""
    result = []
    for i in range(start, start + count):
        first, last = _FIRST[i % len(_FIRST)], _LAST[(i * 5) % len(_LAST)]
        organisation, workplace, region = _ORGS[i % len(_ORGS)]
        mentor = i % 3 == 0
        result.append(
            Person(
                first=first,
                last=last,
                email=f"participant{i:04d}@example.org",
                mentor=mentor,
                english=i % 5 == 4,
                organisation=organisation,
                workplace=workplace,
                region=region,
                title="Directrice adjointe" if mentor else "Chef de service",
                stage=_STAGES[2 + i % 2] if mentor else _STAGES[i % 2],
                member=i % 4 != 0,
                areas=(_AREAS[i % 6], _AREAS[(i + 2) % 6]) if mentor else (),
                capacity=1 + i % 3 if mentor else 0,
                objectives="" if mentor else f"Prendre sa place au comité de direction ({i}).",
                submitted=datetime(2026, 4, 1, 8, 15) + timedelta(hours=7 * i, seconds=i),
                heard=_HEARD[i % len(_HEARD)],
            )
        )
    return result


def french_row(p: Person) -> list[object]:
    return [
        p.submitted,
        p.email,
        p.first,
        p.last,
        "Mentor(e)" if p.mentor else "Mentoré(e)",
        "Anglais" if p.english else "Français",
        p.organisation,
        p.workplace,
        p.region,
        p.title,
        p.stage,
        "Oui" if p.member else "Non",
        "\n".join(p.areas),
        p.capacity if p.mentor else None,
        p.objectives,
        p.heard,
    ]


def english_row(p: Person) -> list[object]:
    return [
        p.submitted,
        p.email.upper() if p.english else p.email,
        p.first,
        p.last,
        "Mentor" if p.mentor else "Mentee",
        "English" if p.english else "French",
        p.organisation,
        p.workplace,
        p.region.split(" - ")[0],
        p.title,
        "Senior manager" if p.mentor else "Early career (under 5 years)",
        "Yes" if p.member else "No",
        "; ".join(p.areas),
        str(p.capacity) if p.mentor else "",
        p.objectives,
        p.heard,
    ]


def write_xlsx(
    path: Path,
    headers: tuple[str, ...],
    rows: list[list[object]],
    sheet: str = "Réponses au formulaire 1",
    empty_first_sheet: bool = False,
) -> Path:
    """A workbook as form services export it, with a summary sheet after the answers."""
    book = openpyxl.Workbook()
    answers = book.active
    if empty_first_sheet:
        answers.title = "Vide"
        answers = book.create_sheet(sheet)
    else:
        answers.title = sheet
    answers.append(list(headers))
    for row in rows:
        answers.append(row)
    for cell in answers["A"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    summary = book.create_sheet("Statistiques")
    summary.append(["Réponses", len(rows)])
    book.save(path)
    return path


def _csv_cell(value: object, french_dates: bool) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M:%S" if french_dates else "%Y-%m-%d %H:%M:%S")
    return "" if value is None else str(value)


def write_csv(
    path: Path,
    headers: tuple[str, ...],
    rows: list[list[object]],
    encoding: str = "utf-8-sig",
    delimiter: str = ",",
    french_dates: bool = False,
) -> Path:
    """A CSV export; multi-line answers are quoted, as every form service does."""
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_cell(v, french_dates) for v in row])
    return path


def french_xlsx(
    path: Path, count: int = 6, start: int = 0, empty_first_sheet: bool = False
) -> Path:
    rows = [french_row(p) for p in people(count, start)]
    return write_xlsx(path, FR_HEADERS, rows, empty_first_sheet=empty_first_sheet)


def english_csv(path: Path, count: int = 6, start: int = 0) -> Path:
    """UTF-8 with BOM, comma-delimited: what an English form service gives."""
    return write_csv(path, EN_HEADERS, [english_row(p) for p in people(count, start)])


def french_excel_csv(path: Path, count: int = 6, start: int = 0) -> Path:
    """Windows-1252, semicolon-delimited, day-first dates: a CSV saved by a French Excel."""
    return write_csv(
        path,
        FR_HEADERS,
        [french_row(p) for p in people(count, start)],
        encoding="cp1252",
        delimiter=";",
        french_dates=True,
    )


def consenting_guess(headers):  # type: ignore[no-untyped-def]
    """The recognised mapping, with the committee's confirmation that everyone consented
    (these files have no consent column; the consent rule has its own tests)."""
    from dataclasses import replace

    from mentorat_desktop.services.importing.columns import guess_mapping

    return replace(guess_mapping(headers), consent_given=True)
