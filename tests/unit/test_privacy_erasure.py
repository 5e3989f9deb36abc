"""Erasure and anonymisation: the canary is gone from every byte, the summary still adds up."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, backup_file
from mentorat_desktop.errors import UserError
from mentorat_desktop.services.evaluation_summary.summary import summarise
from mentorat_desktop.services.followup.pair_detail import pair_detail
from mentorat_desktop.services.privacy.chain import verify_chain
from mentorat_desktop.services.privacy.erasure import anonymise_year
from mentorat_desktop.services.privacy.operations import (
    anonymise_year_completely,
    erase_person_completely,
)
from mentorat_desktop.services.privacy.retention import set_retention
from mentorat_desktop.services.privacy.scope import goes, stays
from tests.helpers.evaluations import small_year
from tests.helpers.privacy import (
    CANARY,
    CANARY_EMAIL,
    canary_count,
    person_row,
    plant_canary,
    registrations_of,
)


def _backups(db: Database, clock: FixedClock) -> None:
    """A pre-upgrade copy and a routine copy, both in the backups/ folder."""
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup_file(db.path, "0002", clock)
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    shutil.copy(db.path, folder / "program-20261005-080000-daily.sqlite3")


def test_canary_erased_then_year_anonymised_leaves_no_byte(db, cohort, clock):
    year = small_year(db, cohort.id)
    person_id = plant_canary(db, year.pairs["p1"])
    assert registrations_of(db, person_id) == 2  # Gisèle is in 2025-2026 and 2026-2027
    _backups(db, clock)
    assert canary_count(db.path) > 0

    report = erase_person_completely(db, CANARY_EMAIL, "Demande de la personne", "Comité")

    assert canary_count(db.path) == 0
    assert {b.action for b in report.backups} <= {"rewritten", "deleted"}
    assert len(report.backups) == 2
    gone = person_row(db, person_id)
    assert (gone.first_name, gone.last_name, gone.phone) == ("Ancien(ne) participant(e)", "", "")
    # The partner's pair says "former participant" in place of the name.
    assert pair_detail(db, year.pairs["p1"]).mentor.full_name == "Ancien(ne) participant(e)"
    assert verify_chain(db).intact

    set_retention(db, cohort.id, date(2027, 6, 30))
    clock.current = clock.current.replace(year=2028)
    anonymise_year_completely(db, cohort.id, "Fin de la conservation")
    assert canary_count(db.path) == 0
    assert verify_chain(db).intact


def test_erasure_keeps_statistics_and_audits_without_the_name(db, cohort):
    year = small_year(db, cohort.id)
    plant_canary(db, year.pairs["p1"])
    before = summarise(db, cohort.id, "fr")
    erase_person_completely(db, CANARY_EMAIL, f"Demande de Gisèle {CANARY}")
    after = summarise(db, cohort.id, "fr")
    assert after.pairs == before.pairs
    assert after.activity == before.activity
    assert after.participation == before.participation
    with db.unit_of_work() as s:
        from sqlalchemy import select

        from mentorat_desktop.models import AuditEntry

        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.action == "privacy.erase_person"
        assert entry.actor
        assert CANARY not in entry.summary + str(entry.details)
        assert "Gisèle" not in entry.summary + str(entry.details)
        assert entry.details["reason"]


def test_anonymised_year_summary_equals_the_one_before(db, cohort, clock):
    year = small_year(db, cohort.id)
    set_retention(db, cohort.id, date(2027, 6, 30))
    clock.current = clock.current.replace(year=2028)
    before = summarise(db, cohort.id, "fr")
    later_before = summarise(db, year.later_id, "fr")
    anonymise_year(db, cohort.id, "Fin de la conservation")
    assert summarise(db, cohort.id, "fr") == before
    # The comparison with earlier years, seen from the next year, is unchanged too.
    assert summarise(db, year.later_id, "fr").comparison == later_before.comparison


def test_a_year_is_not_anonymised_before_its_retention_date(db, cohort):
    with pytest.raises(UserError, match=r"conservés jusqu.au"):
        anonymise_year(db, cohort.id)


def test_confirmation_names_what_goes_and_what_stays():
    going = " ".join(goes(whole_year=False, mark="[nom supprimé]"))
    assert "courriel" in going and "objectifs" in going.lower()
    assert any("heures" in s for s in stays())


def test_summary_in_english_after_anonymisation(db, cohort, clock):
    small_year(db, cohort.id)
    set_retention(db, cohort.id, date(2027, 6, 30))
    clock.current = clock.current.replace(year=2028)
    before = summarise(db, cohort.id, "en")
    anonymise_year(db, cohort.id)
    assert summarise(db, cohort.id, "en") == before


def test_a_former_participant_reads_in_the_language_of_whoever_looks(db, cohort):
    from mentorat_desktop.i18n import set_language

    year = small_year(db, cohort.id)
    plant_canary(db, year.pairs["p1"])
    erase_person_completely(db, CANARY_EMAIL, "Demande de la personne", "Comité")  # in French
    try:
        set_language("en")
        assert pair_detail(db, year.pairs["p1"]).mentor.full_name == "Former participant"
    finally:
        set_language("fr")
    assert pair_detail(db, year.pairs["p1"]).mentor.full_name == "Ancien(ne) participant(e)"
