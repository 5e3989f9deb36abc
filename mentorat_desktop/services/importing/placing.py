"""Answers to place: a choice written in words the app does not know is placed, not refused.

A form service lets each committee word its choices ("Gestionnaire de premier niveau",
"Professionnelle", "Retraité"); none of them is an error in the person's registration. The
importer reads the usual wordings itself; any other wording is kept as written and flagged
for review on the participant, and listed once per distinct wording so that the committee
can place it in one of the app's categories (or keep it as written). The placements are
remembered with the column mapping, and a ``--mapping`` file carries them in ``values``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import CareerStage, Language, MeetingMode, Role
from mentorat_desktop.services.importing import cells
from mentorat_desktop.services.importing.vocabulary import fold
from mentorat_desktop.services.labels import labelled
from mentorat_desktop.services.leads import CAPABILITIES
from mentorat_desktop.services.regions import REGIONS, region_label

KEEP = None  # the placement "keep as written" (the answer stays to review)
MULTIPLE = frozenset({"meeting_modes", "leads"})


def _yes_no() -> list[tuple[str, str]]:
    return [("yes", _("Yes")), ("no", _("No"))]


def _regions() -> list[tuple[str, str]]:
    return [(code, f"{code} – {region_label(code)}") for code in REGIONS]


def _leads() -> list[tuple[str, str]]:
    return [(c.code, f"{c.code} – {c.label}") for c in CAPABILITIES]


# Each kind of choice field and the app's categories it can be placed in: (code, label).
CATEGORIES: dict[str, Callable[[], list[tuple[str, str]]]] = {
    "role": lambda: labelled(Role),
    "language": lambda: labelled(Language),
    "region": _regions,
    "career_stage": lambda: labelled(CareerStage),
    "bool": _yes_no,
    "meeting_modes": lambda: labelled(MeetingMode),
    "leads": _leads,
}


def is_placeable(kind: str) -> bool:
    return kind in CATEGORIES


def category_codes(kind: str) -> set[str]:
    return {code for code, _label in CATEGORIES[kind]()}


def wording_key(text: str) -> str:
    """How placements are looked up: case, accents, punctuation and spacing set aside."""
    return fold(text)


def _value_of(kind: str, code: str) -> object:
    """A category code as the registration form holds it."""
    converted: dict[str, Callable[[str], object]] = {
        "role": Role,
        "language": Language,
        "career_stage": CareerStage,
        "bool": lambda c: c == "yes",
    }
    return converted.get(kind, str)(code)


@dataclass(frozen=True)
class Reading:
    """One cell of a choice field: its value (None when nothing could be placed), the text
    to keep for review (None when everything was placed) and the wordings still to place."""

    value: object
    review: str | None = None
    unplaced: tuple[str, ...] = ()


def read_choice(kind: str, raw: object, placed: Mapping[str, str | None]) -> Reading:
    """Read ``raw`` with the usual wordings, then with the committee's ``placed`` ones."""
    if kind in MULTIPLE:
        return _read_many(kind, raw, placed)
    try:
        return Reading(cells.CONVERTERS[kind](raw))
    except cells.CellError:
        pass
    written = " ".join(cells.to_text(raw).split())
    key = wording_key(written)
    if key in placed:
        code = placed[key]
        if code is KEEP:
            return Reading(None, review=written)
        return Reading(_value_of(kind, code))
    return Reading(None, review=written, unplaced=(written,))


def _read_many(kind: str, raw: object, placed: Mapping[str, str | None]) -> Reading:
    values: list[str] = []
    kept: list[str] = []
    unplaced: list[str] = []
    for item in cells.split_choices(raw):
        try:
            found = cells.CONVERTERS[kind](item)
        except cells.CellError:
            key = wording_key(item)
            code = placed.get(key, KEEP)
            if code is not KEEP:
                found = (code,)
            else:
                kept.append(item)
                if key not in placed:
                    unplaced.append(item)
                continue
        values.extend(v for v in found if v not in values)
    review = "; ".join(kept) if kept else None
    return Reading(tuple(values), review=review, unplaced=tuple(unplaced))


def check_placements(kind: str, placements: Mapping[str, object]) -> list[str]:
    """The codes in ``placements`` that are not categories of ``kind`` (for mapping files)."""
    known = category_codes(kind)
    return [str(code) for code in placements.values() if code is not KEEP and code not in known]
