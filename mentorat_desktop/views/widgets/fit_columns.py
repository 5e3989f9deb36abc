"""Column widths from the headers and the widest texts of every row, not from every cell.

Qt's ``resizeColumnsToContents`` asks the model for some ten roles of every cell it measures:
at ten years of data that was most of a page's reload, and the sample it stops at (Qt's
precision) could leave a long name of row 300 cut. When the table's model can give the text
of a whole column at once (``RowTableModel.column_texts``), the texts of every row are
measured with the table's font, and only the widest cells shown are measured as Qt would
(the delegate's size, with their own font and margins): the widest three, and any within a
tenth of the widest, for a cell in italics or bold may be wider than its plain text says.
The header's own width is the least, as Qt does. Other models keep Qt's sampled measure.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QTableView

from mentorat_desktop.views.item_models.row_table import RowTableModel

# Rows measured beyond those on screen when the model cannot give its texts.
SAMPLE_ROWS = 100
# Cells measured by the delegate in each column, the widest by their text: at least this
# many, and every one within NEAR_WIDEST of the widest, up to MOST_MEASURED.
WIDEST_MEASURED = 3
NEAR_WIDEST = 0.9
MOST_MEASURED = 20


def fit_columns(view: QTableView) -> None:
    """``resizeColumnsToContents``, measuring the headers and the widest texts."""
    model = view.model()
    source, proxy = _source_of(model)
    if not isinstance(source, RowTableModel) or not source.has_column_texts():
        _sampled(view)
        return
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    widest_letter = max(metrics.maxWidth(), 1)
    grid = 1 if view.showGrid() else 0
    shown = _shown_rows(source, proxy)
    for column in range(source.columnCount()):
        texts = source.column_texts(column)
        if shown is not None:  # a filter is on: only the rows it shows count
            texts = [text if row in shown else "" for row, text in enumerate(texts)]
        widths = _widest_texts(texts, metrics.horizontalAdvance, widest_letter)
        near = widths[0][0] * NEAR_WIDEST if widths else 0
        measured = [
            row
            for n, (width, row) in enumerate(widths[:MOST_MEASURED])
            if n < WIDEST_MEASURED or width >= near
        ]
        content = 0
        for row in measured:
            index = source.index(row, column)
            if proxy is not None:
                index = proxy.mapFromSource(index)
            content = max(content, view.sizeHintForIndex(index).width() + grid)
        wanted = content if header.isHidden() else max(content, header.sectionSizeHint(column))
        header.resizeSection(column, wanted)


def _shown_rows(
    source: RowTableModel, proxy: QSortFilterProxyModel | None
) -> set[int] | None:
    """The source rows the filter lets through, or None when it shows them all."""
    if proxy is None or proxy.rowCount() == source.rowCount():
        return None
    return {proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())}


def _widest_texts(
    texts: list[str], advance: Callable[[str], int], widest_letter: int
) -> list[tuple[int, int]]:
    """(width, row) of the widest texts, widest first, each distinct text measured once.

    Longest first, a text is measured until no shorter one could be wider than the
    ``MOST_MEASURED``-th found (``widest_letter`` wide at each letter); the rows of the texts
    left out are not needed, for they cannot be among the widest.
    """
    rows_of: dict[str, list[int]] = {}
    for row, text in enumerate(texts):
        if text:
            rows_of.setdefault(text, []).append(row)
    found: list[tuple[int, int]] = []
    best: list[int] = []  # the MOST_MEASURED widest so far, a heap: best[0] is the bar
    for text in sorted(rows_of, key=len, reverse=True):
        if len(best) == MOST_MEASURED and len(text) * widest_letter < best[0]:
            break
        width = advance(text)
        rows = rows_of[text]
        found.extend((width, row) for row in rows)
        for _row in rows[:MOST_MEASURED]:
            if len(best) < MOST_MEASURED:
                heapq.heappush(best, width)
            elif width > best[0]:
                heapq.heapreplace(best, width)
            else:
                break
    found.sort(reverse=True)
    return found


def _source_of(
    model: QAbstractItemModel | None,
) -> tuple[QAbstractItemModel | None, QSortFilterProxyModel | None]:
    if isinstance(model, QSortFilterProxyModel):
        return model.sourceModel(), model
    return model, None


def _sampled(view: QTableView) -> None:
    header = view.horizontalHeader()
    if header.resizeContentsPrecision() != SAMPLE_ROWS:
        header.setResizeContentsPrecision(SAMPLE_ROWS)
    view.resizeColumnsToContents()
