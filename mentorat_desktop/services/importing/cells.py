"""Turning one spreadsheet cell into one answer of the registration form.

Form services and volunteers write the same answer in many ways ("Oui", "x", "TRUE";
"01/05/2026", "1er mai 2026"; "Mentoré(e)", "Mentee"). Each converter accepts the usual
wordings in French and English and raises ``CellError`` with a message for the user
otherwise, so that one odd cell becomes one problem on one row, never a crash.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import CareerStage, Language, Role
from mentorat_desktop.services.importing import vocabulary
from mentorat_desktop.services.importing.vocabulary import fold


class CellError(Exception):
    """One cell cannot be read; ``message`` is in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_text(value: object) -> str:
    """Any cell as text; whole numbers lose their ``.0`` (phone numbers typed as numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    try:
        return str(value).strip()
    except ValueError:  # an integer too long to print: nothing a form would hold
        return "…"


def _shown(value: object) -> str:
    text = " ".join(to_text(value).split())
    return text if len(text) <= 60 else text[:57] + "…"


def split_choices(value: object) -> tuple[str, ...]:
    """A multi-choice answer: always split on ``;`` and line breaks, on ``,`` only when the
    cell has neither (so "Gestion du changement, des personnes; Finances" keeps its comma)."""
    text = to_text(value)
    parts = re.split(r"[;\r\n]+", text) if re.search(r"[;\r\n]", text) else text.split(",")
    items = (part.strip().lstrip("•·-*–—").strip() for part in parts)
    return tuple(item for item in items if item)


def to_int(value: object) -> int:
    """A whole number: ``2``, ``2.0``, ``"2"`` or ``"2,0"``; nothing else is guessed."""
    if isinstance(value, bool):
        raise CellError(_("“{value}” is not a whole number.").format(value=_shown(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = to_text(value)
    if re.fullmatch(r"[+-]?\d{1,9}(?:[.,]0*)?", text):
        return int(re.split(r"[.,]", text)[0])
    raise CellError(_("“{value}” is not a whole number.").format(value=_shown(value)))


def to_bool(value: object) -> bool:
    """Yes/no in either language, a check mark (``x``) or a spreadsheet TRUE/FALSE."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    words = fold(to_text(value)).split()
    if words and words[0] in vocabulary.YES:
        return True
    if words and words[0] in vocabulary.NO:
        return False
    raise CellError(_("“{value}” is neither yes nor no.").format(value=_shown(value)))


@dataclass(frozen=True)
class DateOrder:
    """How a column's slashed dates are read, and why: ``decided_by`` is "value" (a date
    only one order can read), "clock" (a 12-hour clock: the form service writes month
    first), "default" (Quebec usage, day first) or "user"; ``example`` is an ambiguous
    value of the column, to show the user what the order means."""

    month_first: bool
    decided_by: str
    example: str | None = None


def date_order(values: Iterable[object]) -> DateOrder:
    """Decide the day/month order of a column from all its values: a value that only one
    order can read decides it; else a 12-hour clock (AM/PM) means month first; else day
    first. A column with no slashed date gets the default and no example."""
    day_first_seen = month_first_seen = clock = False
    example: str | None = None
    for value in values:
        if not isinstance(value, str) or not (match := _SLASHED.match(value.strip())):
            continue
        first, second = int(match[1]), int(match[2])
        day_first_seen |= first > 12
        month_first_seen |= second > 12 and first <= 12
        clock |= bool(_CLOCK.search(value))
        if example is None and first <= 12 and second <= 12 and first != second:
            example = value.strip()
    if day_first_seen != month_first_seen:
        return DateOrder(month_first_seen, "value", example)
    if clock:
        return DateOrder(True, "clock", example)
    return DateOrder(False, "default", example)


def month_first(values: Iterable[object]) -> bool:
    """Whether a column writes dates month first (see ``date_order``)."""
    return date_order(values).month_first


_CLOCK = re.compile(r"\d\s*[ap]\.?\s*m\.?\b", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d.*)?$")
_SLASHED = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T,]+\d.*)?$")
_DAY_MONTH = re.compile(r"(?:^| )(\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+) (\d{4})(?: |$)")
_MONTH_DAY = re.compile(r"(?:^| )([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})(?: |$)")


