"""The people of a document's data (``PersonSheet``), for tests and benches of documents."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from mentorat_desktop.documents.data import PairSheet, PersonSheet, ProgramYear
from mentorat_desktop.models.enums import PairingStatus

YEAR = ProgramYear("2026-2027", date(2026, 9, 1), date(2027, 6, 30), 72)


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


def a_pair(mentor: tuple[str, str], mentee: tuple[str, str], year: ProgramYear = YEAR) -> PairSheet:
    """An active pair of French speakers with no goals yet: (first, last) names of each."""
    return PairSheet(
        pairing_id=1,
        year=year,
        mentor=person(1, *mentor, "fr"),
        mentee=person(2, *mentee, "fr"),
        status=PairingStatus.ACTIVE,
        assigned_at=datetime(2026, 10, 5, 9, 30),
        first_meeting_on=None,
        goals=(),
    )
