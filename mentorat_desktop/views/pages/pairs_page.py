"""The Pairs page: every pair of the program year on the left, the chosen pair on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.followup.credits import PersonHours, hours_by_person
from mentorat_desktop.services.followup.pair_list import pair_list
from mentorat_desktop.services.followup.phases import Phase, phase_label
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.pair_filter import PairFilterProxy
from mentorat_desktop.views.item_models.pair_table import PAIRING_ROLE, PairTableModel
from mentorat_desktop.views.pairs.flows import PairFlows
from mentorat_desktop.views.pairs.pair_view import PairView
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.fit_columns import fit_columns


class PairsPage(QWidget):
    def __init__(
        self, context: ViewContext, flows: PairFlows, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.flows = flows
        self.cohort: CohortSummary | None = None
        self.hours: dict[int, PersonHours] = {}
        self.model = PairTableModel(self)
        self.proxy = PairFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(_("Pairs"))
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by mentor or mentee name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search pairs"))
        self.search.textChanged.connect(self.proxy.set_search)
        phases = [(str(int(p)), phase_label(p)) for p in Phase if p >= Phase.FIRST_CONTACT]
        self.phase_filter = CodeCombo(phases, placeholder=_("All phases"))
        self.phase_filter.setAccessibleName(_("Filter by phase"))
        self.phase_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_phase(int(self.phase_filter.code() or 0) or None)
        )
        self.late_only = QCheckBox(_("Late only"))
        self.late_only.toggled.connect(self.proxy.set_late_only)
        self.count = QLabel()
        # The search has its own row: beside the filters it shrank to a few letters of its hint.
        filters = QHBoxLayout()
        filters.addWidget(self.phase_filter, 1)
        filters.addWidget(self.late_only)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PairTableModel.MENTEE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(_("Pairs"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())

        self.view = PairView()
        self.view.step_requested.connect(self.flows.open_step)
        self.view.session_requested.connect(self.flows.edit_session)
        self.view.email_requested.connect(self.flows.write_email)
        self.flows.changed.connect(self.pair_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        # The pair's page is a scroll area of its own: it scrolls when large type makes it
        # taller than the window.
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # A little more to the list, so that its longest phase ("7. Première rencontre
        # formelle") shows whole at 1280 pixels; the pair's page still has the rest.
        self.splitter.setSizes([700, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_pairing_id()
        pairs = pair_list(self.context.db, self.cohort.id) if self.cohort else []
        # Read once per reload; choosing a pair only shows what the list already holds.
        self.hours = hours_by_person(self.context.db, self.cohort.id) if self.cohort else {}
        self.model.set_rows(pairs)
        fit_columns(self.table)
        self.count.setText(ngettext("{n} pair", "{n} pairs", len(pairs)).format(n=len(pairs)))
        if keep is None or not self.select_pair(keep):
            self.view.set_pair(None, {})

    def current_pairing_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(PAIRING_ROLE) if index.isValid() else None

    def select_pair(self, pairing_id: int) -> bool:
        """Show one pair; clears the filters if they hide it."""
        row = self.model.row_of(pairing_id)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.search.clear()
            self.phase_filter.setCurrentIndex(0)
            self.late_only.setChecked(False)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(proxy_index)
        self._show_current()
        return True

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.view.set_pair(None, {})
            return
        source = self.proxy.mapToSource(index)
        self.view.set_pair(self.model.row_at(source.row()), self.hours)

    def pair_changed(self, pairing_id: int) -> None:
        self.reload(keep=pairing_id)
