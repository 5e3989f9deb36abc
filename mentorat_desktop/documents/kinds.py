"""The four documents the committee prints, by a stable code the command line and the GUI
share."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from mentorat_desktop.documents.languages import DocLanguage, joined
from mentorat_desktop.i18n import N_

if TYPE_CHECKING:
    # The layouts (and reportlab) load when a document is made, not when a menu names one.
    from mentorat_desktop.documents.data import PairSheet
    from mentorat_desktop.documents.render import DocumentPart


class DocumentKind(StrEnum):
    ENGAGEMENT = "engagement"
    GOALS = "goals"
    INTRODUCTION = "introduction"
    CREDITS = "credits"

    @property
    def is_for_pair(self) -> bool:
        return self is not DocumentKind.CREDITS

    def title(self, language: DocLanguage) -> str:
        """The document's name in ``language`` (for menus, merged files and file dialogs)."""
        return joined(language, _TITLES[self])


_TITLES = {
    DocumentKind.ENGAGEMENT: N_("Confidentiality and engagement form"),
    DocumentKind.GOALS: N_("Goals and objectives worksheet"),
    DocumentKind.INTRODUCTION: N_("Introduction sheet"),
    DocumentKind.CREDITS: N_("Certification-maintenance credit statement"),
}


def title_of(kind: DocumentKind) -> str:
    """The document's title, untranslated (the layouts print it in their languages)."""
    return _TITLES[kind]


def pair_part(
    kind: DocumentKind, pair: PairSheet, language: DocLanguage | None = None, blank: bool = False
) -> DocumentPart:
    """One pair document; ``blank`` leaves the goals or the working agreements to write in."""
    from mentorat_desktop.documents.engagement import engagement_part
    from mentorat_desktop.documents.goals_sheet import goals_part
    from mentorat_desktop.documents.introduction import introduction_part

    if kind is DocumentKind.ENGAGEMENT:
        return engagement_part(pair, language, blank=blank)
    if kind is DocumentKind.GOALS:
        return goals_part(pair, language, blank=blank)
    if kind is DocumentKind.INTRODUCTION:
        return introduction_part(pair, language)
    raise ValueError(f"{kind} is not a pair document")