def to_date(value: object, months_first: bool = False) -> date:
    """A date cell, an ISO date or timestamp, 01/05/2026 (day first unless ``months_first``
    or unambiguous), "1er mai 2026", "May 1, 2026", or an Excel day number."""
    if isinstance(value, datetime):
        return _checked(value.date(), value)
    if isinstance(value, date):
        return _checked(value, value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # a date cell formatted as a number (1954 to 2119)
            return _checked(date(1899, 12, 30) + timedelta(days=int(value)), value)
        raise _bad_date(value)
    text = to_text(value)
    try:
        if match := _ISO.match(text):
            return _checked(date(int(match[1]), int(match[2]), int(match[3])), value)
        if match := _SLASHED.match(text):
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            year += 2000 if year < 100 else 0
            if (months_first and first <= 12) or second > 12:
                first, second = second, first
            return _checked(date(year, second, first), value)
        folded = fold(text)
        if (match := _DAY_MONTH.search(folded)) and match[2] in vocabulary.MONTHS:
            return _checked(date(int(match[3]), vocabulary.MONTHS[match[2]], int(match[1])), value)
        if (match := _MONTH_DAY.search(folded)) and match[1] in vocabulary.MONTHS:
            return _checked(date(int(match[3]), vocabulary.MONTHS[match[1]], int(match[2])), value)
    except ValueError as error:  # 31/02/2026 and the like
        raise _bad_date(value) from error
    raise _bad_date(value)


def _bad_date(value: object) -> CellError:
    return CellError(
        _("“{value}” is not a date that can be read; write it as 2026-05-01.").format(
            value=_shown(value)
        )
    )


def _checked(day: date, value: object) -> date:
    if not 1900 <= day.year <= 2100:
        raise CellError(_("The date “{value}” is out of range.").format(value=_shown(value)))
    return day


def to_consent(value: object, months_first: bool = False) -> date | bool:
    """Consent as the date it was given, yes/no, or a sentence such as "J'accepte"."""
    try:
        return to_bool(value)
    except CellError:
        pass
    words = set(fold(to_text(value)).split())
    if words & vocabulary.AGREE:
        return not words & vocabulary.REFUSE
    try:
        return to_date(value, months_first)
    except CellError:
        raise CellError(
            _("“{value}” is neither yes, no nor a date.").format(value=_shown(value))
        ) from None


def to_role(value: object) -> Role:
    """Mentor or mentee, as either language writes it (mentoré(e), protégé, mentee...).

    The first role word decides, so "Mentoré(e): je souhaite être accompagné par un mentor"
    is a mentee. Accents are kept: "mentore" is a woman mentor, "mentorée" a mentee."""
    text = unicodedata.normalize("NFC", to_text(value).casefold())
    for word in re.findall(r"\w+", text):
        if word in vocabulary.MENTEE_WORDS:
            return Role.MENTEE
        if word in vocabulary.MENTOR_WORDS:
            return Role.MENTOR
    raise CellError(_("“{value}” says neither mentor nor mentee.").format(value=_shown(value)))


def to_language(value: object) -> Language:
    folded = fold(to_text(value))
    words = set(folded.split())
    french, english = bool(words & vocabulary.FRENCH), bool(words & vocabulary.ENGLISH)
    if french != english:
        return Language.FR if french else Language.EN
    if not french and folded in vocabulary.FRENCH_CODES:
        return Language.FR
    if not french and folded in vocabulary.ENGLISH_CODES:
        return Language.EN
    raise CellError(
        _("“{value}” is not a language the program works in (French or English).").format(
            value=_shown(value)
        )
    )


def to_region(value: object) -> str:
    """A region's code from its number ("03", "03 - Capitale-Nationale") or its name."""
    code = vocabulary.region_code(fold(to_text(value)))
    if code is None:
        raise CellError(_("“{value}” is not a region of Quebec.").format(value=_shown(value)))
    return code


def to_career_stage(value: object) -> CareerStage:
    stage = vocabulary.career_stage(fold(to_text(value)))
    if stage is None:
        raise CellError(_("“{value}” is not a known career stage.").format(value=_shown(value)))
    return stage


def to_meeting_modes(value: object) -> tuple[str, ...]:
    modes: list[str] = []
    for item in split_choices(value):
        found = vocabulary.meeting_modes(fold(item))
        if not found:
            raise CellError(_("“{value}” is not a meeting mode.").format(value=_shown(item)))
        modes.extend(m for m in found if m not in modes)
    return tuple(modes)


def to_leads(value: object) -> tuple[str, ...]:
    """LEADS capability codes (``L1``) or names in either language, in the order written."""
    codes, rest = vocabulary.leads_codes(fold(to_text(value)))
    if rest:
        raise CellError(
            _("“{value}” is not a LEADS capability.").format(value=_shown(" ".join(rest)))
        )
    return codes


CONVERTERS: dict[str, Callable[[object], object]] = {
    "text": to_text,
    "choices": split_choices,
    "int": to_int,
    "bool": to_bool,
    "role": to_role,
    "language": to_language,
    "region": to_region,
    "career_stage": to_career_stage,
    "meeting_modes": to_meeting_modes,
    "leads": to_leads,
    "entry_status": lambda value: fold(to_text(value)),
}
