"""Migrations: an older file with a year of data comes out at head, backed up, every row kept.

Old files are built the way the field has them: Alembic takes a raw engine to an older
revision, and rows are written with plain SQL against *that* revision's schema (never with
today's ORM classes, which follow head).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from mentorat_desktop import db as database
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import open_database
from mentorat_desktop.errors import DatabaseRefused
from mentorat_desktop.models import Base

BASE_REVISION = "0001"

_CREATED = "2026-05-01 10:00:00.000000"

# One small but complete program year, written against the base revision's schema. Every
# table that holds the committee's work has rows, so a migration that loses any shows here.
BASE_ROWS: dict[str, list[dict[str, Any]]] = {
    "cohorts": [
        {
            "id": 1,
            "name": "2026-2027",
            "start_date": "2026-09-01",
            "end_date": "2027-06-30",
            "first_contact_reminder_hours": 48,
            "first_contact_hours": 72,
            "session_cadence_days": 42,
            "matching_weights": '{"region": 2, "leads": 3}',
            "forbid_same_organisation": 1,
            "forbid_previous_pairs": 1,
            "retention_until": "2029-06-30",
            "notes": "Cohorte pilote",
            "created_at": _CREATED,
        }
    ],
    "persons": [
        {
            "id": person_id,
            "first_name": first,
            "last_name": last,
            "email": email,
            "phone": "418 555-0100",
            "created_at": _CREATED,
            "anonymised_at": None,
        }
        for person_id, first, last, email in [
            (1, "Marie-Ève", "Tremblay", "marie-eve.tremblay@example.org"),
            (2, "Élodie", "Bérubé", "elodie.berube@example.org"),
            (3, "Jean-François", "Côté", "jf.cote@example.org"),
        ]
    ],
    "participations": [
        {
            "id": participation_id,
            "cohort_id": 1,
            "person_id": participation_id,
            "role": role,
            "status": status,
            "preferred_language": "fr",
            "organisation": organisation,
            "workplace": "",
            "region": "03",
            "job_title": "Directrice adjointe" if role == "mentor" else "Chef de service",
            "career_stage": "senior" if role == "mentor" else "early",
            "years_of_experience": 20 if role == "mentor" else 3,
            "is_member": 1,
            "is_certified": 1 if role == "mentor" else 0,
            "meeting_modes": '["video", "in_person"]',
            "motivation": "Transmettre",
            "expertise_areas": '["Gestion du changement"]' if role == "mentor" else "[]",
            "capacity": 2 if role == "mentor" else 0,
            "development_areas": "[]" if role == "mentor" else '["Gestion du changement"]',
            "development_objectives": "",
            "mentor_expectations": "",
            "leads_capabilities": '["engage_others"]',
            "consent_date": "2026-05-01",
            "registered_on": "2026-05-01",
            "resources_reviewed_on": None,
            "withdrawn_on": "2026-10-01" if status == "withdrawn" else None,
            "withdrawal_reason": "Changement d'emploi" if status == "withdrawn" else "",
            "committee_notes": "",
            "created_at": _CREATED,
            "updated_at": _CREATED,
        }
        for participation_id, role, status, organisation in [
            (1, "mentor", "registered", "CHU de Québec"),
            (2, "mentee", "registered", "CIUSSS de la Capitale-Nationale"),
            (3, "mentee", "withdrawn", "CISSS de Chaudière-Appalaches"),
        ]
    ],
    "pairings": [
        {
            "id": 1,
            "cohort_id": 1,
            "mentor_id": 1,
            "mentee_id": 2,
            "status": "active",
            "score": 87.5,
            "suggested": 1,
            "locked": 1,
            "replaces_id": None,
            "created_at": _CREATED,
            "assigned_at": "2026-09-08 14:00:00.000000",
            "first_contact_on": "2026-09-10",
            "agreements": '{"frequency": "monthly"}',
            "suits_both": 1,
            "shared_understanding_on": "2026-09-20",
            "roles_reviewed": 1,
            "expectations_agreed": 1,
            "first_meeting_on": "2026-09-25",
            "engagement_signed_on": "2026-09-25",
            "planned_end_on": None,
            "ended_on": None,
            "end_kind": None,
            "end_reason": None,
            "end_reason_detail": "",
            "mentee_wants_new_mentor": 0,
            "reflection": "",
        }
    ],
    "goals": [
        {
            "id": goal_id,
            "pairing_id": 1,
            "position": goal_id,
            "title": title,
            "description": "",
            "leads_capabilities": '["achieve_results"]',
            "actions": "Lire, observer, essayer",
            "success_indicator": "Présentation au comité",
            "target_on": "2027-03-31",
            "status": status,
            "created_at": _CREATED,
            "updated_at": _CREATED,
        }
        for goal_id, title, status in [
            (1, "Animer un comité de direction", "in_progress"),
            (2, "Bâtir un réseau régional", "not_started"),
        ]
    ],
    "mentoring_sessions": [
        {
            "id": 1,
            "pairing_id": 1,
            "held_on": "2026-10-15",
            "duration_minutes": 60,
            "mode": "video",
            "topics": "Premières priorités",
            "leads_capabilities": '["engage_others"]',
            "note": "",
            "created_at": _CREATED,
        }
    ],
    "checklist_items": [
        {
            "id": 1,
            "cohort_id": 1,
            "participation_id": None,
            "pairing_id": 1,
            "phase": 5,
            "code": "introduction_sent",
            "done_on": "2026-09-08",
            "note": "",
            "created_at": _CREATED,
        }
    ],
    "questionnaires": [
        {
            "id": 1,
            "kind": "evaluation",
            "audience": "mentee",
            "title_fr": "Évaluation de fin d'année",
            "title_en": "Year-end evaluation",
        }
    ],
    "questionnaire_versions": [
        {"id": 1, "questionnaire_id": 1, "number": 1, "created_at": _CREATED, "note": ""}
    ],
    "questions": [
        {
            "id": 1,
            "version_id": 1,
            "code": "overall",
            "position": 1,
            "kind": "scale",
            "text_fr": "Satisfaction globale",
            "text_en": "Overall satisfaction",
            "options": "[]",
            "required": 1,
        }
    ],
    "responses": [
        {
            "id": 1,
            "version_id": 1,
            "participation_id": 2,
            "pairing_id": 1,
            "submitted_on": "2027-06-15",
            "source": "entered",
            "created_at": _CREATED,
        }
    ],
    "answers": [
        {"id": 1, "response_id": 1, "question_id": 1, "number": 5.0, "text": "", "choices": "[]"}
    ],
    "confidentiality_incidents": [
        {
            "id": 1,
            "occurred_on": "2026-11-02",
            "discovered_on": "2026-11-03",
            "description": "Courriel envoyé au mauvais destinataire",
            "information_involved": "Nom et courriel",
            "persons_affected": 1,
            "risk_of_serious_injury": 0,
            "measures_taken": "Demande de suppression",
            "commission_notified_on": None,
            "persons_notified_on": "2026-11-04",
            "created_at": _CREATED,
        }
    ],
    "audit_entries": [
        {
            "id": entry_id,
            "at": at,
            "actor": "comité",
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "cohort_id": 1,
            "summary": summary,
            "details": "{}",
        }
        for entry_id, at, action, entity, entity_id, summary in [
            (1, "2026-05-01 10:00:00.000000", "create", "cohort", 1, "Cohorte 2026-2027"),
            (2, "2026-09-08 14:00:00.000000", "confirm", "pairing", 1, "Jumelage confirmé"),
            (3, "2026-10-01 09:00:00.000000", "withdraw", "participation", 3, "Retrait"),
        ]
    ],
}


# --- building old files ------------------------------------------------------------------------


def migrate(path: Path, revision: str) -> None:
    """Take ``path`` to ``revision`` with Alembic alone, as an older release would have."""
    engine = database.make_engine(path)
    config = database.alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def insert_rows(path: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    try:
        with connection:
            for table, table_rows in rows.items():
                for row in table_rows:
                    columns = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    connection.execute(
                        f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())
                    )
    finally:
        connection.close()


def build_file(path: Path, revision: str = BASE_REVISION) -> None:
    """A file at ``revision`` holding ``BASE_ROWS`` (written at the base, then migrated)."""
    migrate(path, BASE_REVISION)
    insert_rows(path, BASE_ROWS)
    if revision != BASE_REVISION:
        migrate(path, revision)


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every base-revision column of every table, so added columns do not count as changes."""
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(
                f"SELECT {', '.join(rows[0])} FROM {table} ORDER BY id"
            ).fetchall()
            for table, rows in BASE_ROWS.items()
        }
    finally:
        connection.close()


