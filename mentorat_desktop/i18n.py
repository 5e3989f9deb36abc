"""One catalog system for every layer: GUI, command line, documents and error messages.

Messages are written in English in the code and marked with ``_`` (or ``N_`` where the
text must be translated later, at display time). The French and English catalogs live in
``i18n/<lang>/LC_MESSAGES/mentorat.po`` and are read with babel (compiled once per catalog
version, see ``compiled_catalog``), so what ships is exactly what translators edited. French
is the default language.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import io
import os
import re
import struct
from functools import cache
from typing import TYPE_CHECKING

from mentorat_desktop.paths import data_dir, i18n_dir

if TYPE_CHECKING:
    from datetime import date
    from decimal import Decimal

    # babel's locale data loads with the first date or number shown, not with the window.
    from babel import Locale

DOMAIN = "mentorat"
LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_LOCALES = {"fr": "fr_CA", "en": "en_CA"}
_FIRST_OF_MONTH = re.compile(r"(^|\s)1(\s+[^\d\s-])")

_current = DEFAULT_LANGUAGE


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of ``language``; untranslated messages fall back to English."""
    po_path = i18n_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.is_file():
        return gettext.NullTranslations()
    source = po_path.read_bytes()
    compiled = compiled_catalog(language, source)
    try:
        return gettext.GNUTranslations(io.BytesIO(compiled))
    except (OSError, struct.error):  # a damaged compiled copy: compile the catalog again
        return gettext.GNUTranslations(io.BytesIO(_compile(language, source)))


def _compile(language: str, source: bytes) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    buffer = io.BytesIO()
    write_mo(buffer, read_po(io.BytesIO(source), locale=language, domain=DOMAIN))
    return buffer.getvalue()


def compiled_catalog(language: str, source: bytes) -> bytes:
    """The catalog compiled for gettext. Compiling takes longer than the rest of start-up's
    reading, so the result is kept in the data folder under the hash of the catalog it came
    from: an edited catalog has another hash and is compiled again, never read stale."""
    folder = data_dir() / "catalogs"
    kept = folder / f"{DOMAIN}-{language}-{hashlib.sha256(source).hexdigest()[:20]}.mo"
    try:
        return kept.read_bytes()
    except OSError:
        pass
    compiled = _compile(language, source)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = kept.with_name(f"{kept.name}.{os.getpid()}.partial")
        partial.write_bytes(compiled)
        partial.chmod(0o600)
        os.replace(partial, kept)
        for older in folder.glob(f"{DOMAIN}-{language}-*.mo"):
            if older != kept:
                older.unlink(missing_ok=True)
    except OSError:  # a read-only data folder: compile at each start, as before
        pass
    return compiled


def set_language(language: str) -> str:
    """Switch every later message to ``language``; unknown codes fall back to French."""
    global _current
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _current


def current_language() -> str:
    return _current


@functools.cache
def _parsed_locale(code: str) -> Locale:
    """Parsing a locale is slow and asked for at every formatted number; keyed by its code,
    the answer cannot go stale when the language changes."""
    from babel import Locale

    return Locale.parse(code)


def current_locale() -> Locale:
    return _parsed_locale(_LOCALES[_current])


def locale_for(language: str) -> Locale:
    return _parsed_locale(_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return translations(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it yet (module constants)."""
    return message


def translate_in(language: str, message: str) -> str:
    """Translate into a given language, whatever the interface language (documents, e-mails)."""
    return translations(language if language in LANGUAGES else DEFAULT_LANGUAGE).gettext(message)


def ngettext_in(language: str, singular: str, plural: str, n: int) -> str:
    return translations(language if language in LANGUAGES else DEFAULT_LANGUAGE).ngettext(
        singular, plural, n
    )


def format_date(value: date | None, fmt: str = "medium", language: str | None = None) -> str:
    """A date as people of the current (or given) language write it; empty for None."""
    if value is None:
        return ""
    return _formatted_date(value, fmt, language or _current)


@functools.lru_cache(maxsize=8192)
def _formatted_date(value: date, fmt: str, language: str) -> str:
    """Remembered by date, format and language (babel is slow and a ten-year list shows
    thousands of dates); the answer depends on nothing else, so it cannot go stale."""
    from babel.dates import format_date as babel_format_date

    locale = locale_for(language)
    text = babel_format_date(value, format=fmt, locale=locale)
    if value.day == 1 and locale.language == "fr":
        # French writes the first of the month as an ordinal: « le 1er septembre ».
        text = _FIRST_OF_MONTH.sub(r"\g<1>1er\g<2>", text, count=1)
    return text


def format_duration(minutes: int, language: str | None = None) -> str:
    """A length of time written one way per language: « 1 h 30 » in French (OQLF),
    "1 h 30 min" in English; whole hours « 2 h », under an hour « 45 min ». The spaces do not
    break, so a duration never wraps."""
    hours, rest = divmod(max(minutes, 0), 60)
    nbsp = "\u00a0"
    if not hours:
        return f"{rest}{nbsp}min"
    if not rest:
        return f"{hours}{nbsp}h"
    french = (language or _current) == "fr"
    tail = "" if french else f"{nbsp}min"
    return f"{hours}{nbsp}h{nbsp}{rest:02d}{tail}"


def format_number(value: int | float | Decimal, language: str | None = None) -> str:
    # Keyed by the value's type too: 1.5 and Decimal("1.50") are equal but may read apart.
    return _formatted_number(type(value), value, language or _current)


@functools.lru_cache(maxsize=8192)
def _formatted_number(_kind: type, value: int | float | Decimal, language: str) -> str:
    """Remembered like ``_formatted_date``: the same number in the same language."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_for(language))
