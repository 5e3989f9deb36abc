"""The language of a document: French, English, or both (French first, as the chapter does).

Documents follow the language of the person they are for, not the interface's, so every
text goes through :func:`mentorat_desktop.i18n.translate_in` with an explicit language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from mentorat_desktop.i18n import LANGUAGES, translate_in

DocLanguage = Literal["fr", "en", "both"]
BOTH: DocLanguage = "both"
DOC_LANGUAGES: tuple[DocLanguage, ...] = ("fr", "en", "both")

# The PDF catalog's /Lang tag; a bilingual document is declared by its first language.
_PDF_TAGS = {"fr": "fr-CA", "en": "en-CA", "both": "fr-CA"}


def languages_of(language: DocLanguage) -> tuple[str, ...]:
    """The catalog languages a document prints, in reading order."""
    return LANGUAGES if language == BOTH else (language,)


def pdf_tag(language: DocLanguage) -> str:
    return _PDF_TAGS[language]


def for_person(language: str) -> DocLanguage:
    return "en" if language == "en" else "fr"


def for_two(first: str, second: str) -> DocLanguage:
    """A pair's document: the shared language, or both when the two people's differ."""
    return for_person(first) if first == second else BOTH


def each(language: DocLanguage, render: Callable[[str], str]) -> list[str]:
    """``render(lang)`` for each language of the document, duplicates dropped."""
    texts: list[str] = []
    for lang in languages_of(language):
        text = render(lang)
        if text not in texts:
            texts.append(text)
    return texts


def in_each(language: DocLanguage, message: str, **fields: object) -> list[str]:
    """``message`` translated (and filled) in each language of the document."""
    return each(language, lambda lang: translate_in(lang, message).format(**fields))


def joined(language: DocLanguage, message: str, **fields: object) -> str:
    """Short texts (labels, titles) once per language on one line: « Objectif / Goal »."""
    return " / ".join(in_each(language, message, **fields))


def joined_by(language: DocLanguage, render: Callable[[str], str]) -> str:
    """Values written differently in each language (dates, numbers), on one line."""
    return " / ".join(each(language, render))
