"""Bar charts of the evaluation summary, drawn with reportlab.graphics on the embedded font.

Horizontal grouped bars: categories read top to bottom in the order given (answers 1 to
5, options as the questionnaire lists them, regions by number), one bar per series
(mentors, mentees), each labelled with its value so the chart reads without a grid.

The category names and the values are written by this module, not by reportlab, one category
after the other and on the baseline of its first bar: text taken out of the PDF (a screen
reader, a copy and paste, pdftotext) then reads "Estrie 1 9", not every value and then every
name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics import shapes
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.styles import FAINT, INK, MUTED, NAVY, RULE

MENTOR_COLOUR = NAVY
MENTEE_COLOUR = colors.HexColor("#8FB3D9")
LABEL_SIZE = 7.5
VALUE_SIZE = 6.5
BAR = 7.0  # thickness of one bar, in points
GROUP_GAP = 5.0  # between two categories
AXIS_ROOM = 12.0
LEGEND_ROOM = 14.0
VALUE_ROOM = 34.0  # right of the longest bar, for its label
LABEL_SHARE = 0.42  # of the chart's width, at most, for the category labels


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    colour: colors.Color


def shortened(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def scale_of(biggest: float) -> tuple[float, float]:
    """A round top and step for counts up to ``biggest``: 4 by 1, 10 by 2, 25 by 5..."""
    if biggest <= 4:
        return 4, 1
    power = 1.0
    while power * 10 < biggest:
        power *= 10
    for top, steps in ((1, 5), (2, 4), (2.5, 5), (5, 5), (10, 5)):
        if power * top >= biggest:
            return power * top, power * top / steps
    return power * 10, power * 2


def labels_fit(categories: Sequence[str], width: float) -> bool:
    """Whether a chart ``width`` wide shows every category label whole."""
    room = width * LABEL_SHARE - 6
    regular = register_fonts().regular
    return all(stringWidth(c, regular, LABEL_SIZE) <= room for c in categories)


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Series],
    width: float,
    value_text: Callable[[float], str],
    top: float | None = None,
) -> Drawing:
    """Grouped horizontal bars; ``top`` fixes the scale (1.0 for shares), else it fits."""
    fonts = register_fonts()
    # reportlab starts every drawing in Helvetica, which it never embeds; start in ours.
    shapes.STATE_DEFAULTS["fontName"] = fonts.regular
    label_room = min(
        max(stringWidth(c, fonts.regular, LABEL_SIZE) for c in categories) + 6,
        width * LABEL_SHARE,
    )
    plot_height = len(categories) * (len(series) * BAR + GROUP_GAP)
    legend = LEGEND_ROOM  # even for one series: it says whose answers the bars are
    drawing = Drawing(width, plot_height + AXIS_ROOM + legend)

    chart = HorizontalBarChart()
    chart.x = label_room
    chart.y = AXIS_ROOM
    chart.width = width - label_room - VALUE_ROOM
    chart.height = plot_height
    # Within a group reportlab stacks the first series at the bottom: reversed, the bars
    # read top to bottom in the legend's order.
    drawn = list(reversed(series))
    chart.data = [list(s.values) for s in drawn]
    chart.barWidth = BAR
    chart.groupSpacing = GROUP_GAP
    chart.barSpacing = 0
    for index, s in enumerate(drawn):
        chart.bars[index].fillColor = s.colour
        chart.bars[index].strokeColor = None
    axis = chart.categoryAxis
    axis.categoryNames = list(categories)
    axis.visibleLabels = 0  # written below, each beside its own values
    axis.reverseDirection = 1  # the first category on top
    axis.strokeColor = RULE
    axis.tickLeft = 0
    values = chart.valueAxis
    if top is None:
        top, step = scale_of(max((v for s in series for v in s.values), default=0))
    else:
        step = top / 4
    values.valueMin = 0
    values.valueMax = top
    values.valueStep = step
    values.labelTextFormat = value_text
    values.labels.fontName = fonts.regular
    values.labels.fontSize = VALUE_SIZE
    values.labels.fillColor = MUTED
    values.strokeColor = RULE
    values.visibleGrid = 1
    values.gridStrokeColor = FAINT
    values.gridStrokeWidth = 0.4
    chart.barLabelFormat = None  # written below, in reading order
    drawing.add(chart)
    _legend(drawing, series, label_room, plot_height + AXIS_ROOM + 4)
    chart.draw()  # lays the bars out, so their places are known
    positions = chart._barPositions  # [drawn series][category] = (x, y, width, height)
    for index, category in enumerate(categories):
        bars = [positions[len(drawn) - 1 - k][index] for k in range(len(series))]
        baseline = bars[0][1] + BAR / 2 - VALUE_SIZE * 0.35
        name = shortened(category, fonts.regular, LABEL_SIZE, label_room - 6)
        drawing.add(
            String(
                label_room - 4,
                baseline,
                name,
                fontName=fonts.regular,
                fontSize=LABEL_SIZE,
                fillColor=INK,
                textAnchor="end",
            )
        )
        for s, (x, y, bar_width, _height) in zip(series, bars, strict=True):
            value = s.values[index]
            # A zero is written too, quieter: read out of the PDF, "Estrie 1" alone would
            # not say whose the 1 is.
            drawing.add(
                String(
                    x + bar_width + 2,
                    y + BAR / 2 - VALUE_SIZE * 0.35,
                    value_text(value),
                    fontName=fonts.regular,
                    fontSize=VALUE_SIZE,
                    fillColor=INK if value else MUTED,
                )
            )
    return drawing


def _legend(drawing: Drawing, series: Sequence[Series], x: float, y: float) -> None:
    fonts = register_fonts()
    for s in series:
        drawing.add(Rect(x, y, 8, 7, fillColor=s.colour, strokeColor=None))
        drawing.add(String(x + 11, y + 0.5, s.name, fontName=fonts.regular, fontSize=LABEL_SIZE))
        x += 11 + stringWidth(s.name, fonts.regular, LABEL_SIZE) + 14
