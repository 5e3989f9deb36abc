"""Ready-made registration forms, so a test says only what matters to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mentorat_desktop.models.enums import CareerStage, Language, Role
from mentorat_desktop.services.registration import RegistrationForm


def mentee_form(**changes: object) -> RegistrationForm:
    form = RegistrationForm(
        first_name="Élodie",
        last_name="Bérubé",
        email="elodie.berube@example.org",
        phone="418 555-0101",
        role=Role.MENTEE,
        preferred_language=Language.FR,
        organisation="CIUSSS de la Capitale-Nationale",
        workplace="Hôpital de l'Enfant-Jésus",
        region="03",
        job_title="Chef de service",
        career_stage=CareerStage.EARLY,
        years_of_experience=3,
        development_areas=("Gestion du changement",),
        development_objectives="Prendre sa place dans un comité de direction.",
        consent_date=date(2026, 5, 1),
    )
    return replace(form, **changes)


def mentor_form(**changes: object) -> RegistrationForm:
    form = RegistrationForm(
        first_name="Marc",
        last_name="O'Brien",
        email="marc.obrien@example.org",
        role=Role.MENTOR,
        preferred_language=Language.EN,
        organisation="CISSS de l'Outaouais",
        region="07",
        job_title="Directeur adjoint",
        career_stage=CareerStage.SENIOR,
        years_of_experience=22,
        is_member=True,
        is_certified=True,
        expertise_areas=("Gestion du changement", "Finances"),
        capacity=2,
        consent_date=date(2026, 5, 2),
    )
    return replace(form, **changes)
