"""Column widths from the headers and a sample of rows, not from every cell."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

# Rows measured beyond those on screen. Qt's default (1,000) asks the model for every cell of a
# ten-year table at each reload; a sample this size gives the same widths for the lists here,
# whose columns hold names, dates and short labels of similar lengths.
SAMPLE_ROWS = 100


def fit_columns(view: QTableView) -> None:
    """``resizeColumnsToContents`` measuring the headers, the visible rows and a sample."""
    header = view.horizontalHeader()
    if header.resizeContentsPrecision() != SAMPLE_ROWS:
        header.setResizeContentsPrecision(SAMPLE_ROWS)
    view.resizeColumnsToContents()
