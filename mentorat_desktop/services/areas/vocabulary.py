"""A program year's areas of expertise: code, French label, English label.

Registrations store an area's code when its wording is known, in either language, and keep
anything else as written; matching then compares codes, so "Gestion du changement" and
"Change management" are one area.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from mentorat_desktop.models.enums import Language
from mentorat_desktop.paths import resources_dir
from mentorat_desktop.services.areas.terms import key
from mentorat_desktop.services.text import words

SEED_FILE = "areas.json"
CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class Area:
    code: str
    label_fr: str
    label_en: str
    # Other wordings recognised in registrations, in either language.
    also: tuple[str, ...] = ()

    def label(self, language: Language | str) -> str:
        return self.label_fr if Language(language) == Language.FR else self.label_en

    def wordings(self) -> Iterable[tuple[str, Language]]:
        yield self.label_fr, Language.FR
        yield self.label_en, Language.EN
        for other in self.also:
            yield other, Language.FR
            yield other, Language.EN


@dataclass(frozen=True)
class AreaVocabulary:
    areas: tuple[Area, ...] = field(default_factory=tuple)

    @cached_property
    def derived(self) -> dict[object, object]:
        """What callers work out from this list, kept with it: the list never changes once
        read, and a board places the same few wordings for hundreds of people."""
        return {}

    @cached_property
    def by_code(self) -> dict[str, Area]:
        return {a.code: a for a in self.areas}

    @cached_property
    def _exact(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for area in self.areas:
            for wording, _language in area.wordings():
                found.setdefault(words(wording), area.code)
        return found

    @cached_property
    def _by_terms(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for area in self.areas:
            for wording, language in area.wordings():
                found.setdefault(key(wording, language), area.code)
        return found

    def place(self, wording: str, language: Language = Language.FR) -> str | None:
        """The code of a known wording (a code, a label, another wording, in either language,
        case, accents and plural ignored); None when the wording is not an area of the list."""
        text = wording.strip()
        if text in self.by_code:
            return text
        folded = words(text)
        if not folded:
            return None
        return self._exact.get(folded) or self._by_terms.get(key(text, language))

    def place_all(self, wordings: Sequence[str], language: Language) -> list[str]:
        """Codes for the known wordings, the others kept as written; no duplicates."""
        placed: list[str] = []
        for wording in wordings:
            value = self.place(wording, language) or wording.strip()
            if value and value not in placed:
                placed.append(value)
        return placed

    def label(self, value: str, language: Language | str) -> str:
        """A stored value as people read it: the label of a code, or the text as written."""
        area = self.by_code.get(value)
        return area.label(language) if area else value

    def labels(self, values: Iterable[str], language: Language | str) -> tuple[str, ...]:
        return tuple(self.label(v, language) for v in values)


def area_from_json(item: dict) -> Area | None:
    code, fr, en = (str(item.get(k, "")).strip() for k in ("code", "fr", "en"))
    if not CODE.match(code) or not fr or not en:
        return None
    return Area(code, fr, en, tuple(str(w) for w in item.get("also", []) if str(w).strip()))


@cache
def default_vocabulary() -> AreaVocabulary:
    """The shipped list of the usual areas of health and social services leadership."""
    path = resources_dir() / "matching" / SEED_FILE
    try:
        items = json.loads(path.read_text(encoding="utf-8")).get("areas", [])
    except (OSError, ValueError, AttributeError):
        items = []
    areas = [a for a in (area_from_json(i) for i in items if isinstance(i, dict)) if a]
    return AreaVocabulary(tuple(areas))
