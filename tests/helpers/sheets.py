"""The people of a document's data (``PersonSheet``), for tests and benches of documents."""

from __future__ import annotations

from dataclasses import replace

from mentorat_desktop.documents.data import PersonSheet


def person(pid: int, first: str, last: str, language: str, **changes: object) -> PersonSheet:
    sheet = PersonSheet(
        participation_id=pid,
        first_name=first,
        last_name=last,
        email=f"{pid}@example.org",
        phone="418 555-0101",
        language=language,
        job_title="Chef de service",
        organisation="CIUSSS de la Capitale-Nationale",
        workplace="Hôpital de l'Enfant-Jésus",
        region="03",
        expertise_areas=("Gestion du changement", "Finances"),
        development_areas=("Négociation",),
        development_objectives="Prendre sa place dans un comité de direction.",
        mentor_expectations="Un regard franc sur mes façons de faire.",
        leads_capabilities=("L1", "E3"),
    )
    return replace(sheet, **changes)
