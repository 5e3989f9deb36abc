"""The summary's sections about the year itself: participation, pairs, activity.

Each section is a heading over plain widgets built once from a ``YearSummary``; the view
builds new ones when the year or its data changes, so nothing here updates in place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.evaluation_summary import Count, YearSummary
from mentorat_desktop.services.evaluation_summary import rows as figures
from mentorat_desktop.services.evaluation_summary.rows import FigureRow, format_figure
from mentorat_desktop.views.widgets.bar_chart import BarChart, ChartSeries


class Section(QWidget):
    """A heading and what goes under it; ``body`` takes the content."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summarySection")
        self.heading = QLabel(title)
        self.heading.setObjectName("sectionHeading")
        font = self.heading.font()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(title)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.body)

    def add(self, widget: QWidget) -> QWidget:
        self.body.addWidget(widget)
        return widget

    def add_note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def add_subheading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("columnHeading")
        self.body.addWidget(label)
        return label


def figure_list(rows: Sequence[FigureRow], language: str) -> QWidget:
    """Labelled figures, label left and figure right, as the PDF's small tables."""
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(16)
    for line, row in enumerate(rows):
        value = QLabel(format_figure(row.value, row.kind, language))
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label = QLabel(row.label)
        label.setBuddy(value)
        grid.addWidget(label, line, 0)
        grid.addWidget(value, line, 1)
    grid.setColumnStretch(2, 1)
    return widget


def two_roles_chart(
    title: str,
    mentors: Sequence[Count],
    mentees: Sequence[Count],
    totals: tuple[int, int],
    by_code: bool = False,
) -> BarChart:
    """Mentors and mentees side by side over the union of their categories.

    ``by_code`` sorts by code, as regions are (by official number), so that a region only
    mentees come from goes in its place; otherwise the mentors' order is kept.
    """
    labels: dict[str, str] = {}
    for count in [*mentors, *mentees]:
        labels.setdefault(count.code, count.label)
    order = sorted(labels) if by_code else list(labels)
    by_mentor = {c.code: c.count for c in mentors}
    by_mentee = {c.code: c.count for c in mentees}
    chart = BarChart(title)
    chart.set_data(
        [labels[code] for code in order],
        [
            ChartSeries(_("Mentors"), tuple(by_mentor.get(c, 0) for c in order), totals[0]),
            ChartSeries(_("Mentees"), tuple(by_mentee.get(c, 0) for c in order), totals[1]),
        ],
    )
    return chart


def participation_section(summary: YearSummary) -> Section:
    section = Section(_("Participation"))
    people = summary.participation
    mentors, mentees = people.of(Role.MENTOR), people.of(Role.MENTEE)
    language = summary.language
    section.add(
        figure_list(
            [
                FigureRow(_("Mentors registered"), mentors.registered),
                FigureRow(_("Mentees registered"), mentees.registered),
                FigureRow(_("Mentors withdrawn"), mentors.withdrawn),
                FigureRow(_("Mentees withdrawn"), mentees.withdrawn),
            ],
            language,
        )
    )
    if not mentors.registered and not mentees.registered:
        section.add_note(_("Nobody is registered in this program year yet."))
        return section
    totals = (mentors.registered, mentees.registered)
    section.add_subheading(_("Registered participants by region"))
    section.add(
        two_roles_chart(
            _("Registered participants by region"),
            mentors.by_region,
            mentees.by_region,
            totals,
            by_code=True,
        )
    )
    section.add_subheading(_("Registered participants by career stage"))
    section.add(
        two_roles_chart(
            _("Registered participants by career stage"),
            mentors.by_career_stage,
            mentees.by_career_stage,
            totals,
        )
    )
    return section


def pairs_section(summary: YearSummary) -> Section:
    section = Section(_("Pairs"))
    language = summary.language
    section.add(figure_list(figures.pair_rows(summary), language))
    reasons = summary.pairs.early_reasons
    if reasons:
        section.add_subheading(_("Reasons for the early ends"))
        chart = BarChart(_("Reasons for the early ends"))
        chart.set_data(
            [reason.label for reason in reasons],
            [
                ChartSeries(
                    _("Pairs ended early"),
                    tuple(reason.count for reason in reasons),
                    summary.pairs.ended_early,
                )
            ],
        )
        section.add(chart)
    section.add_subheading(_("First contact"))
    section.add(figure_list(figures.first_contact_rows(summary), language))
    return section


def activity_section(summary: YearSummary) -> Section:
    section = Section(_("Activity"))
    section.add(figure_list(figures.activity_rows(summary), summary.language))
    if summary.training is not None:
        section.add_subheading(_("Training activities"))
        section.add(figure_list(figures.training_rows(summary), summary.language))
    return section


def notes_section(summary: YearSummary) -> Section:
    """How to read the figures, as the PDF ends: the privacy rule first."""
    section = Section(_("About these figures"))
    for note in figures.notes(summary):
        section.add_note(note)
    return section
