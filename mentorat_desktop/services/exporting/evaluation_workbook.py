"""The year-end evaluation summary as an Excel workbook, one sheet per part.

The same figures as the PDF (``evaluation_summary.rows``), as typed cells the committee can
sort, filter and chart: counts as integers, shares as percentages, averages as numbers.
Questions are one row per question and answer, mentors and mentees in separate columns;
comments have a sheet of their own. The privacy rules were applied by the service: an
audience with too few respondents has its count and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mentorat_desktop.i18n import N_
from mentorat_desktop.models.enums import QuestionKind, Role
from mentorat_desktop.services.evaluation_summary import (
    Count,
    QuestionSummary,
    ScaleAverage,
    YearSummary,
)
from mentorat_desktop.services.evaluation_summary import rows as figures
from mentorat_desktop.services.evaluation_summary.rows import FigureKind, FigureRow, t
from mentorat_desktop.services.exporting.writers import _atomic, _xlsx_value, sheet_title
from mentorat_desktop.services.labels import label_in

TITLE = N_("Year-end evaluation summary – {year}")
PARTICIPATION = N_("Participation")
PAIRS = N_("Pairs")
ACTIVITY = N_("Activity")
QUESTIONS = N_("Questions")
COMMENTS = N_("Comments")
EARLIER_YEARS = N_("Earlier years")
ABOUT = N_("About these figures")
REGISTERED = N_("Registrations")
WITHDRAWN = N_("Withdrawals")
REGION = N_("Region")
CAREER_STAGE = N_("Career stage")
REASON = N_("Reason for the early end")
FIRST_CONTACT = N_("First contact")
SESSIONS = N_("Mentoring sessions")
TRAINING = N_("Training activities")
EVALUATIONS = N_("Evaluations")
FIGURE = N_("Figure")
VALUE = N_("Value")
NUMBER = N_("No.")
CODE = N_("Code")
QUESTION = N_("Question")
QUESTION_TYPE = N_("Type")
AUDIENCE = N_("Audience")
COMMENT = N_("Comment")
COUNT_OF = N_("{audience}: number")
SHARE_OF = N_("{audience}: share")

BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="EEF2F6")
WRAPPED = Alignment(wrap_text=True, vertical="top")
SHARE_FORMAT = "0.0%"
AVERAGE_FORMAT = "0.00"
AUDIENCES = (Role.MENTOR, Role.MENTEE)


def summary_workbook(summary: YearSummary) -> Workbook:
    """Every sheet of the summary, labelled in ``summary.language``."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    lang = summary.language

    def sheet(message: str) -> Worksheet:
        return book.create_sheet(sheet_title(t(lang, message)))

    _participation(sheet(PARTICIPATION), summary)
    _pairs(sheet(PAIRS), summary)
    _activity(sheet(ACTIVITY), summary)
    _questions(sheet(QUESTIONS), summary)
    _comments(sheet(COMMENTS), summary)
    _earlier_years(sheet(EARLIER_YEARS), summary)
    _about(sheet(ABOUT), summary)
    return book


def write_summary_workbook(summary: YearSummary, path: Path) -> Path:
    """Written beside ``path`` then renamed over it: never half a workbook."""
    book = summary_workbook(summary)
    return _atomic(path, lambda temporary: book.save(temporary))


# Cells ---------------------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, column: int, value: object, number_format: str = "") -> None:
    cell = ws.cell(row=row, column=column, value=_xlsx_value(value))
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # a comment is text, never a formula
    if number_format and isinstance(value, int | float | Decimal):
        cell.number_format = number_format


def _header(ws: Worksheet, row: int, values: Sequence[str]) -> None:
    for column, value in enumerate(values, start=1):
        _put(ws, row, column, value)
        ws.cell(row=row, column=column).font = BOLD
        ws.cell(row=row, column=column).fill = HEAD_FILL


def _title(ws: Worksheet, summary: YearSummary) -> int:
    """The sheet's title line; returns the next free row."""
    _put(ws, 1, 1, t(summary.language, TITLE, year=summary.name))
    ws.cell(row=1, column=1).font = TITLE_FONT
    return 3


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _figure_value(value: figures.Value, kind: FigureKind, language: str) -> tuple[object, str]:
    """A figure as a typed cell value and its number format."""
    if isinstance(value, ScaleAverage):
        if value.average is None:
            return figures.respondents_text(language, value.respondents), ""
        return round(value.average, 2), AVERAGE_FORMAT
    if kind == FigureKind.SHARE:
        return value, SHARE_FORMAT
    if isinstance(value, Decimal):  # hours and credits: Excel's general format shows 6.25, 11
        return float(value), ""
    return value, ""


