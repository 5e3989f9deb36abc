"""Files that look like an online form service's export of a questionnaire's answers.

Headers are the questions as the form asks them (numbered, in French or English, with or
without the scale's legend), around the columns form services add (timestamp, e-mail);
answers are written the way form services write them: "4 - Satisfait(e)", "Oui", option
labels, several choices joined by commas. Saved as CSV or XLSX with ``import_files``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from helpers.import_files import write_csv, write_xlsx
from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind
from mentorat_desktop.services.questionnaires.shapes import QuestionInfo, QuestionnaireInfo

SUBMITTED = datetime(2026, 6, 20, 10, 15)
_SCALE_WORDS = {1: "Très insatisfait", 2: "Insatisfait", 3: "Neutre", 4: "Satisfait", 5: "Ravi"}


@dataclass(frozen=True)
class Answerer:
    """One row of the export: who answered, about whom, and how (by question code)."""

    email: str
    partner: str = ""
    submitted: datetime | str | None = SUBMITTED
    scale: int = 4
    overrides: dict[str, object] = field(default_factory=dict)  # question code -> raw cell


def question_header(question: QuestionInfo, language: str = "fr", legend: bool = True) -> str:
    text = question.text_in(language)
    if not legend:
        text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    return f"{question.position}. {text}"


def headers(
    info: QuestionnaireInfo, language: str = "fr", legend: bool = True, partner: bool = True
) -> tuple[str, ...]:
    french = language == "fr"
    fixed = ["Horodatage" if french else "Timestamp", "Adresse courriel" if french else "Email"]
    if partner and info.kind == QuestionnaireKind.EVALUATION:
        fixed.append("Courriel de votre mentor(e)" if french else "Your mentor's email")
    questions = [question_header(q, language, legend) for q in info.questions]
    return (*fixed, *questions)


def cell(question: QuestionInfo, scale: int, language: str = "fr") -> object:
    """A complete, valid answer as a form service writes it."""
    if question.kind == QuestionKind.SCALE:
        return f"{scale} - {_SCALE_WORDS[scale]}" if language == "fr" else scale
    if question.kind == QuestionKind.YES_NO:
        return "Oui" if language == "fr" else "Yes"
    if question.kind == QuestionKind.SINGLE_CHOICE:
        return question.options[0].label_in(language)
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return ", ".join(o.label_in(language) for o in question.options[:2])
    return "Une année riche en apprentissages." if language == "fr" else "A great year."


def row(
    info: QuestionnaireInfo, answerer: Answerer, language: str = "fr", partner: bool = True
) -> list[object]:
    values: list[object] = [answerer.submitted, answerer.email]
    if partner and info.kind == QuestionnaireKind.EVALUATION:
        values.append(answerer.partner)
    for question in info.questions:
        default = cell(question, answerer.scale, language)
        values.append(answerer.overrides.get(question.code, default))
    return values


def answers_csv(
    path: Path,
    info: QuestionnaireInfo,
    answerers: list[Answerer],
    language: str = "fr",
    legend: bool = True,
    partner: bool = True,
) -> Path:
    """A comma-delimited UTF-8 export (dates as 2026-06-20 10:15:00)."""
    rows = [row(info, a, language, partner) for a in answerers]
    return write_csv(path, headers(info, language, legend, partner), rows)


def answers_xlsx(
    path: Path,
    info: QuestionnaireInfo,
    answerers: list[Answerer],
    language: str = "fr",
    partner: bool = True,
) -> Path:
    """A workbook with real dates, the answers on the first sheet, a summary sheet after."""
    rows = [row(info, a, language, partner) for a in answerers]
    return write_xlsx(path, headers(info, language, True, partner), rows, sheet="Réponses")
