"""The program year at a glance; the list of what is due arrives with the pair follow-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _, format_date, format_number
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.overview import CohortOverview, cohort_overview
from mentorat_desktop.views.context import ViewContext


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
        self.coming = QLabel(
            _(
                "Coming with the pair follow-up: how many people and pairs are in each phase, and "
                "the list of what is due or late (first contacts past 48 and 72 hours, sessions "
                "overdue, engagements not signed, relationships to close, missing evaluations)."
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
        layout.addWidget(self.coming)
        layout.addStretch()
        self.overview: CohortOverview | None = None

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.empty.setVisible(cohort is None)
        if cohort is None:
            self.dates.clear()
            self.overview = None
            for tile in self.tiles.values():
                tile.value.setText("–")
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
