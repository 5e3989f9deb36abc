"""One evaluation question in the summary: its wording, then mentors and mentees side by side.

The privacy rule is the service's (``AudienceAnswers.shown``): below the threshold the card
shows how many answered and nothing else, not even an empty chart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models.enums import QuestionKind, Role
from mentorat_desktop.services.evaluation_summary import (
    AudienceAnswers,
    QuestionSummary,
    format_average,
    format_percent,
)
from mentorat_desktop.services.evaluation_summary.rows import respondents_text
from mentorat_desktop.views.widgets.bar_chart import SERIES_COLOURS, BarChart, ChartSeries

VISIBLE_COMMENTS = 8
SIDE_SPACING = 24  # the list scrolls beyond this many lines


def suppressed_text(respondents: int) -> str:
    return ngettext(
        "{n} respondent — too few to show the answers without identifying anyone",
        "{n} respondents — too few to show the answers without identifying anyone",
        respondents,
    ).format(n=respondents)


def audience_title(role: Role) -> str:
    return _("Mentors") if role == Role.MENTOR else _("Mentees")


def not_asked_text(role: Role) -> str:
    if role == Role.MENTOR:
        return _("Not asked of mentors this year.")
    return _("Not asked of mentees this year.")


def figures_text(answers: AudienceAnswers, language: str) -> str:
    """The line above the bars: the average or the share of yes, and who answered."""
    respondents = respondents_text(language, answers.respondents)
    if answers.kind == QuestionKind.SCALE:
        average = format_average(answers.average, language)
        return _("Average {average} out of 5 · {respondents}").format(
            average=average, respondents=respondents
        )
    if answers.kind == QuestionKind.YES_NO:
        share = format_percent(answers.share_yes, language)
        return _("Yes: {share} · {respondents}").format(share=share, respondents=respondents)
    if answers.kind == QuestionKind.MULTIPLE_CHOICE:
        return _("{respondents} · several answers possible").format(respondents=respondents)
    return respondents


class AudienceColumn(QWidget):
    """What one audience answered to one question."""

    def __init__(
        self,
        role: Role,
        answers: AudienceAnswers | None,
        question_text: str,
        language: str,
        top: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.top = top
        self.chart: BarChart | None = None
        self.comments: QListWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(audience_title(role))
        heading.setObjectName("columnHeading")
        layout.addWidget(heading)
        if answers is not None and answers.text != question_text:
            wording = QLabel(answers.text)  # the words this audience read
            wording.setWordWrap(True)
            wording.setStyleSheet("font-style: italic;")
            layout.addWidget(wording)
        self.figures = QLabel(self._figures(answers, language))
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        if answers is not None and answers.shown:
            if answers.kind == QuestionKind.TEXT:
                self.comments = self._comment_list(answers)
                layout.addWidget(self.comments)
            else:
                self.chart = self._chart(answers)
                layout.addWidget(self.chart)
        layout.addStretch(1)

    def _figures(self, answers: AudienceAnswers | None, language: str) -> str:
        if answers is None:
            return not_asked_text(self.role)
        if answers.respondents == 0:
            return _("Nobody answered this question.")
        if not answers.shown:
            return suppressed_text(answers.respondents)
        return figures_text(answers, language)

    def _chart(self, answers: AudienceAnswers) -> BarChart:
        chart = BarChart(f"{audience_title(self.role)}: {answers.text}")
        colour = SERIES_COLOURS[0 if self.role == Role.MENTOR else 1]
        chart.set_data(
            [value.label for value in answers.distribution],
            [
                ChartSeries(
                    audience_title(self.role),
                    tuple(value.count for value in answers.distribution),
                    answers.respondents,
                    colour,
                )
            ],
            self.top,
        )
        return chart

    def _comment_list(self, answers: AudienceAnswers) -> QListWidget:
        comments = CommentList(list(answers.comments))
        comments.setAccessibleName(
            _("Comments of {audience}").format(audience=audience_title(self.role).lower())
        )
        return comments


class CommentList(QListWidget):
    """Read-only comments, one per line, wrapped; as tall as its first few comments."""

    def __init__(self, comments: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.addItems(comments)
        self.fit_height()

    def fit_height(self) -> None:
        shown = range(min(self.count(), VISIBLE_COMMENTS))
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in shown)
        self.setFixedHeight(max(rows, self.fontMetrics().height()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # wrapped lines change with the width
            self.fit_height()


def shared_top(question: QuestionSummary) -> float | None:
    """The biggest share either audience gave one answer: both charts use it as full length,
    so that a longer bar always means a bigger share, whichever side it is on."""
    shares = [
        answers.share_of(value) or 0.0
        for answers in question.audiences
        if answers.shown
        for value in answers.distribution
    ]
    return max(shares, default=0.0) or None


class QuestionCard(QFrame):
    """A question's wording over its two audience columns."""

    def __init__(
        self, question: QuestionSummary, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.code = question.code
        self.setObjectName("figureTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(question.text)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight: 600;")
        top = shared_top(question)
        self.columns = {
            role: AudienceColumn(role, answers, question.text, language, top)
            for role, answers in ((Role.MENTOR, question.mentors), (Role.MENTEE, question.mentees))
        }
        self.sides = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.sides.setSpacing(SIDE_SPACING)
        for column in self.columns.values():
            self.sides.addWidget(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(self.sides)
        self.setAccessibleName(question.text)

    def side_by_side_width(self) -> int:
        """The card width below which two columns would cut the answers' labels."""
        charts = [c.chart for c in self.columns.values() if c.chart is not None]
        widest = max((chart.natural_width() for chart in charts), default=0)
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        return 2 * widest + SIDE_SPACING + margins + 24

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Mentors above mentees when side by side would cut labels (long choice options)."""
        super().resizeEvent(event)
        stacked = event.size().width() < self.side_by_side_width()
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        if self.sides.direction() != direction:
            self.sides.setDirection(direction)
