"""The program year at a glance, and the list of what is due or late."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_date, format_number, ngettext
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.followup.due import due_items
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.overview import CohortOverview, cohort_overview
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.due_table import DueTableModel


class FigureTile(QFrame):
    """A big number with its caption, readable from the back of a room."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName("figureValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(format_number(value))
        self.setAccessibleName(f"{self.caption.text()}: {format_number(value)}")


class DashboardPage(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel(_("Dashboard"))
        self.title.setObjectName("pageTitle")
        self.dates = QLabel()
        self.tiles: dict[str, FigureTile] = {
            "mentors": FigureTile(_("Mentors registered")),
            "mentees": FigureTile(_("Mentees registered")),
            "places": FigureTile(_("Places mentors still offer")),
            "withdrawn": FigureTile(_("People withdrawn")),
        }
        for status in PairingStatus:
            self.tiles[status.value] = FigureTile(
                _("Pairs: {status}").format(status=label(status).lower())
            )
        grid = QGridLayout()
        for position, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, position // 4, position % 4)
        self.due_heading = QLabel()
        self.due_heading.setObjectName("columnHeading")
        self.due_model = DueTableModel(self)
        self.due_table = QTableView()
        self.due_table.setModel(self.due_model)
        self.due_table.setAccessibleName(_("What is due or late"))
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.setAlternatingRowColors(True)
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setStretchLastSection(True)
        self.coming = QLabel(
            _(
                "Coming with the pair follow-up: how many people and pairs are in each phase, "
                "and opening each item's guided flow from this list."
            )
        )
        self.coming.setWordWrap(True)
        self.coming.setObjectName("comingNote")
        self.empty = QLabel(
            _(
                "There is no program year yet. Create one with File ▸ New program "
                "year, or open the demo to look around."
            )
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.dates)
        layout.addWidget(self.empty)
        layout.addLayout(grid)
        layout.addWidget(self.due_heading)
        layout.addWidget(self.due_table, 1)
        layout.addWidget(self.coming)
        self.overview: CohortOverview | None = None

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.empty.setVisible(cohort is None)
        if cohort is None:
            self.dates.clear()
            self.overview = None
            for tile in self.tiles.values():
                tile.value.setText("–")
            self.due_model.set_rows([])
            self.due_heading.clear()
            return
        self.dates.setText(
            _("Program year {name}: {start} to {end}").format(
                name=cohort.name,
                start=format_date(cohort.start_date, "long"),
                end=format_date(cohort.end_date, "long"),
            )
        )
        overview = cohort_overview(self.context.db, cohort.id)
        self.overview = overview
        self.tiles["mentors"].set_value(overview.mentors)
        self.tiles["mentees"].set_value(overview.mentees)
        self.tiles["places"].set_value(overview.open_places)
        self.tiles["withdrawn"].set_value(overview.withdrawn)
        for status, n in overview.pairs.items():
            self.tiles[status.value].set_value(n)
        items = due_items(self.context.db, cohort.id)
        self.due_model.set_rows(items)
        late = sum(item.is_late for item in items)
        self.due_heading.setText(
            ngettext(
                "What is due or late: {n} item", "What is due or late: {n} items", len(items)
            ).format(n=len(items))
            + (", " + ngettext("{n} late", "{n} late", late).format(n=late) if late else "")
        )
        self.due_table.resizeColumnsToContents()
