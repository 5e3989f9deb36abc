"""Stored codes as a document in a given language names them.

``services.labels`` translates into the interface language; a document follows its reader's
language instead, so the few codes documents print are named here with the same messages
(one catalog entry each, shared with the interface).
"""

from __future__ import annotations

from mentorat_desktop.documents.languages import DocLanguage, joined
from mentorat_desktop.i18n import N_, translate_in
from mentorat_desktop.models.enums import GoalStatus, Language, MeetingMode
from mentorat_desktop.services import leads
from mentorat_desktop.services.regions import OUTSIDE_QUEBEC, REGIONS

GOAL_STATUSES: dict[GoalStatus, str] = {
    GoalStatus.NOT_STARTED: N_("Not started"),
    GoalStatus.IN_PROGRESS: N_("In progress"),
    GoalStatus.ACHIEVED: N_("Achieved"),
    GoalStatus.ABANDONED: N_("Abandoned"),
}
LANGUAGE_NAMES: dict[str, str] = {Language.FR: N_("French"), Language.EN: N_("English")}
MEETING_MODES: dict[str, str] = {
    MeetingMode.IN_PERSON: N_("In person"),
    MeetingMode.VIDEO: N_("Video call"),
    MeetingMode.PHONE: N_("Phone"),
}


def goal_status(language: str, status: GoalStatus) -> str:
    return translate_in(language, GOAL_STATUSES[status])


def language_name(language: str, code: str) -> str:
    return translate_in(language, LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code


def meeting_mode(language: str, code: str) -> str:
    return translate_in(language, MEETING_MODES[code]) if code in MEETING_MODES else code


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
