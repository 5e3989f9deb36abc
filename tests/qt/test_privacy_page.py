"""The Privacy section: history, incidents, a person's file and erasure, years to destroy."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QDate

from mentorat_desktop.services import audit
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.privacy.chain import verify_chain
from mentorat_desktop.services.privacy.history import history
from mentorat_desktop.views.privacy.privacy_page import PrivacyPage
from tests.helpers.evaluations import small_year
from tests.helpers.privacy import CANARY, CANARY_EMAIL, canary_count, plant_canary


def _page(qtbot, context) -> PrivacyPage:
    page = PrivacyPage(context)
    qtbot.addWidget(page)
    page.reload()  # as the window does when it first shows the page
    return page


def test_models_pass_the_model_tester(qtbot, qtmodeltester, context, cohort):
    page = _page(qtbot, context)
    qtmodeltester.check(page.history_model)
    qtmodeltester.check(page.incident_model)
    assert page.history_model.rowCount() >= 1  # the year's creation


def test_history_filters_by_action_and_never_shows_answers(qtbot, context, cohort):
    year = small_year(context.db, cohort.id)
    plant_canary(context.db, year.pairs["p1"])
    page = _page(qtbot, context)
    page.action_filter.setCurrentIndex(page.action_filter.findData("participation.update"))
    page.reload_history()
    assert page.history_model.rowCount() == 1
    page.action_filter.setCurrentIndex(0)
    page.person_filter.setText(CANARY_EMAIL)
    page.reload_history()
    assert {page.history_model.row_at(n).action for n in range(page.history_model.rowCount())} == {
        "participation.update"
    }


def test_an_incident_is_recorded_then_corrected(qtbot, context, cohort):
    page = _page(qtbot, context)
    dialog = page.incident_dialog(None)
    dialog.description.setPlainText("Courriel envoyé au mauvais destinataire")
    dialog.information.setPlainText("Nom et objectifs d'une mentorée")
    dialog.people.setValue(1)
    dialog.reasons.setPlainText("Destinataire membre du comité; courriel supprimé")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.reload()
    assert page.incident_model.rowCount() == 1
    correction = page.incident_dialog(1)
    correction.people.setValue(2)
    correction.accept()
    page.reload()
    assert page.incident_model.row_at(0).corrections[0].before == "1"


def test_incident_without_reasons_is_refused_in_words(qtbot, context, cohort):
    page = _page(qtbot, context)
    dialog = page.incident_dialog(None)
    dialog.description.setPlainText("Perte d'une clé USB")
    dialog.information.setPlainText("Liste des inscriptions")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "motifs" in dialog.errors.text()
    assert dialog.discovered.date() == QDate(2026, 10, 5)


def test_person_file_then_erasure_from_the_page(qtbot, context, cohort, tmp_path):
    year = small_year(context.db, cohort.id)
    plant_canary(context.db, year.pairs["p1"])
    page = _page(qtbot, context)
    page.person_email.setText(CANARY_EMAIL)
    page.operations.ask_path = lambda parent, suggested: str(tmp_path / "dossier.json")
    page.operations.inform = lambda parent, title, text: None
    page.export_person()
    assert json.loads((tmp_path / "dossier.json").read_text())["person"]["email"] == CANARY_EMAIL
    (tmp_path / "dossier.json").unlink()
    shown: list[str] = []
    page.operations.confirm = lambda parent, title, text: shown.append(text) or True
    page.operations.ask_text = lambda parent, title, label: ("Demande de la personne", True)
    with qtbot.waitSignal(page.changed):
        page.erase_person()
    assert "Ce qui reste" in shown[0] and "courriel" in shown[0]
    assert canary_count(context.db.path) == 0
    assert history(context.db)[-1].action == "privacy.erase_person"
    assert verify_chain(context.db).intact
    assert CANARY not in page.person_email.text()


def test_a_year_past_its_retention_is_listed_and_anonymised(qtbot, context, cohort):
    create_cohort(
        context.db,
        CohortForm(
            "2019-2020", date(2019, 9, 1), date(2020, 6, 30), retention_until=date(2022, 6, 30)
        ),
    )
    page = _page(qtbot, context)
    assert page.due_years.count() == 1
    page.due_years.setCurrentRow(0)
    page.operations.confirm = lambda parent, title, text: True
    told: list[str] = []
    page.operations.inform = lambda parent, title, text: told.append(text)
    page.anonymise_selected()
    assert told and "compact" in told[0]
    assert page.due_years.count() == 0


def test_history_filters_by_year_pair_and_period(qtbot, context, cohort, clock):
    year = small_year(context.db, cohort.id)
    with context.db.unit_of_work() as session:
        for key, day in (("p1", 3), ("p2", 4), ("p1", 20)):
            clock.current = clock.current.replace(month=11, day=day)
            audit.record(
                session,
                context.db.clock,
                actor="Sophie",
                action="pairing.note",
                entity="pairing",
                entity_id=year.pairs[key],
                cohort_id=cohort.id,
                summary=key,
            )
    page = _page(qtbot, context)
    page.year_filter.setCurrentIndex(page.year_filter.findText("2026-2027"))
    assert page.pair_filter.isEnabled()
    names = [page.pair_filter.itemText(n) for n in range(page.pair_filter.count())]
    assert any(n.startswith("Gisèle ") and " – Anouk " in n for n in names)
    page.pair_filter.setCurrentIndex(page.pair_filter.findData(year.pairs["p1"]))
    page.reload_history()
    assert [page.history_model.row_at(n).summary for n in range(page.history_model.rowCount())] == [
        "p1",
        "p1",
    ]
    page.until.setDate(QDate(2026, 11, 10))
    page.reload_history()
    assert page.history_model.rowCount() == 1
    page.year_filter.setCurrentIndex(0)  # every year: no pair to choose
    assert not page.pair_filter.isEnabled()
    page.reload_history()
    assert [page.history_model.row_at(n).summary for n in range(page.history_model.rowCount())][
        -2:
    ] == ["p1", "p2"]


def test_the_page_has_a_title_like_the_others(qtbot, context, cohort) -> None:
    from PySide6.QtWidgets import QLabel

    page = _page(qtbot, context)
    titles = [
        label.text() for label in page.findChildren(QLabel) if label.objectName() == "pageTitle"
    ]
    assert titles == ["Confidentialité"]
