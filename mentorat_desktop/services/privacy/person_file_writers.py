"""Writing a person's file: JSON as collected, or a workbook labelled in their language."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import N_, _, translate_in

SUFFIXES = (".json", ".xlsx")

LABELS: dict[str, str] = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "email": N_("E-mail"),
    "phone": N_("Telephone"),
    "on_file_since": N_("On file since"),
    "prepared_on": N_("Prepared on"),
    "privacy_officer": N_("Person in charge of personal information"),
    "purposes": N_("Purposes of collection"),
    "program_year": N_("Program year"),
    "role": N_("Role"),
    "status": N_("Status"),
    "preferred_language": N_("Preferred language"),
    "organisation": N_("Organisation"),
    "workplace": N_("Workplace"),
    "region": N_("Region"),
    "job_title": N_("Job title"),
    "career_stage": N_("Career stage"),
    "years_of_experience": N_("Years of experience"),
    "is_member": N_("CCHL member"),
    "is_certified": N_("Certified (CHE)"),
    "meeting_modes": N_("Meeting modes"),
    "motivation": N_("Motivation"),
    "expertise_areas": N_("Areas of expertise"),
    "capacity": N_("Number of places"),
    "development_areas": N_("Development areas"),
    "development_objectives": N_("Development objectives"),
    "mentor_expectations": N_("Expectations of a mentor"),
    "leads_capabilities": N_("LEADS capabilities"),
    "consent": N_("Consent (date and purposes)"),
    "registered_on": N_("Registered on"),
    "resources_reviewed_on": N_("Resources reviewed on"),
    "withdrawn_on": N_("Withdrawn on"),
    "withdrawal_reason": N_("Withdrawal reason"),
    "committee_notes": N_("Committee notes"),
    "partner": N_("Partner"),
    "assigned_at": N_("Paired on"),
    "first_contact_on": N_("First contact"),
    "agreements": N_("Agreements"),
    "shared_understanding_on": N_("Shared understanding"),
    "first_meeting_on": N_("First formal meeting"),
    "engagement_signed_on": N_("Engagement signed on"),
    "planned_end_on": N_("Planned end"),
    "ended_on": N_("Ended on"),
    "end_kind": N_("End"),
    "end_reason": N_("Reason"),
    "end_reason_detail": N_("End details"),
    "reflection": N_("Reflection"),
    "title": N_("Goal"),
    "description": N_("Description"),
    "actions": N_("Actions"),
    "success_indicator": N_("Success indicator"),
    "target_on": N_("Target date"),
    "held_on": N_("Date"),
    "duration_minutes": N_("Minutes"),
    "mode": N_("Meeting mode"),
    "topics": N_("Topics"),
    "note": N_("Note"),
    "questionnaire": N_("Questionnaire"),
    "audience": N_("For"),
    "version": N_("Version"),
    "submitted_on": N_("Submitted on"),
    "text": N_("Question"),
    "answer": N_("Answer"),
    "phase": N_("Phase"),
    "item": N_("Item"),
    "done_on": N_("Done on"),
    "at": N_("When"),
    "actor": N_("Who"),
    "action": N_("Action"),
    "summary": N_("Summary"),
}

SHEETS = (
    ("person", N_("Person")),
    ("registrations", N_("Registrations")),
    ("pairs", N_("Pairs")),
    ("goals", N_("Goals")),
    ("sessions", N_("Sessions")),
    ("questionnaires", N_("Answers")),
    ("documents", N_("Documents")),
    ("audit", N_("History")),
)


def check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(
            _("{name}: a person's file is written as .json or .xlsx.").format(name=path.name)
        )
    return suffix


def write(data: dict[str, Any], path: Path) -> Path:
    from mentorat_desktop.services.exporting.writers import _atomic

    if check_suffix(path) == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return _atomic(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    return _write_xlsx(data, path)


def _cell(value: Any, language: str) -> Any:
    from mentorat_desktop.services.exporting.writers import neutralised

    if value is None:
        return ""
    if isinstance(value, bool):
        return translate_in(language, "yes") if value else translate_in(language, "no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_cell(v, language)}" for k, v in value.items() if v)
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return neutralised(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _tables(data: dict[str, Any]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """Each sheet as (field keys, rows)."""
    person = {
        **data["person"],
        "prepared_on": data["prepared_on"],
        "privacy_officer": data["privacy_officer"],
        "purposes": data["purposes"],
    }
    registrations = data["registrations"]
    fields = list(registrations[0]) if registrations else []
    pairs = [{k: v for k, v in p.items() if k not in ("goals", "sessions")} for p in data["pairs"]]
    goals = [
        {"program_year": p["program_year"], "partner": p["partner"], **g}
        for p in data["pairs"]
        for g in p["goals"]
    ]
    sessions = [
        {"program_year": p["program_year"], "partner": p["partner"], **s}
        for p in data["pairs"]
        for s in p["sessions"]
    ]
    answers = [
        {
            "program_year": r["program_year"],
            "questionnaire": r["questionnaire"],
            "submitted_on": r["submitted_on"],
            "text": a["text"],
            "answer": a["written"] or (a["number"] if a["number"] is not None else a["choices"]),
        }
        for r in data["questionnaires"]
        for a in r["answers"]
    ]

    def rows(items: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
        keys = list(items[0]) if items else []
        return keys, [[item[k] for k in keys] for item in items]

    return {
        "person": (["field", "value"], [[k, v] for k, v in person.items()]),
        # One column per program year, one row per field: reads like a form.
        "registrations": (
            ["field", *[r["program_year"] for r in registrations]],
            [[k, *[r[k] for r in registrations]] for k in fields if k != "program_year"],
        ),
        "pairs": rows(pairs),
        "goals": rows(goals),
        "sessions": rows(sessions),
        "questionnaires": rows(answers),
        "documents": rows(data["documents"]),
        "audit": rows(data["audit"]),
    }


def _write_xlsx(data: dict[str, Any], path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    language = data["language"]

    def label(key: str) -> str:
        if key in ("field", "value"):
            return translate_in(language, {"field": N_("Field"), "value": N_("Value")}[key])
        return translate_in(language, LABELS[key]) if key in LABELS else key

    workbook = Workbook()
    workbook.remove(workbook.active)
    for key, title in SHEETS:
        headers, rows = _tables(data)[key]
        sheet = workbook.create_sheet(translate_in(language, title)[:31])
        first_is_field = headers[:1] == ["field"]
        for column, header in enumerate(headers, start=1):
            sheet.cell(row=1, column=column, value=label(header)).font = Font(bold=True)
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row, start=1):
                shown = label(value) if first_is_field and c == 1 else _cell(value, language)
                cell = sheet.cell(row=r, column=c, value=shown)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for column in range(1, len(headers) + 1):
            sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = 30
        sheet.freeze_panes = "A2"
    from mentorat_desktop.services.exporting.writers import _atomic

    return _atomic(path, lambda temporary: workbook.save(temporary))
