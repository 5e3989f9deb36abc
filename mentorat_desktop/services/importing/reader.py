"""Reading a form service's export, as it really comes, into a ``SourceTable``.

Excel workbooks (choose the sheet) and CSV files in UTF-8 (with or without BOM), UTF-16 or
Windows-1252, delimited by commas, semicolons (a French Excel) or tabs. Whatever the bytes,
the only error that leaves this module is ``ImportFileError`` with a one-line reason.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mentorat_desktop.i18n import _
from mentorat_desktop.services.importing.cells import is_blank, to_text
from mentorat_desktop.services.importing.collector import collector_paused
from mentorat_desktop.services.importing.contract import ImportFileError, SourceTable

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
_DELIMITERS = ",;\t"
_SNIFF_SAMPLE = 16_384
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

Record = tuple[int, Sequence[object]]  # (row number as a spreadsheet shows it, cells)
# Cell values the contract takes as they are (``bool`` named: ``type`` does not see subclasses).
_KEPT_AS_READ = frozenset({type(None), int, float, bool, datetime, date})


def list_sheets(path: Path) -> list[str]:
    """The worksheets of a workbook, in order; a CSV file has none."""
    path = _existing(Path(path))
    if path.suffix.lower() in TEXT_SUFFIXES:
        return []
    _check_suffix(path)
    with _workbook(path) as book:
        return [sheet.title for sheet in book.worksheets]


@collector_paused()
def read_table(path: Path, sheet: str | None = None) -> SourceTable:
    """The header row and data rows of ``path`` (for a workbook: ``sheet``, or the first
    sheet that holds data)."""
    path = _existing(Path(path))
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _tabulate(path, _csv_records(path), None, ())
    _check_suffix(path)
    with _workbook(path) as book:
        names = tuple(s.title for s in book.worksheets)
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                _("{name} has no sheet named “{sheet}”. Its sheets: {sheets}.").format(
                    name=path.name, sheet=sheet, sheets=", ".join(names)
                )
            )
        for title in [sheet] if sheet is not None else names:
            records = _guarded(path, lambda title=title: _sheet_records(book[title]))
            if any(_width(cells) for _number, cells in records) or sheet is not None:
                return _tabulate(path, records, title, names)
    raise ImportFileError(_("{name} holds no data.").format(name=path.name))


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise ImportFileError(_("{name} cannot be found.").format(name=path))
    return path


def _check_suffix(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(
            _("{name} is an old-style Excel file (.xls): save it as .xlsx in Excel first.").format(
                name=path.name
            )
        )
    if suffix not in EXCEL_SUFFIXES:
        raise ImportFileError(
            _("{name} is neither an Excel workbook (.xlsx) nor a CSV file.").format(name=path.name)
        )


def _unreadable(path: Path) -> ImportFileError:
    return ImportFileError(
        _("{name} cannot be read: it is not a valid Excel workbook.").format(name=path.name)
    )


def _guarded(path: Path, read: Callable[[], Iterable[Record]]) -> list[Record]:
    """openpyxl parses lazily and fails in many ways on damaged files: any failure while
    reading is the file's fault, reported as such."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(read())
    except ImportFileError:
        raise
    except Exception as error:
        raise _unreadable(path) from error


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import openpyxl  # loaded by the first workbook read, not with the import screens

            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise _unreadable(path) from error
    try:
        yield book
    finally:
        with contextlib.suppress(Exception):  # a damaged archive must not hide the outcome
            book.close()


def _sheet_records(sheet: Any) -> Iterator[Record]:
    sheet.reset_dimensions()  # some writers record wrong dimensions: read what is there
    for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
        # Texts and numbers, nearly every cell, are kept without a call per cell.
        yield number, [
            (v or None)
            if type(v) is str
            else v
            if type(v) in _KEPT_AS_READ
            else _plain(v)
            for v in values
        ]


def _plain(value: object) -> object:
    """Cell values limited to what the contract promises (times, durations become text)."""
    if value is None or isinstance(value, str | int | float | bool | datetime | date):
        return value if value != "" else None
    return to_text(value)


def _decode(path: Path, data: bytes) -> str:
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFileError(_("{name} is empty.").format(name=path.name))
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _not_text(path) from error
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > len(text) // 100:  # binary, whatever its name says
        raise _not_text(path)
    return text


def _not_text(path: Path) -> ImportFileError:
    return ImportFileError(
        _("{name} is not a text (CSV) file; its content cannot be read.").format(name=path.name)
    )


def _delimiter(text: str) -> str:
    """The sniffer's choice among , ; and tab, unless the header line disagrees."""
    lines = [line for line in text[:_SNIFF_SAMPLE].splitlines() if line.strip()]
    header = lines[0] if lines else ""
    counts = {d: header.count(d) for d in _DELIMITERS}
    try:
        sniffed: str | None = csv.Sniffer().sniff(text[:_SNIFF_SAMPLE], _DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in counts and (counts[sniffed] or not any(counts.values())):
        return sniffed
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_records(path: Path) -> list[Record]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            _("{name} cannot be opened: {reason}").format(name=path.name, reason=error.strerror)
        ) from error
    text = _decode(path, data)
    if match := re.match(r"sep=(.)\r?\n", text):  # Excel's delimiter hint; Excel hides the line
        delimiter, text = match[1], text[match.end() :]
    else:
        delimiter = _delimiter(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        return [(index + 1, row) for index, row in enumerate(reader)]
    except csv.Error as error:
        raise ImportFileError(
            _("{name} cannot be read as CSV: {reason}").format(name=path.name, reason=error)
        ) from error


def _tabulate(
    path: Path, records: Iterable[Record], sheet: str | None, sheets: tuple[str, ...]
) -> SourceTable:
    """First non-empty row as headers; later non-empty rows as data, all as wide as the
    widest row (a data cell beyond the headers gets a column of its own)."""
    kept: list[tuple[int, list[object]]] = []
    width = 0
    for number, cells in records:
        row = [None if c == "" else c for c in cells]
        row_width = _width(row)
        if row_width:  # a blank row is left out
            kept.append((number, row))
            width = max(width, row_width)
    if not kept:
        raise ImportFileError(_("{name} holds no data.").format(name=path.name))
    (_header_number, header), data = kept[0], kept[1:]
    headers = _unique_headers(_padded(header, width))
    rows = tuple(_padded(cells, width) for _n, cells in data)
    return SourceTable(
        headers=headers,
        rows=rows,
        row_numbers=tuple(n for n, _cells in data),
        sheet=sheet,
        sheets=sheets,
    )


def _width(cells: Sequence[object]) -> int:
    """One past the last cell that holds something (0 for a blank row); read from the end,
    where a filled row stops at once."""
    for index in range(len(cells) - 1, -1, -1):
        if not is_blank(cells[index]):
            return index + 1
    return 0


def _padded(cells: Sequence[object], width: int) -> tuple[object, ...]:
    """``cells`` cut or filled with empty cells to ``width``."""
    return tuple(cells[:width]) + (None,) * (width - len(cells))


def _unique_headers(values: Sequence[object]) -> tuple[str, ...]:
    """Header texts on one line; blank ones named "Column 3", repeated ones "Nom (2)"."""
    headers: list[str] = []
    seen: set[str] = set()
    for index, value in enumerate(values):
        text = " ".join(to_text(value).split()) or _("Column {n}").format(n=index + 1)
        candidate, copy = text, 1
        while candidate.casefold() in seen:
            copy += 1
            candidate = f"{text} ({copy})"
        seen.add(candidate.casefold())
        headers.append(candidate)
    return tuple(headers)