def with_area_codes(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """What the upgrade to area codes (0005) changes: the known area wording becomes its code."""
    return {
        table: [
            tuple(
                '["change_management"]' if v == '["Gestion du changement"]' else v for v in row
            )
            for row in table_rows
        ]
        for table, table_rows in rows.items()
    }


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def revisions_before_head() -> list[str]:
    head = database.head_revision()
    return sorted(
        rev.revision for rev in database.script_directory().walk_revisions() if rev.revision != head
    )


# --- the base revision to head -----------------------------------------------------------------


def test_base_file_holds_the_rows_as_written(db_path: Path) -> None:
    build_file(db_path)
    assert revision_of(db_path) == BASE_REVISION
    assert all(len(snapshot(db_path)[table]) == len(rows) for table, rows in BASE_ROWS.items())


def test_older_file_is_backed_up_then_upgraded_keeping_every_row(
    db_path: Path, clock: FixedClock
) -> None:
    build_file(db_path)
    before = snapshot(db_path)

    opened = open_database(db_path, clock)
    opened.close()

    assert revision_of(db_path) == database.head_revision()
    assert snapshot(db_path) == with_area_codes(before)
    assert opened.backup is not None
    # In the backups folder beside the file, owner-only, kept with the risky operations' copies.
    assert opened.backup.parent == db_path.resolve().parent / "backups"
    assert opened.backup.stat().st_mode & 0o077 == 0
    assert opened.backup != db_path.resolve()
    assert BASE_REVISION in opened.backup.name
    assert revision_of(opened.backup) == BASE_REVISION
    assert snapshot(opened.backup) == before
    assert database.inspect_file(opened.backup).kind == "older"


def test_upgraded_file_is_reopened_without_a_second_backup(
    db_path: Path, clock: FixedClock
) -> None:
    build_file(db_path)
    open_database(db_path, clock).close()
    clock.advance(days=1)
    again = open_database(db_path, clock)
    again.close()
    assert again.backup is None
    assert len(list((db_path.parent / "backups").glob("*-upgrade-*"))) == 1


def test_audit_trail_is_append_only_after_upgrade(db_path: Path, clock: FixedClock) -> None:
    build_file(db_path)
    open_database(db_path, clock).close()

    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_entries SET action = 'delete' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_entries SET at = '2020-01-01' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM audit_entries WHERE id = 2")
        # Anonymisation may scrub what an entry says, and a deleted year may be unlinked.
        connection.execute("UPDATE audit_entries SET summary = '(anonymisé)' WHERE id = 1")
        connection.execute("UPDATE audit_entries SET details = '{}', cohort_id = NULL")
        connection.commit()
        assert connection.execute("SELECT count(*) FROM audit_entries").fetchone()[0] == 3
        assert (
            connection.execute("SELECT summary FROM audit_entries WHERE id = 1").fetchone()[0]
            == "(anonymisé)"
        )
    finally:
        connection.close()


def test_base_revision_allowed_rewriting_the_audit_trail(db_path: Path) -> None:
    # The triggers come from 0002: this shows the test above checks the upgrade, not 0001.
    build_file(db_path)
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("DELETE FROM audit_entries WHERE id = 3")
    finally:
        connection.rollback()
        connection.close()


@pytest.mark.parametrize("revision", revisions_before_head())
def test_every_older_revision_upgrades_to_head_with_its_data(
    tmp_path: Path, clock: FixedClock, revision: str
) -> None:
    path = tmp_path / f"at-{revision}.sqlite3"
    build_file(path, revision)
    assert revision_of(path) == revision
    before = snapshot(path)

    opened = open_database(path, clock)
    opened.close()

    assert revision_of(path) == database.head_revision()
    applied = {r.revision for r in database.script_directory().iterate_revisions(revision, "base")}
    assert snapshot(path) == (before if "0005" in applied else with_area_codes(before))
    assert opened.backup is not None
    assert revision_of(opened.backup) == revision
    assert snapshot(opened.backup) == before


def test_revision_chain_is_linear() -> None:
    scripts = database.script_directory()
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    assert scripts.get_bases() == [BASE_REVISION]


# --- schema and ORM agree ----------------------------------------------------------------------


def test_orm_metadata_matches_the_migrated_schema(db: database.Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


# --- upgrades that go wrong, or rebuild tables -------------------------------------------------


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Add one revision after head, in a private copy of the scripts, to try upgrades with."""
    scripts = tmp_path / "migrations"
    shutil.copytree(
        database.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    head = database.head_revision()
    monkeypatch.setattr(database, "migrations_dir", lambda: scripts)

    def add(upgrade_body: str) -> None:
        (scripts / "versions" / "9999_under_test.py").write_text(
            "import sqlalchemy as sa\n"
            "from alembic import op\n\n"
            "revision = '9999'\n"
            f"down_revision = {head!r}\n"
            "branch_labels = None\n"
            "depends_on = None\n\n\n"
            "def upgrade():\n" + "".join(f"    {line}\n" for line in upgrade_body.splitlines())
        )

    return add


def test_rebuilding_a_parent_table_does_not_cascade_to_its_children(
    db_path: Path, clock: FixedClock, extra_revision: Callable[[str], None]
) -> None:
    # Altering a column in SQLite means copy, drop, rename ("batch" mode). With foreign keys
    # enforced, dropping ``cohorts`` would delete every participation by ON DELETE CASCADE.
    head = database.head_revision()
    build_file(db_path, head)
    before = snapshot(db_path)
    extra_revision(
        "with op.batch_alter_table('cohorts', recreate='always') as batch:\n"
        "    batch.add_column(sa.Column('colour', sa.String(20), nullable=True))\n"
        "with op.batch_alter_table('participations', recreate='always') as batch:\n"
        "    batch.add_column(sa.Column('badge', sa.String(20), nullable=True))"
    )

    opened = open_database(db_path, clock)
    try:
        with opened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        opened.close()

    assert revision_of(db_path) == "9999"
    assert snapshot(db_path) == before


def test_failed_upgrade_leaves_the_file_as_it_was_and_keeps_the_backup(
    db_path: Path, clock: FixedClock, extra_revision: Callable[[str], None]
) -> None:
    head = database.head_revision()
    build_file(db_path, head)
    before = snapshot(db_path)
    extra_revision(
        "op.add_column('cohorts', sa.Column('colour', sa.String(20), nullable=True))\n"
        "op.execute('DELETE FROM goals')\n"
        "raise RuntimeError('migration bug')"
    )

    with pytest.raises(DatabaseRefused, match="migration bug"):
        open_database(db_path, clock)

    assert revision_of(db_path) == head
    assert snapshot(db_path) == before
    connection = sqlite3.connect(db_path)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(cohorts)")]
    finally:
        connection.close()
    assert "colour" not in columns
    backups = list((db_path.parent / "backups").glob("*-upgrade-*"))
    assert len(backups) == 1
    assert snapshot(backups[0]) == before


def test_upgrade_that_breaks_references_is_refused(
    db_path: Path, clock: FixedClock, extra_revision: Callable[[str], None]
) -> None:
    head = database.head_revision()
    build_file(db_path, head)
    before = snapshot(db_path)
    extra_revision("op.execute('UPDATE goals SET pairing_id = 999')")

    with pytest.raises(DatabaseRefused):
        open_database(db_path, clock)

    assert revision_of(db_path) == head
    assert snapshot(db_path) == before


# --- 0005: areas of expertise as codes -------------------------------------------------------


def test_upgrade_from_0002_seeds_the_areas_and_places_known_wordings(db_path: Path) -> None:
    migrate(db_path, "0001")
    rows = {table: [dict(r) for r in table_rows] for table, table_rows in BASE_ROWS.items()}
    mentor, mentee = rows["participations"][0], rows["participations"][1]
    mentor["expertise_areas"] = json.dumps(["Change management", "Télésanté autochtone"])
    mentee["development_areas"] = json.dumps(["Qualité et sécurité des soins", "gestion de projet"])
    insert_rows(db_path, rows)
    migrate(db_path, "0002")

    migrate(db_path, "0005")

    connection = sqlite3.connect(db_path)
    try:
        areas = connection.execute(
            "SELECT code, label_fr, label_en FROM areas_of_expertise WHERE cohort_id = 1"
        ).fetchall()
        stored = dict(
            connection.execute(
                "SELECT id, CASE role WHEN 'mentor' THEN expertise_areas ELSE development_areas "
                "END FROM participations"
            ).fetchall()
        )
    finally:
        connection.close()
    assert ("change_management", "Gestion du changement", "Change management") in areas
    assert len(areas) >= 20
    assert json.loads(stored[mentor["id"]]) == ["change_management", "Télésanté autochtone"]
    assert json.loads(stored[mentee["id"]]) == ["quality_safety", "project_management"]
