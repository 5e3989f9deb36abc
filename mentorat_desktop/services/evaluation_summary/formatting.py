"""Numbers of the summary as its language writes them: « 66,7 % », « 3,67 », « 1,5 »."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

from mentorat_desktop.i18n import locale_for

# What a figure that cannot be computed (nothing to divide by) prints as.
NOT_AVAILABLE = "–"


@lru_cache(maxsize=4096)
def format_percent(value: float | None, language: str) -> str:
    """A share (0.5) as a percentage to one decimal at most: « 50 % », « 66,7 % ».

    Remembered by value and language (charts write their figures at every repaint); the
    text depends on nothing else.
    """
    if value is None:
        return NOT_AVAILABLE
    locale = locale_for(language)
    # The language's own pattern (« 50 % », "50%"), with one optional decimal.
    pattern = locale.percent_formats[None].pattern.replace("0", "0.#", 1)
    return _babel_percent(value, pattern, locale=locale)


def format_average(value: float | None, language: str) -> str:
    """An average on the 1-5 scale, always with two decimals so that columns line up."""
    if value is None:
        return NOT_AVAILABLE
    return format_decimal(value, "#,##0.00", locale=locale_for(language))


def format_amount(value: float | Decimal | int | None, language: str) -> str:
    """Days, hours, credits or sessions per pair: at most two decimals, none when whole."""
    if value is None:
        return NOT_AVAILABLE
    return format_decimal(value, "#,##0.##", locale=locale_for(language))
