"""What matching needs to know of one registration, detached from the database session."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

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
    # (term, word as written) of the objectives, worked out once when the board loads.
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
    codes: list[str] = []
    labels: list[str] = []
    found: dict[str, str] = {}
    for value in profile.areas:
        code = vocabulary.place(value, profile.language) or ""
        area = vocabulary.by_code.get(code)
        codes.append(code)
        labels.append(area.label(profile.language) if area else value)
        if area is not None:
            for term, written in terms(area.label_fr, Language.FR).items():
                found.setdefault(term, written)
            for term, written in terms(area.label_en, Language.EN).items():
                found.setdefault(term, written)
        else:
            for term, written in terms(value, profile.language).items():
                found.setdefault(term, written)
    return replace(
        profile,
        areas=tuple(labels),
        area_codes=tuple(codes),
        area_terms=tuple(found.items()),
        objective_terms=tuple(terms(profile.objectives, profile.language).items()),
    )


def profile_of(p: Participation, vocabulary: AreaVocabulary | None = None) -> MatchProfile:
    is_mentor = p.role == Role.MENTOR
    profile = MatchProfile(
        participation_id=p.id,
        person_id=p.person_id,
        role=p.role,
        first_name=p.person.first_name,
        last_name=p.person.last_name,
        email=p.person.email,
        organisation=p.organisation,
        workplace=p.workplace,
        region=p.region,
        language=p.preferred_language,
        career_stage=p.career_stage,
        years_of_experience=p.years_of_experience,
        meeting_modes=tuple(p.meeting_modes or ()),
        areas=tuple(p.expertise_areas if is_mentor else p.development_areas),
        objectives="" if is_mentor else p.development_objectives,
        leads=tuple(p.leads_capabilities or ()),
        capacity=p.capacity if is_mentor else 0,
        job_title=p.job_title,
    )
    return placed(profile, vocabulary) if vocabulary is not None else profile
