"""A person with a unique canary string in their name, e-mail and goal, in two years."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.models import Goal, Pairing, Participation, Person
from mentorat_desktop.paths import data_dir
from mentorat_desktop.services import audit
from mentorat_desktop.services.privacy.destruction import managed_backups, side_files

CANARY = "Zqxkanari"
CANARY_EMAIL = f"gisele.{CANARY.lower()}@example.org"


def plant_canary(db: Database, pairing_id: int) -> int:
    """Put the canary in the mentor of ``pairing_id``: name, e-mail, a goal, the trail."""
    with db.unit_of_work() as s:
        pairing = s.get(Pairing, pairing_id)
        assert pairing is not None
        person = pairing.mentor.person
        person.last_name = f"Tremblay-{CANARY}"
        person.email = CANARY_EMAIL
        person.phone = "418 555-0199"
        pairing.goals.append(
            Goal(
                position=0,
                title=f"Préparer la relève avec {CANARY}",
                description="Bâtir un plan de relève",
                leads_capabilities=[],
                actions="Rencontrer l'équipe",
                success_indicator="Plan adopté",
                created_at=db.clock.now(),
                updated_at=db.clock.now(),
            )
        )
        pairing.mentor.committee_notes = f"Appeler {person.first_name} {CANARY}"
        audit.record(
            s,
            db.clock,
            actor="comité",
            action="participation.update",
            entity="participation",
            entity_id=pairing.mentor_id,
            cohort_id=pairing.cohort_id,
            summary=person.full_name,
            details={"email": person.email},
        )
        return person.id


def registrations_of(db: Database, person_id: int) -> int:
    with db.unit_of_work() as s:
        query = select(Participation).where(Participation.person_id == person_id)
        return len(s.scalars(query).all())


def person_row(db: Database, person_id: int) -> Person:
    with db.unit_of_work() as s:
        person = s.get(Person, person_id)
        assert person is not None
        return person


def files_to_scan(db_path: Path) -> list[Path]:
    """The file, its side files, every managed backup with theirs, and the log."""
    paths = [db_path, *side_files(db_path)]
    for backup in managed_backups(db_path):
        paths += [backup, *side_files(backup)]
    folder = db_path.parent / "backups"
    if folder.is_dir():
        paths += [p for p in folder.rglob("*") if p.is_file()]
    paths += list(data_dir().glob("mentorat.log*"))
    return paths


def canary_count(db_path: Path, needle: str = CANARY) -> int:
    """Occurrences of ``needle`` (any case) in the raw bytes of every file that may hold it."""
    lowered = needle.lower().encode()
    total = 0
    for path in set(files_to_scan(db_path)):
        if path.exists():
            total += path.read_bytes().lower().count(lowered)
    return total
