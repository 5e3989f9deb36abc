"""Supply and demand per area, as a bar chart: whom to recruit before the matching meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.services.areas.vocabulary import AreaVocabulary
from mentorat_desktop.services.matching.board_state import BoardState
from mentorat_desktop.services.matching.supply import AreaSupply, supply
from mentorat_desktop.views.widgets.bar_chart import BarChart, ChartSeries

WANTED, OFFERED, FREE = "#b7791f", "#2f855a", "#0b5563"


def area_label(row: AreaSupply) -> str:
    return row.label if row.in_list else _("{area} (outside the list)").format(area=row.label)


class SupplyDialog(QDialog):
    def __init__(
        self, state: BoardState, vocabulary: AreaVocabulary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Supply and demand per area"))
        self.rows = supply(state, vocabulary)
        short = [r for r in self.rows if r.shortfall]
        summary = QLabel(
            _("Areas short of mentors for the mentees still waiting: {areas}.").format(
                areas=", ".join(f"{area_label(r)} ({r.shortfall})" for r in short)
            )
            if short
            else _("Every area wanted by a waiting mentee has enough free places.")
        )
        summary.setWordWrap(True)
        self.chart = BarChart(_("Mentees wanting each area, mentors offering it, places left"))
        self.chart.set_data(
            [area_label(r) for r in self.rows],
            [
                ChartSeries(
                    _("Mentees wanting it"), tuple(r.mentees for r in self.rows), colour=WANTED
                ),
                ChartSeries(
                    _("Mentors offering it"), tuple(r.mentors for r in self.rows), colour=OFFERED
                ),
                ChartSeries(_("Places left"), tuple(r.places_left for r in self.rows), colour=FREE),
            ],
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
