"""Dates and times as each language writes them: « 5 octobre 2026 », « October 5, 2026 »."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_time

from mentorat_desktop.documents.languages import BOTH, DocLanguage, joined_by, languages_of
from mentorat_desktop.i18n import N_, format_date, format_duration, locale_for, translate_in

FROM_TO = N_("From {start} to {end}")
DATE_AT_TIME = N_("{date} at {time}")
NBSP = "\u00a0"


def long_date(language: DocLanguage, value: date) -> str:
    """One date, written once per language of the document."""
    return joined_by(language, lambda lang: format_date(value, "long", language=lang))


def period(language: DocLanguage, start: date, end: date) -> str:
    return joined_by(
        language,
        lambda lang: translate_in(lang, FROM_TO).format(
            start=format_date(start, "long", language=lang),
            end=format_date(end, "long", language=lang),
        ),
    )


def date_and_time(language: str, moment: datetime) -> str:
    """« October 8, 2026 at 9:30 a.m. » in one catalog language; the time never wraps."""
    time = format_time(moment.time(), "short", locale=locale_for(language))
    if language == "fr":
        time = time.removeprefix("0")  # « 9 h 30 », not « 09 h 30 »
    return translate_in(language, DATE_AT_TIME).format(
        date=format_date(moment.date(), "long", language=language),
        time=time.replace(" ", NBSP).replace("\u202f", NBSP),
    )


def table_date(language: DocLanguage, value: date) -> str:
    """A date in a table cell: as the language writes it, or ISO 8601 (neutral) when bilingual."""
    if language == BOTH:
        return value.isoformat()
    return format_date(value, "medium", language=language)


def duration(language: DocLanguage, minutes: int) -> str:
    """A duration as the document's (first) language writes it, the same helper as on screen."""
    return format_duration(minutes, languages_of(language)[0])
