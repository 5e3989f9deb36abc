"""Erasure and anonymisation end to end: the unit of work, then the real destruction."""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.db import Database
from mentorat_desktop.services.privacy.destruction import BackupOutcome, destroy_remnants
from mentorat_desktop.services.privacy.erasure import (
    ErasureOutcome,
    anonymise_year,
    erase_person,
)


@dataclass(frozen=True)
class DestructionReport:
    outcome: ErasureOutcome
    backups: list[BackupOutcome]


def erase_person_completely(
    db: Database, email: str, reason: str, actor: str = ""
) -> DestructionReport:
    outcome = erase_person(db, email, reason, actor)
    backups = destroy_remnants(
        db, outcome.identifiers, lambda copy: erase_person(copy, email, reason, actor)
    )
    return DestructionReport(outcome, backups)


def anonymise_year_completely(
    db: Database, cohort_id: int, reason: str = "", actor: str = ""
) -> DestructionReport:
    from mentorat_desktop.services.cohorts import list_cohorts

    name = next(c.name for c in list_cohorts(db) if c.id == cohort_id)
    outcome = anonymise_year(db, cohort_id, reason, actor)

    def redo(copy: Database) -> object:
        same = [c for c in list_cohorts(copy) if c.name == name]
        return anonymise_year(copy, same[0].id, reason, actor) if same else None

    backups = destroy_remnants(db, outcome.identifiers, redo)
    return DestructionReport(outcome, backups)