def _block(ws: Worksheet, row: int, title: str, rows: Sequence[FigureRow], lang: str) -> int:
    """A titled two-column block of figures; returns the row after it and a blank one."""
    _header(ws, row, (title, t(lang, VALUE)))
    for offset, figure in enumerate(rows, start=1):
        _put(ws, row + offset, 1, figure.label)
        value, number_format = _figure_value(figure.value, figure.kind, lang)
        _put(ws, row + offset, 2, value, number_format)
    return row + len(rows) + 2


def _bar_chart(ws: Worksheet, title: str, first_row: int, last_row: int, series: int) -> BarChart:
    """Horizontal bars of the columns 2.. of a block (its header row at ``first_row``)."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = title
    chart.height = max(6.0, 0.7 * (last_row - first_row) + 3)
    chart.width = 16
    data = Reference(ws, min_col=2, max_col=1 + series, min_row=first_row, max_row=last_row)
    categories = Reference(ws, min_col=1, min_row=first_row + 1, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # the first category on top, as in the table
    chart.y_axis.majorGridlines = None
    return chart


# Sheets --------------------------------------------------------------------------------------


def _counts_block(
    ws: Worksheet,
    row: int,
    header: str,
    mentors: Sequence[Count],
    mentees: Sequence[Count],
    lang: str,
) -> int:
    labels: dict[str, str] = {}
    for c in (*mentors, *mentees):
        labels.setdefault(c.code, c.label)
    codes = sorted(labels) if all(code.isdigit() for code in labels) else list(labels)
    mine = {c.code: c.count for c in mentors}
    theirs = {c.code: c.count for c in mentees}
    _header(ws, row, (header, *(figures.audience_name(lang, a) for a in AUDIENCES)))
    for offset, code in enumerate(codes, start=1):
        _put(ws, row + offset, 1, labels[code])
        _put(ws, row + offset, 2, mine.get(code, 0))
        _put(ws, row + offset, 3, theirs.get(code, 0))
    if codes:
        ws.add_chart(_bar_chart(ws, header, row, row + len(codes), 2), f"E{row}")
    return row + max(len(codes) + 2, 16)


def _participation(ws: Worksheet, summary: YearSummary) -> None:
    lang, p = summary.language, summary.participation
    row = _title(ws, summary)
    _header(ws, row, ("", t(lang, REGISTERED), t(lang, WITHDRAWN)))
    for offset, role in enumerate(AUDIENCES, start=1):
        _put(ws, row + offset, 1, figures.audience_name(lang, role))
        _put(ws, row + offset, 2, p.of(role).registered)
        _put(ws, row + offset, 3, p.of(role).withdrawn)
    row += 4
    row = _counts_block(ws, row, t(lang, REGION), p.mentors.by_region, p.mentees.by_region, lang)
    _counts_block(
        ws, row, t(lang, CAREER_STAGE), p.mentors.by_career_stage, p.mentees.by_career_stage, lang
    )
    _widths(ws, (36, 14, 14))


def _pairs(ws: Worksheet, summary: YearSummary) -> None:
    lang = summary.language
    row = _title(ws, summary)
    row = _block(ws, row, t(lang, PAIRS), figures.pair_rows(summary), lang)
    reasons = summary.pairs.early_reasons
    if reasons:
        _header(ws, row, (t(lang, REASON), t(lang, PAIRS)))
        for offset, reason in enumerate(reasons, start=1):
            _put(ws, row + offset, 1, reason.label)
            _put(ws, row + offset, 2, reason.count)
        ws.add_chart(_bar_chart(ws, t(lang, REASON), row, row + len(reasons), 1), f"D{row}")
        row += max(len(reasons) + 2, 14)
    _block(ws, row, t(lang, FIRST_CONTACT), figures.first_contact_rows(summary), lang)
    _widths(ws, (52, 12))


def _activity(ws: Worksheet, summary: YearSummary) -> None:
    lang = summary.language
    row = _title(ws, summary)
    row = _block(ws, row, t(lang, SESSIONS), figures.activity_rows(summary), lang)
    if summary.training is not None:
        row = _block(ws, row, t(lang, TRAINING), figures.training_rows(summary), lang)
    _block(ws, row, t(lang, EVALUATIONS), figures.evaluation_rows(summary), lang)
    _widths(ws, (60, 12))


Cell = tuple[object, str]  # a value and its number format


def _answer_rows(q: QuestionSummary, lang: str) -> list[tuple[str, list[Cell]]]:
    """One row per possible answer (a count and a share per audience), then the number of
    respondents and, for scales, the averages. Audiences below the threshold stay empty."""
    sides = [q.mentors, q.mentees]
    shown = [side for side in sides if side is not None and side.shown]
    labels: dict[str, str] = {}
    for side in shown:
        for value in side.distribution:
            labels.setdefault(value.code, value.label)
    empty: list[Cell] = [(None, ""), (None, "")]
    lines: list[tuple[str, list[Cell]]] = []
    for code, label in labels.items():
        cells: list[Cell] = []
        for side in sides:
            if side is None or side not in shown:
                cells += empty
                continue
            count = next((v.count for v in side.distribution if v.code == code), 0)
            cells += [(count, ""), (count / side.respondents, SHARE_FORMAT)]
        lines.append((label, cells))
    respondents: list[Cell] = []
    for side in sides:
        respondents += [(None if side is None else side.respondents, ""), (None, "")]
    lines.append((t(lang, figures.RESPONDENTS), respondents))
    if q.kind == QuestionKind.SCALE:
        averages: list[Cell] = []
        for side in sides:
            average = side.average if side is not None and side in shown else None
            value = None if average is None else round(average, 2)
            averages += [(value, AVERAGE_FORMAT), (None, "")]
        lines.append((t(lang, figures.AVERAGE), averages))
    return lines


def _questions(ws: Worksheet, summary: YearSummary) -> None:
    lang = summary.language
    audiences = [figures.audience_name(lang, a) for a in AUDIENCES]
    headers = [t(lang, NUMBER), t(lang, CODE), t(lang, QUESTION), t(lang, QUESTION_TYPE)]
    headers.append(t(lang, figures.ANSWER))
    for name in audiences:
        headers += [t(lang, COUNT_OF, audience=name), t(lang, SHARE_OF, audience=name)]
    _header(ws, 1, headers)
    row = 2
    for number, question in enumerate(summary.questions, start=1):
        for q in question.as_presented():  # each audience in its own words when they differ
            for answer, cells in _answer_rows(q, lang):
                for column, value in enumerate(
                    (number, q.code, q.text, label_in(lang, q.kind), answer), start=1
                ):
                    _put(ws, row, column, value)
                for column, (value, number_format) in enumerate(cells, start=6):
                    _put(ws, row, column, value, number_format)
                row += 1
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(row - 1, 1)}"
    _widths(ws, (6, 18, 60, 16, 28, 14, 14, 14, 14))


def _comments(ws: Worksheet, summary: YearSummary) -> None:
    lang = summary.language
    _header(ws, 1, (t(lang, NUMBER), t(lang, QUESTION), t(lang, AUDIENCE), t(lang, COMMENT)))
    row = 2
    for number, q in enumerate(summary.questions, start=1):
        for side in q.audiences:
            for comment in side.comments:  # empty below the privacy threshold
                _put(ws, row, 1, number)
                _put(ws, row, 2, side.text)  # the question this audience read
                _put(ws, row, 3, figures.audience_name(lang, side.audience))
                _put(ws, row, 4, comment)
                ws.cell(row=row, column=4).alignment = WRAPPED
                row += 1
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:D{max(row - 1, 1)}"
    _widths(ws, (6, 40, 14, 90))


def _earlier_years(ws: Worksheet, summary: YearSummary) -> None:
    lang = summary.language
    years = summary.comparison.years
    _header(ws, 1, (t(lang, FIGURE), *(y.name for y in years)))
    for row, line in enumerate(figures.comparison_rows(summary), start=2):
        _put(ws, row, 1, line.label)
        ws.cell(row=row, column=1).alignment = WRAPPED
        for column, value in enumerate(line.values, start=2):
            cell_value, number_format = _figure_value(value, line.kind, lang)
            _put(ws, row, column, cell_value, number_format)
    ws.freeze_panes = "B2"
    _widths(ws, (60, *([14] * len(years))))


def _about(ws: Worksheet, summary: YearSummary) -> None:
    row = _title(ws, summary)
    for offset, note in enumerate(figures.notes(summary)):
        _put(ws, row + offset, 1, note)
        ws.cell(row=row + offset, column=1).alignment = WRAPPED
    _widths(ws, (110,))
