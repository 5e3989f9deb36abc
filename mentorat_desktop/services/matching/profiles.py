"""What matching needs to know of one registration, detached from the database session."""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.models import Participation
from mentorat_desktop.models.enums import CareerStage, Language, Role
from mentorat_desktop.services.text import words


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
    # Mentors: expertise areas. Mentees: the areas they want to develop.
    areas: tuple[str, ...]
    # Mentees only: their development objectives in their own words.
    objectives: str
    leads: tuple[str, ...]
    capacity: int
    job_title: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def organisation_key(self) -> str:
        """The organisation as compared by the rules: case, accents and punctuation ignored."""
        return words(self.organisation)


def profile_of(p: Participation) -> MatchProfile:
    is_mentor = p.role == Role.MENTOR
    return MatchProfile(
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
