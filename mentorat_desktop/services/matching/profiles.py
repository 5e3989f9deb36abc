"""What matching needs to know of one registration, detached from the database session."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from mentorat_desktop.i18n import current_language
from mentorat_desktop.models import Participation
from mentorat_desktop.models.enums import CareerStage, Language, Role
from mentorat_desktop.services.areas.terms import terms
from mentorat_desktop.services.areas.vocabulary import AreaVocabulary
from mentorat_desktop.services.text import words

if TYPE_CHECKING:
    from mentorat_desktop.services.matching.features import Compared


@dataclass(frozen=True)
class MatchProfile:
    participation_id: int
    person_id: int
    role: Role
    first_name: str
    last_name: str
    email: str
    organisation: str
    workplace: str
    region: str
    language: Language
    career_stage: CareerStage
    years_of_experience: int | None
    meeting_modes: tuple[str, ...]
    # Mentors: expertise areas. Mentees: the areas they want to develop. As people read them:
    # an area of the year's list by its label in the person's language, others as written.
    areas: tuple[str, ...]
    # Mentees only: their development objectives in their own words.
    objectives: str
    leads: tuple[str, ...]
    capacity: int
    job_title: str = ""
    # The code of each area of ``areas`` ("" for one written outside the year's list); empty
    # when the profile was never placed against a list.
    area_codes: tuple[str, ...] = ()
    # (term, word as written) of the areas in both languages, for comparing free text.
    area_terms: tuple[tuple[str, str], ...] = ()
    # (term, word as written) of the objectives; None: worked out when first scored
    # (``compared``), the board shows its cards before anyone is scored.
    objective_terms: tuple[tuple[str, str], ...] | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @cached_property
    def compared(self) -> Compared:
        """What the score compares of this person (area keys, terms), worked out on first
        use and kept: a board scores each person against hundreds of others."""
        from mentorat_desktop.services.matching.features import compared  # it reads profiles

        return compared(self)

    @property
    def organisation_key(self) -> str:
        """The organisation as compared by the rules: case, accents and punctuation ignored."""
        return folded(self.organisation)


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """``words`` of a text, remembered: organisations and workplaces repeat across people,
    and every score of a board compares them."""
    return words(text)


def placed(profile: MatchProfile, vocabulary: AreaVocabulary) -> MatchProfile:
    """The profile with its stored areas (codes or text) placed against the year's list:
    labels to show, codes to compare, and the terms of both labels for free text."""
    return replace(
        profile, **_placed_fields(profile.areas, profile.objectives, profile.language, vocabulary)
    )


def _placed_fields(
    areas: tuple[str, ...],
    objectives: str,
    language: Language,
    vocabulary: AreaVocabulary,
    with_objectives: bool = True,
) -> dict[str, Any]:
    """``with_objectives=False`` leaves the objectives' terms to the first score (the same
    terms, worked out by ``features``): a board shows its cards before anyone is scored."""
    codes: list[str] = []
    labels: list[str] = []
    found: dict[str, str] = {}
    for value in areas:
        code, label, value_terms = _placement(value, language, vocabulary)
        codes.append(code)
        labels.append(label)
        for term, written in value_terms:
            found.setdefault(term, written)
    placed = {
        "areas": tuple(labels),
        "area_codes": tuple(codes),
        "area_terms": tuple(found.items()),
    }
    if with_objectives:
        placed["objective_terms"] = tuple(terms(objectives, language).items())
    return placed


def _placement(
    value: str, language: Language, vocabulary: AreaVocabulary
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """One stored area: its code ("" outside the list), its label in the reader's language
    (as every list shows it), its terms; worked out once per wording, list and reader's
    language (``language``: the participant's, in which the wording was written)."""
    memo = vocabulary.derived
    shown = current_language()
    key = (_PLACEMENT, value, language, shown)
    found = memo.get(key)
    if found is None:
        code = vocabulary.place(value, language) or ""
        area = vocabulary.by_code.get(code)
        merged: dict[str, str] = {}
        if area is not None:
            for term, written in terms(area.label_fr, Language.FR).items():
                merged.setdefault(term, written)
            for term, written in terms(area.label_en, Language.EN).items():
                merged.setdefault(term, written)
        else:
            merged.update(terms(value, language))
        found = memo[key] = (code, area.label(shown) if area else value, tuple(merged.items()))
    return found  # type: ignore[return-value]


_PLACEMENT = "matching.placement"


def profile_of(p: Participation, vocabulary: AreaVocabulary | None = None) -> MatchProfile:
    return profile_of_row(p, p.person.first_name, vocabulary, p.person)


def profile_of_row(
    p: Any, first_name: str, vocabulary: AreaVocabulary | None = None, person: Any = None
) -> MatchProfile:
    """The profile from a registration's values: a ``Participation``, or a row holding its
    columns and the person's names (``person`` when they are on another object)."""
    person = p if person is None else person
    is_mentor = p.role == Role.MENTOR
    areas = tuple(p.expertise_areas if is_mentor else p.development_areas)
    objectives = "" if is_mentor else p.development_objectives
    language = p.preferred_language
    return MatchProfile(
        participation_id=p.id,
        person_id=p.person_id,
        role=p.role,
        first_name=first_name,
        last_name=person.last_name,
        email=person.email,
        organisation=p.organisation,
        workplace=p.workplace,
        region=p.region,
        language=language,
        career_stage=p.career_stage,
        years_of_experience=p.years_of_experience,
        meeting_modes=tuple(p.meeting_modes or ()),
        leads=tuple(p.leads_capabilities or ()),
        capacity=p.capacity if is_mentor else 0,
        job_title=p.job_title,
        **(
            _placed_fields(areas, objectives, language, vocabulary, with_objectives=False)
            if vocabulary is not None
            else {"areas": areas}
        ),
        objectives=objectives,
    )
