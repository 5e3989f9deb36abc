"""Stored codes as a document in a given language names them.

Labels come from ``services.labels`` in the reader's language rather than the interface's.
"""

from __future__ import annotations

from mentorat_desktop.documents.languages import DocLanguage, joined
from mentorat_desktop.i18n import translate_in
from mentorat_desktop.models.enums import GoalStatus, Language, MeetingMode
from mentorat_desktop.services import leads
from mentorat_desktop.services.labels import label_in
from mentorat_desktop.services.regions import OUTSIDE_QUEBEC, REGIONS


def goal_status(language: str, status: GoalStatus) -> str:
    return label_in(language, status)


def language_name(language: str, code: str) -> str:
    return label_in(language, Language(code)) if code in set(Language) else code


def meeting_mode(language: str, code: str) -> str:
    return label_in(language, MeetingMode(code)) if code in set(MeetingMode) else code


def region(language: str, code: str) -> str:
    """Regions are proper nouns; only "outside Quebec" is translated."""
    name = REGIONS.get(code)
    if name is None:
        return code
    return translate_in(language, name) if code == OUTSIDE_QUEBEC else name


def capability(language: DocLanguage, code: str) -> str:
    """« L1 – Are self-aware (Lead Self) », names joined when bilingual; unknown codes as stored."""
    found = leads.BY_CODE.get(code)
    if found is None:
        return code
    name = joined(language, found.name)
    domain = joined(language, leads.DOMAINS[found.domain])
    return f"{code} – {name} ({domain})"
