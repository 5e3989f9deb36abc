"""The four documents the committee prints, by a stable code the command line and the GUI
share."""

from __future__ import annotations

from enum import StrEnum

from mentorat_desktop.documents import credits_statement, engagement, goals_sheet, introduction
from mentorat_desktop.documents.data import PairSheet
from mentorat_desktop.documents.engagement import engagement_part
from mentorat_desktop.documents.goals_sheet import goals_part
from mentorat_desktop.documents.introduction import introduction_part
from mentorat_desktop.documents.languages import DocLanguage, joined
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
    DocumentKind.ENGAGEMENT: engagement.TITLE,
    DocumentKind.GOALS: goals_sheet.TITLE,
    DocumentKind.INTRODUCTION: introduction.TITLE,
    DocumentKind.CREDITS: credits_statement.TITLE,
}


def pair_part(
    kind: DocumentKind, pair: PairSheet, language: DocLanguage | None = None, blank: bool = False
) -> DocumentPart:
    """One pair document; ``blank`` leaves the goals or the working agreements to write in."""
    if kind is DocumentKind.ENGAGEMENT:
        return engagement_part(pair, language, blank=blank)
    if kind is DocumentKind.GOALS:
        return goals_part(pair, language, blank=blank)
    if kind is DocumentKind.INTRODUCTION:
        return introduction_part(pair, language)
    raise ValueError(f"{kind} is not a pair document")
