"""The words the screens use for documents, languages and paper, in the interface language
(the documents themselves speak the language of the people they are for)."""

from __future__ import annotations

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.documents.languages import DocLanguage
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.preferences import Preferences

PAIR_KINDS = tuple(kind for kind in DocumentKind if kind.is_for_pair)


def kind_name(kind: DocumentKind) -> str:
    return {
        DocumentKind.ENGAGEMENT: _("Confidentiality and engagement form"),
        DocumentKind.GOALS: _("Goals and objectives worksheet"),
        DocumentKind.INTRODUCTION: _("Introduction sheet"),
        DocumentKind.CREDITS: _("Certification-maintenance credit statement"),
    }[kind]


def kind_description(kind: DocumentKind) -> str:
    return {
        DocumentKind.ENGAGEMENT: _(
            "The commitments and the confidentiality clause that the mentor and the mentee sign."
        ),
        DocumentKind.GOALS: _(
            "The pair's goals, LEADS capabilities, actions and success indicators, "
            "or a blank worksheet to fill in by hand."
        ),
        DocumentKind.INTRODUCTION: _(
            "Introduces a new pair to each other, with the first-contact deadline."
        ),
        DocumentKind.CREDITS: _(
            "Each person's sessions and hours, and the credits they earn if they are certified."
        ),
    }[kind]


def save_action_text(kind: DocumentKind) -> str:
    return {
        DocumentKind.ENGAGEMENT: _("Save the engagement form as PDF…"),
        DocumentKind.GOALS: _("Save the goals worksheet as PDF…"),
        DocumentKind.INTRODUCTION: _("Save the introduction sheet as PDF…"),
        DocumentKind.CREDITS: _("Save the credit statement as PDF…"),
    }[kind]


def print_action_text(kind: DocumentKind) -> str:
    return {
        DocumentKind.ENGAGEMENT: _("Print the engagement form…"),
        DocumentKind.GOALS: _("Print the goals worksheet…"),
        DocumentKind.INTRODUCTION: _("Print the introduction sheet…"),
        DocumentKind.CREDITS: _("Print the credit statement…"),
    }[kind]


def language_name(language: DocLanguage) -> str:
    return {
        "fr": _("French"),
        "en": _("English"),
        "both": _("Bilingual (French and English)"),
    }[language]


def language_choices(follow: str) -> list[tuple[str, str]]:
    """(code, label) for a language combo; the code "" follows each person or pair."""
    choices: list[tuple[str, str]] = [("", follow)]
    choices += [(code, language_name(code)) for code in ("fr", "en", "both")]
    return choices


def page_size_choices() -> list[tuple[str, str]]:
    return [
        (PageSize.LETTER.value, _("Letter (8.5 × 11 in)")),
        (PageSize.A4.value, _("A4 (210 × 297 mm)")),
    ]


def preferred_page_size(preferences: Preferences) -> PageSize:
    """The user's paper, Letter when the preference is missing or unknown."""
    try:
        return PageSize(preferences.page_size)
    except ValueError:
        return PageSize.LETTER
