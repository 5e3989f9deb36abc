"""Writing an export table to .xlsx or .csv, whole or not at all.

Both formats are written for Excel, the committee's other tool: the workbook keeps dates as
dates and numbers as numbers; the CSV starts with a byte order mark, without which Excel
reads UTF-8 as Windows-1252 and mangles every accent. Each file is written beside its target
under a temporary name and then renamed over it, so a failure (a full disk, a file open in
Excel) never leaves half a file or spoils the previous one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.services.exporting.tables import ColumnKind, ExportTable

if TYPE_CHECKING:  # openpyxl is loaded only when a workbook is written
    from openpyxl.worksheet.worksheet import Worksheet

SUFFIXES = (".xlsx", ".csv")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DECIMAL_FORMAT = "0.00"
MAX_WIDTH = 60
MIN_WIDTH = 8
SHEET_TITLE_LIMIT = 31
_FORBIDDEN_IN_SHEET_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


class UnsupportedFormat(UserError):
    """The target's suffix names no format we write (the command line exits 2)."""


def check_format(path: Path) -> str:
    """The writer's suffix for ``path`` (".xlsx" or ".csv"), before any work is done."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise UnsupportedFormat(
            _("{name}: only .xlsx (Excel) and .csv files can be written.").format(
                name=Path(path).name
            )
        )
    return suffix


def export_table(table: ExportTable, path: Path) -> Path:
    """Write ``table`` in the format its suffix names; returns the path written."""
    suffix = check_format(path)
    writer = write_xlsx if suffix == ".xlsx" else write_csv
    return writer(table, path)


# The atomic write --------------------------------------------------------------------------


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write`` on a temporary file beside ``path``, then rename it over ``path``.

    The temporary file is readable by its owner only, and so is the export: it holds
    personal information.
    """
    path = Path(path).expanduser().absolute()
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise _not_written(path, error) from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _not_written(path, error) from error
        raise
    return path


def _not_written(path: Path, error: OSError) -> UserError:
    if not path.parent.is_dir():
        return UserError(
            _("The folder {folder} does not exist; choose another place for the file.").format(
                folder=path.parent
            )
        )
    return UserError(
        _(
            "{path} could not be written ({reason}). If the file is open in another program, "
            "close it and try again."
        ).format(path=path, reason=error.strerror or error)
    )


# Excel -------------------------------------------------------------------------------------


def sheet_title(title: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\, no edge apostrophe, 31 characters."""
    cleaned = " ".join(title.translate(_FORBIDDEN_IN_SHEET_TITLE).split()).strip("'")
    return cleaned[:SHEET_TITLE_LIMIT].strip() or "Export"


def _xlsx_value(value: object) -> object:
    if isinstance(value, str):
        # Control characters (pasted from a form service) are not allowed in a workbook.
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _display_width(value: object, kind: ColumnKind) -> int:
    if value is None:
        return 0
    if kind == ColumnKind.DATE:
        return len("2026-12-31")
    if kind == ColumnKind.DATETIME:
        return len("2026-12-31 23:59")
    if isinstance(value, Decimal):
        return len(f"{value:.2f}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def _fill_sheet(sheet: Worksheet, table: ExportTable) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    wrapped = Alignment(wrap_text=True, vertical="top")
    formats = {
        ColumnKind.DATE: DATE_FORMAT,
        ColumnKind.DATETIME: DATETIME_FORMAT,
        ColumnKind.DECIMAL: DECIMAL_FORMAT,
    }
    widths = [len(header) for header in table.headers]
    for column, header in enumerate(table.headers, start=1):
        sheet.cell(row=1, column=column, value=_xlsx_value(header)).font = bold
    for row_index, row in enumerate(table.rows, start=2):
        for column, (spec, value) in enumerate(zip(table.columns, row, strict=True), start=1):
            cell = sheet.cell(row=row_index, column=column, value=_xlsx_value(value))
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            number_format = formats.get(spec.kind)
            if number_format and value is not None:
                cell.number_format = number_format
            if isinstance(value, str) and "\n" in value:
                cell.alignment = wrapped
            widths[column - 1] = max(widths[column - 1], _display_width(value, spec.kind))
    for column, width in enumerate(widths, start=1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if table.columns:
        last = get_column_letter(len(table.columns))
        sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"


def write_xlsx(table: ExportTable, path: Path) -> Path:
    """One sheet named after the table: bold frozen header, filters, typed cells."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title(table.title)
    _fill_sheet(sheet, table)
    return _atomic(path, lambda temporary: workbook.save(temporary))


# CSV ---------------------------------------------------------------------------------------


def csv_text(value: object) -> str:
    """A cell as text: ISO dates, translated yes/no, a dot before decimals, "" for nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, str):
        return neutralised(value)
    return str(value)


# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """Text a spreadsheet shows as text: an apostrophe before a would-be formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(table: ExportTable, path: Path) -> Path:
    """UTF-8 with a byte order mark, commas, CRLF line ends; multi-line cells are quoted."""

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow(table.headers)
            for row in table.rows:
                writer.writerow([csv_text(value) for value in row])

    return _atomic(path, write)
