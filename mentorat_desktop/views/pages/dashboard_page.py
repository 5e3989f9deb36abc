"""The program year at a glance: people and pairs in each phase, and the list of what is due
or late, each item opening the flow that settles it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, current_language, format_date, format_number, ngettext
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.activities.mail_drafts import clock_time
from mentorat_desktop.services.activities.planning import attendance_due, next_activity
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.followup.due import DueItem, DueKind, due_items, retention_items
from mentorat_desktop.services.followup.emails import email_action
from mentorat_desktop.services.followup.phases import phase_counts
from mentorat_desktop.services.overview import CohortOverview, cohort_overview
from mentorat_desktop.services.questionnaires.respondents import response_counts
from mentorat_desktop.services.resources.reviewed import review_counts
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.due_table import DueTableModel
from mentorat_desktop.views.item_models.phase_table import PhaseTableModel
from mentorat_desktop.views.pairs.flows import DUE_EMAILS, DUE_PHASES, PairFlows
from mentorat_desktop.views.widgets.fit_columns import fit_columns


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

    def set_progress(self, done: int, expected: int) -> None:
        """ "12 / 20": how many of those expected to do a step have done it."""
        text = _("{done} / {expected}").format(
            done=format_number(done), expected=format_number(expected)
        )
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption.text()}: {text}")


class DashboardPage(QWidget):
    # An activity to show on the Activities page (0: just the page).
    show_activity = Signal(int)
    # A program year whose retention date passed, to anonymise (its id and name).
    anonymise_requested = Signal(int, str)

    def __init__(
        self, context: ViewContext, flows: PairFlows, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.flows = flows
        self.title = QLabel(_("Dashboard"))
        self.title.setObjectName("pageTitle")
        self.dates = QLabel()
        self.tiles: dict[str, FigureTile] = {
            "mentors": FigureTile(_("Mentors registered")),
            "mentees": FigureTile(_("Mentees registered")),
            "places": FigureTile(_("Places mentors still offer")),
            "withdrawn": FigureTile(_("People withdrawn")),
            "reflections": FigureTile(_("Self-reflections received (phase 1)")),
            "resources": FigureTile(_("Resources reviewed (phase 3)")),
            "evaluations": FigureTile(_("Evaluations received (phase 10)")),
        }
        self.activities_line = QLabel()
        self.activities_line.setObjectName("activitiesLine")
        self.activities_line.setWordWrap(True)
        self.activities_button = QPushButton(_("Show the activities"))
        self.activities_button.clicked.connect(self._open_activity)
        self._activity_to_show: int | None = None
        grid = QGridLayout()
        for position, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, position // 4, position % 4)
        self.phase_heading = QLabel(_("People and pairs in each phase"))
        self.phase_heading.setObjectName("columnHeading")
        self.phase_model = PhaseTableModel(self)
        self.phase_table = QTableView()
        self.phase_table.setModel(self.phase_model)
        self.phase_table.setAccessibleName(_("People and pairs in each phase"))
        self.phase_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.phase_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phase_table.verticalHeader().hide()
        phase_header = self.phase_table.horizontalHeader()
        phase_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        phase_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.phase_table.setToolTip(
            _(
                "A mentor with several mentees counts in the phase of each pair. People "
                "without a pair count in phase 3 until they have reviewed the resources."
            )
        )
        self.due_heading = QLabel()
        self.due_heading.setObjectName("columnHeading")
        self.due_heading.setWordWrap(True)
        self.due_model = DueTableModel(self)
        self.due_table = QTableView()
        self.due_table.setModel(self.due_model)
        self.due_table.setAccessibleName(_("What is due or late"))
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.setAlternatingRowColors(True)
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setStretchLastSection(True)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_table.doubleClicked.connect(lambda _i: self.open_selected())
        self.due_table.activated.connect(lambda _i: self.open_selected())
        self.due_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.open_button = QPushButton(_("Open the step…"))
        self.open_button.clicked.connect(self.open_selected)
        self.pair_button = QPushButton(_("Show the pair"))
        self.pair_button.clicked.connect(self.show_selected_pair)
        self.email_button = QPushButton(_("Write an e-mail"))
        self.email_button.clicked.connect(self.email_selected)
        # The buttons get a row of their own: beside the heading, large type cut both.
        due_actions = QHBoxLayout()
        due_actions.addWidget(self.open_button)
        due_actions.addWidget(self.pair_button)
        due_actions.addWidget(self.email_button)
        due_actions.addStretch(1)
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
        activities = QHBoxLayout()
        activities.addWidget(self.activities_line, 1)
        activities.addWidget(self.activities_button)
        layout.addLayout(activities)
        middle = QHBoxLayout()
        # Room between the two headings, which otherwise read as one sentence.
        middle.setSpacing(self.fontMetrics().averageCharWidth() * 3)
        phases = QVBoxLayout()
        phases.addWidget(self.phase_heading)
        phases.addWidget(self.phase_table, 1)
        due = QVBoxLayout()
        due.addWidget(self.due_heading)
        due.addLayout(due_actions)
        due.addWidget(self.due_table, 1)
        middle.addLayout(phases, 2)
        middle.addLayout(due, 5)
        layout.addLayout(middle, 1)
        self.overview: CohortOverview | None = None

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.empty.setVisible(cohort is None)
        if cohort is None:
            self.dates.clear()
            self.overview = None
            for tile in self.tiles.values():
                tile.value.setText("–")
            self.due_model.set_rows(retention_items(self.context.db))
            self.phase_model.set_rows([])
            self.due_heading.clear()
            self.activities_line.clear()
            self.activities_button.setEnabled(False)
            self._update_buttons()
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
        answers = response_counts(self.context.db, cohort.id)
        self.tiles["reflections"].set_progress(*answers[QuestionnaireKind.SELF_REFLECTION])
        reviews = review_counts(self.context.db, cohort.id)
        self.tiles["resources"].set_progress(reviews.reviewed, reviews.registered)
        self.tiles["evaluations"].set_progress(*answers[QuestionnaireKind.EVALUATION])
        self.phase_model.set_rows(phase_counts(self.context.db, cohort.id))
        fit_columns(self.phase_table)
        # Years of any date past their retention come first: late by definition.
        items = retention_items(self.context.db) + due_items(self.context.db, cohort.id)
        self.due_model.set_rows(items)
        late = sum(item.is_late for item in items)
        self.due_heading.setText(
            ngettext(
                "What is due or late: {n} item", "What is due or late: {n} items", len(items)
            ).format(n=len(items))
            + (", " + ngettext("{n} late", "{n} late", late).format(n=late) if late else "")
        )
        fit_columns(self.due_table)
        # The detail takes the room left, wrapped (whole in its tooltip): sized to its longest
        # text it pushed itself past the right edge, behind a sideways scroll bar.
        header = self.due_table.horizontalHeader()
        header.resizeSection(DueTableModel.DETAIL, header.sectionSizeHint(DueTableModel.DETAIL))
        self._show_activities(cohort)
        self._update_buttons()

    def _show_activities(self, cohort: CohortSummary) -> None:
        """The next activity, and the held ones whose attendance is still to record (red)."""
        upcoming = next_activity(self.context.db, cohort.id)
        to_record = attendance_due(self.context.db, cohort.id)
        parts = []
        if upcoming is not None:
            parts.append(
                _("Next activity: {title}, {date} at {time}").format(
                    title=upcoming.title,
                    date=format_date(upcoming.held_on, "long"),
                    time=clock_time(upcoming.starts_at, current_language()),
                )
            )
        else:
            parts.append(_("No activity planned."))
        if to_record:
            parts.append(
                "<span style='color:#b3261e'>"
                + ngettext(
                    "Attendance to record: {n} activity ({titles})",
                    "Attendance to record: {n} activities ({titles})",
                    len(to_record),
                ).format(n=len(to_record), titles="; ".join(r.title for r in to_record))
                + "</span>"
            )
        self.activities_line.setText(" · ".join(parts))
        target = to_record[0] if to_record else upcoming
        self._activity_to_show = target.id if target else None
        self.activities_button.setEnabled(True)

    def _open_activity(self) -> None:
        self.show_activity.emit(self._activity_to_show or 0)

    def selected_item(self) -> DueItem | None:
        index = self.due_table.currentIndex()
        return self.due_model.valid_row(index) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        destroy = item is not None and item.kind == DueKind.INFORMATION_TO_DESTROY
        self.open_button.setEnabled(item is not None and (item.kind in DUE_PHASES or destroy))
        self.open_button.setText(_("Anonymise the year…") if destroy else _("Open the step…"))
        self.pair_button.setEnabled(item is not None and not destroy)
        kind = DUE_EMAILS.get(item.kind) if item is not None else None
        self.email_button.setEnabled(kind is not None)
        self.email_button.setText(email_action(kind) + "…" if kind else _("Write an e-mail"))

    def select_row(self, row: int) -> None:
        self.due_table.setCurrentIndex(self.due_model.index(row, 0, QModelIndex()))

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.kind == DueKind.INFORMATION_TO_DESTROY and item.cohort_id is not None:
            self.anonymise_requested.emit(item.cohort_id, item.cohort_name)
        else:
            self.flows.open_due(item)

    def show_selected_pair(self) -> None:
        item = self.selected_item()
        if item is not None and item.pairing_id:
            self.flows.show_pair.emit(item.pairing_id)

    def email_selected(self) -> None:
        item = self.selected_item()
        kind = DUE_EMAILS.get(item.kind) if item is not None else None
        if item is not None and kind is not None:
            self.flows.write_email(item.pairing_id, kind)
