"""The participants table model and its search/filter proxy."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.forms import mentee_form, mentor_form

from mentorat_desktop.services import registration, withdrawal
from mentorat_desktop.views.item_models.participant_filter import ParticipantFilterProxy
from mentorat_desktop.views.item_models.participant_table import ParticipantTableModel


@pytest.fixture
def rows(db, cohort):
    registration.register(db, cohort.id, mentee_form())
    registration.register(db, cohort.id, mentor_form())
    third = registration.register(
        db,
        cohort.id,
        mentee_form(
            first_name="Alex",
            last_name="Tremblay",
            email="alex@example.org",
            region="06",
            organisation="CIUSSS de l'Est-de-l'Île-de-Montréal",
            development_areas=("Finances",),
        ),
    )
    withdrawal.withdraw(db, third.participation_id, date(2026, 10, 5), "Nouveau poste")
    return registration.list_participants(db, cohort.id)


def test_table_model_passes_the_model_tester(qtmodeltester, rows) -> None:
    model = ParticipantTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, ParticipantTableModel.NAME).data() == "Élodie Bérubé"
    assert model.index(0, ParticipantTableModel.ROLE).data() == "Mentoré"
    assert model.index(0, ParticipantTableModel.REGISTERED).data() == "5 oct. 2026"


def test_proxy_passes_the_model_tester(qtmodeltester, rows) -> None:
    model = ParticipantTableModel()
    model.set_rows(rows)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("berube")
    qtmodeltester.check(proxy)


@pytest.fixture
def proxy(rows) -> ParticipantFilterProxy:
    model = ParticipantTableModel()
    model.set_rows(rows)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def _names(proxy: ParticipantFilterProxy) -> set[str]:
    return {proxy.row_at(r).full_name for r in range(proxy.rowCount())}


def test_search_ignores_case_and_accents_and_looks_at_areas(proxy) -> None:
    proxy.set_search("BERUBE")
    assert _names(proxy) == {"Élodie Bérubé"}
    proxy.set_search("finances")
    assert _names(proxy) == {"Marc O'Brien", "Alex Tremblay"}
    proxy.set_search("outaouais marc")
    assert _names(proxy) == {"Marc O'Brien"}
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_filters_by_role_status_and_region_combine(proxy) -> None:
    proxy.set_role("mentee")
    assert _names(proxy) == {"Élodie Bérubé", "Alex Tremblay"}
    proxy.set_status("withdrawn")
    assert _names(proxy) == {"Alex Tremblay"}
    proxy.set_region("03")
    assert _names(proxy) == set()
    proxy.set_status("")
    assert _names(proxy) == {"Élodie Bérubé"}


def test_withdrawn_rows_explain_themselves(proxy) -> None:
    from PySide6.QtCore import Qt

    proxy.set_status("withdrawn")
    tip = proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Nouveau poste" in tip


def test_sorting_by_name_ignores_accents(proxy) -> None:
    from PySide6.QtCore import Qt

    proxy.sort(ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(r).last_name for r in range(3)] == ["Bérubé", "O'Brien", "Tremblay"]
