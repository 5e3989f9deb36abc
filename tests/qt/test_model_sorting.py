"""The Participants and Pairs tables sort their rows in the model (one key per row) in
exactly the order Qt's locale-aware sorting proxy gave, keep it for new rows, and keep the
selection on its row."""

from __future__ import annotations

import pytest
from helpers.forms import mentee_form
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.followup.pair_list import pair_list
from mentorat_desktop.views.item_models import pair_table, participant_table
from mentorat_desktop.views.item_models.pair_filter import PairFilterProxy
from mentorat_desktop.views.item_models.participant_filter import ParticipantFilterProxy

ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)


@pytest.fixture
def demo(db):
    write_demo(db)
    cohort = list_cohorts(db)[0]
    # Names that sort apart only by accent, case, apostrophe or hyphen, and equal names.
    for n, (first, last) in enumerate(
        [
            ("émile", "Côté"),
            ("Emile", "cote"),
            ("Anne", "D'Amour"),
            ("Anne", "Damour"),
            ("Luc", "Saint-Pierre"),
            ("Luc", "Saint Pierre"),
            ("Zoé", "Ng"),
            ("Zoé", "Ng"),
        ]
    ):
        registration.register(
            db, cohort.id, mentee_form(first_name=first, last_name=last, email=f"s{n}@x.org")
        )
    return cohort


def test_participants_sort_as_qt_sorted_them_in_every_column(qtmodeltester, db, demo) -> None:
    rows = registration.list_participants(db, demo.id)
    model = participant_table.ParticipantTableModel()
    model.set_rows(rows)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    # Qt's own proxy, clicked through the same columns: equal keys depend on the order shown.
    reference = participant_table.ParticipantTableModel()
    reference.set_rows(rows)
    qt_proxy = QSortFilterProxyModel()
    qt_proxy.setSourceModel(reference)
    qt_proxy.setSortRole(participant_table.SORT_ROLE)
    qt_proxy.setSortLocaleAware(True)
    for column in range(model.columnCount()):
        for order in ORDERS:
            proxy.sort(column, order)
            qt_proxy.sort(column, order)
            shown = [proxy.row_at(r) for r in range(proxy.rowCount())]
            expected = [
                qt_proxy.index(r, 0).data(participant_table.ROW_ROLE)
                for r in range(qt_proxy.rowCount())
            ]
            assert shown == expected, (column, order)
            model.set_rows(rows)  # a reload keeps the order chosen, as Qt's proxy did
            reference.set_rows(rows)
            shown = [proxy.row_at(r) for r in range(proxy.rowCount())]
            expected = [
                qt_proxy.index(r, 0).data(participant_table.ROW_ROLE)
                for r in range(qt_proxy.rowCount())
            ]
            assert shown == expected, ("reloaded", column, order)
    qtmodeltester.check(proxy)


def test_pairs_sort_as_qt_sorted_them_in_every_column(qtmodeltester, db, demo) -> None:
    rows = pair_list(db, demo.id)
    assert len(rows) > 5
    model = pair_table.PairTableModel()
    model.set_rows(rows)
    proxy = PairFilterProxy()
    proxy.setSourceModel(model)
    reference = pair_table.PairTableModel()
    reference.set_rows(rows)
    qt_proxy = QSortFilterProxyModel()
    qt_proxy.setSourceModel(reference)
    qt_proxy.setSortRole(pair_table.SORT_ROLE)
    qt_proxy.setSortLocaleAware(True)
    for column in reversed(range(model.columnCount())):
        for order in ORDERS:
            proxy.sort(column, order)
            qt_proxy.sort(column, order)
            shown = [
                proxy.index(r, 0).data(pair_table.PAIRING_ROLE) for r in range(proxy.rowCount())
            ]
            expected = [
                qt_proxy.index(r, 0).data(pair_table.PAIRING_ROLE)
                for r in range(qt_proxy.rowCount())
            ]
            assert shown == expected, (column, order)
    qtmodeltester.check(proxy)


def test_new_rows_come_in_the_order_chosen_and_the_selection_follows_a_sort(
    qtbot, db, demo
) -> None:
    rows = registration.list_participants(db, demo.id)
    model = participant_table.ParticipantTableModel()
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(participant_table.ParticipantTableModel.EMAIL, Qt.SortOrder.DescendingOrder)
    model.set_rows(rows)  # a reload: the table keeps the order the person chose
    emails = [proxy.row_at(r).email for r in range(proxy.rowCount())]
    assert emails == sorted(emails, reverse=True)

    table.selectRow(3)
    chosen = proxy.row_at(3)
    table.sortByColumn(participant_table.ParticipantTableModel.NAME, Qt.SortOrder.AscendingOrder)
    selected = table.selectionModel().selectedRows()
    assert [proxy.row_at(index.row()) for index in selected] == [chosen]
    assert proxy.row_at(3) != chosen  # it moved, and the selection with it


def test_the_resources_table_sorts_as_qt_sorted_it(qtmodeltester, db, demo) -> None:
    from mentorat_desktop.services.resources.reviewed import resources_status
    from mentorat_desktop.views.item_models import resources_table

    rows = resources_status(db, demo.id)
    model = resources_table.ResourcesTableModel()
    model.set_rows(rows)
    proxy = resources_table.ResourcesSortProxy()
    proxy.setSourceModel(model)
    reference = resources_table.ResourcesTableModel()
    reference.set_rows(rows)
    qt_proxy = QSortFilterProxyModel()
    qt_proxy.setSourceModel(reference)
    qt_proxy.setSortRole(resources_table.SORT_ROLE)
    qt_proxy.setSortLocaleAware(True)
    for column in (2, 0, 1, 2):
        for order in ORDERS:
            proxy.sort(column, order)
            qt_proxy.sort(column, order)
            assert [proxy.row_at(r) for r in range(proxy.rowCount())] == [
                qt_proxy.index(r, 0).data(resources_table.ROW_ROLE)
                for r in range(qt_proxy.rowCount())
            ], (column, order)
    qtmodeltester.check(proxy)


def test_a_table_model_that_does_not_sort_keeps_its_rows_as_given() -> None:
    from mentorat_desktop.views.item_models.row_table import RowTableModel

    class Plain(RowTableModel[str]):
        def headers(self) -> list[str]:
            return ["Text"]

    model = Plain()
    model.set_rows(["b", "a"])
    model.sort(0, Qt.SortOrder.AscendingOrder)  # as a view with sorting on would ask
    assert [model.row_at(n) for n in range(2)] == ["b", "a"]
