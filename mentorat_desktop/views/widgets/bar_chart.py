"""A small horizontal bar chart: labels on the left, one or two bars per label, figures on
the right.

Painted with QPainter rather than Qt Charts: the committee's laptop runs the bare PySide6
wheels, and a dozen bars need no axis, zoom or animation. Screen readers get the same
figures as text through the accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentorat_desktop.i18n import _, current_language, format_number
from mentorat_desktop.services.evaluation_summary.formatting import format_percent

# The app's accent (style.py's figure colour) for the first series, a paler one for the second.
SERIES_COLOURS = ("#0b5563", "#7fb5bd")
BAR_HEIGHT = 14
BAR_GAP = 2  # between the two bars of one label
ROW_GAP = 8  # between two labels
PADDING = 4
LABEL_SHARE = 0.45  # labels never take more than this part of the width
MIN_BAR_ROOM = 40
NATURAL_BAR_ROOM = 140


@dataclass(frozen=True)
class ChartSeries:
    """One set of bars: whose figures they are and, for percentages, out of how many."""

    name: str
    counts: tuple[int, ...]
    total: int | None = None  # None: show the counts without a percentage
    colour: str = ""  # empty: the palette's colour for the series' place


def colour_of(one: ChartSeries, index: int) -> QColor:
    return QColor(one.colour or SERIES_COLOURS[index % len(SERIES_COLOURS)])


class BarChart(QWidget):
    """Horizontal bars, one row per label; a legend when there are two series."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: tuple[str, ...] = ()
        self.series: tuple[ChartSeries, ...] = ()
        self.top = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by a screen reader user

    def set_data(
        self, labels: Sequence[str], series: Sequence[ChartSeries], top: float | None = None
    ) -> None:
        """Show ``series`` (one or two), each with one count per label.

        Bars measure shares when every series has a total (so that 25 mentors and 35
        mentees compare fairly), counts otherwise. ``top`` is the value a full-length bar
        stands for: give two charts the same ``top`` to compare them; by default the
        biggest bar fills the width.
        """
        for one in series:
            if len(one.counts) != len(labels):
                raise ValueError("each series needs one count per label")
        self.labels = tuple(labels)
        self.series = tuple(series)
        self.top = top if top else max(self.biggest(), default=0) or 1
        description = self.description()
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.updateGeometry()
        self.update()

    def measure(self, one: ChartSeries, count: int) -> float:
        """What a bar's length shows: a share of the series' total, or the count."""
        if all(s.total for s in self.series):
            return count / one.total if one.total else 0.0
        return float(count)

    def biggest(self) -> list[float]:
        return [self.measure(one, count) for one in self.series for count in one.counts]

    # Text ----------------------------------------------------------------------------------

    def value_text(self, one: ChartSeries, count: int) -> str:
        """« 8 (32 %) », in the interface language."""
        number = format_number(count)
        if not one.total:
            return number
        percent = format_percent(count / one.total, current_language())
        return _("{count} ({percent})").format(count=number, percent=percent)

    def description(self) -> str:
        """Every label with its figures, one line each, for screen readers and the tooltip."""
        if not self.labels:
            return _("Nothing to show.")
        lines = []
        for row, label in enumerate(self.labels):
            if len(self.series) == 1:
                figures = self.value_text(self.series[0], self.series[0].counts[row])
            else:
                figures = ", ".join(
                    _("{series}: {figure}").format(
                        series=one.name, figure=self.value_text(one, one.counts[row])
                    )
                    for one in self.series
                )
            lines.append(_("{label}: {figures}").format(label=label, figures=figures))
        return "\n".join(lines)

    # Geometry ------------------------------------------------------------------------------

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + ROW_GAP if len(self.series) > 1 else 0

    def _row_height(self) -> int:
        bars = max(len(self.series), 1)
        return max(bars * BAR_HEIGHT + (bars - 1) * BAR_GAP, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        rows = max(len(self.labels), 1)
        height = self._legend_height() + rows * (self._row_height() + ROW_GAP) + 2 * PADDING
        return QSize(440, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def _text_rooms(self) -> tuple[int, int]:
        """What the longest label and the widest figure need, in pixels, with their gaps."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
        figures = [self.value_text(one, n) for one in self.series for n in one.counts]
        widest = max((metrics.horizontalAdvance(text) for text in figures), default=0)
        return longest + 12, widest + 8

    def columns(self, width: int) -> tuple[int, int, int]:
        """Room for the labels, the figures and the longest bar in ``width`` pixels.

        Labels get what the longest needs up to ``LABEL_SHARE`` of the width (longer ones
        are elided; the tooltip and the accessible description keep them whole).
        """
        label_needs, value_room = self._text_rooms()
        label_room = min(label_needs, int(width * LABEL_SHARE))
        bar_room = max(width - label_room - value_room, MIN_BAR_ROOM)
        return label_room, value_room, bar_room

    def natural_width(self) -> int:
        """The width at which no label is cut and bars still have room to differ."""
        label_needs, value_room = self._text_rooms()
        return label_needs + value_room + NATURAL_BAR_ROOM + 2 * PADDING

    def bar_length(self, one: ChartSeries, count: int, bar_room: int) -> float:
        return bar_room * min(self.measure(one, count) / self.top, 1.0)

    # Painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        metrics = self.fontMetrics()
        area = self.rect().adjusted(PADDING, PADDING, -PADDING, -PADDING)
        if not self.labels:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, _("Nothing to show."))
            return
        top = area.top()
        if len(self.series) > 1:
            self._paint_legend(painter, area.left(), top)
            top += self._legend_height()
        label_room, value_room, bar_room = self.columns(area.width())
        bar_left = area.left() + label_room
        row_height = self._row_height()
        for row, label in enumerate(self.labels):
            label_rect = QRectF(area.left(), top, label_room - 8, row_height)
            painter.setPen(text_colour)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_room - 8),
            )
            bars_height = len(self.series) * BAR_HEIGHT + (len(self.series) - 1) * BAR_GAP
            y = top + (row_height - bars_height) / 2
            for index, one in enumerate(self.series):
                count = one.counts[row]
                width = self.bar_length(one, count, bar_room)
                painter.fillRect(QRectF(bar_left, y, width, BAR_HEIGHT), colour_of(one, index))
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(bar_left + width + 4, y, value_room, BAR_HEIGHT),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.value_text(one, count),
                )
                y += BAR_HEIGHT + BAR_GAP
            top += row_height + ROW_GAP

    def _paint_legend(self, painter: QPainter, left: int, top: int) -> None:
        metrics = self.fontMetrics()
        x = left
        for index, one in enumerate(self.series):
            swatch = metrics.height() - 4
            painter.fillRect(QRectF(x, top + 2, swatch, swatch), colour_of(one, index))
            x += swatch + 4
            painter.drawText(
                QRectF(x, top, metrics.horizontalAdvance(one.name) + 2, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                one.name,
            )
            x += metrics.horizontalAdvance(one.name) + 16
