"""Benchmark: importing a 5,000-row XLSX export, beside what openpyxl alone needs to read it.

Run with ``python bench/import_xlsx.py``. Prints seconds (best of three) for: openpyxl
reading every cell (the floor no importer can beat), ``read_table``, ``preview_import``
into an empty program year, the end-to-end import (read, map, preview, write) into a
fresh database, and the same import alone into a file created and opened beforehand (best
of five, taken in turns with the floor); then the peak memory of one end-to-end import.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers.import_files import (  # noqa: E402
    FR_HEADERS,
    french_row,
    people,
    write_xlsx,
)

from mentorat_desktop.db import Database, open_database  # noqa: E402
from mentorat_desktop.services.cohorts import CohortForm, create_cohort  # noqa: E402
from mentorat_desktop.services.importing.apply import apply_import  # noqa: E402
from mentorat_desktop.services.importing.columns import (  # noqa: E402
    ColumnMapping,
    guess_mapping,
)
from mentorat_desktop.services.importing.contract import ImportResult  # noqa: E402
from mentorat_desktop.services.importing.preview import preview_import  # noqa: E402
from mentorat_desktop.services.importing.reader import SourceTable, read_table  # noqa: E402

ROWS = 5_000
REPEATS = 3


def best_of(repeats: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeats`` runs: the least disturbed by the rest of the machine."""
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def openpyxl_floor(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for row in book.worksheets[0].iter_rows(values_only=True) for _v in row)
    finally:
        book.close()


def fresh_database(folder: Path, name: str) -> tuple[Database, int]:
    db = open_database(folder / f"{name}.sqlite3")
    cohort = create_cohort(db, CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30)))
    return db, cohort.id


def mapping_of(table: SourceTable) -> ColumnMapping:
    """The guessed columns; the file has no consent column, and everyone in it consented
    (``mentorat import --consent-given``)."""
    return replace(guess_mapping(table.headers), consent_given=True)


def end_to_end(path: Path, folder: Path, name: str) -> ImportResult:
    db, cohort_id = fresh_database(folder, name)
    try:
        table = read_table(path)
        preview = preview_import(db, cohort_id, table, mapping_of(table))
        return apply_import(db, cohort_id, preview)
    finally:
        db.close()


def alone_beside_floor(path: Path, folder: Path, repeats: int) -> tuple[float, float]:
    """The import alone (read, map, preview, write) into a new empty file opened beforehand,
    what a user waits for, and the floor, run in turns so that both see the same load;
    the fastest of each."""
    imports, floors = [], []
    for run in range(repeats):
        start = time.perf_counter()
        openpyxl_floor(path)
        floors.append(time.perf_counter() - start)
        db, cohort_id = fresh_database(folder, f"open{run}")
        try:
            start = time.perf_counter()
            table = read_table(path)
            apply_import(db, cohort_id, preview_import(db, cohort_id, table, mapping_of(table)))
            imports.append(time.perf_counter() - start)
        finally:
            db.close()
    return min(imports), min(floors)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_xlsx(folder / "export.xlsx", FR_HEADERS, [french_row(p) for p in people(ROWS)])
        size_kib = path.stat().st_size / 1024
        print(f"File: {ROWS} rows x {len(FR_HEADERS)} columns, {size_kib:.0f} KiB")

        cells = openpyxl_floor(path)
        floor = best_of(REPEATS, lambda: openpyxl_floor(path))
        print(f"openpyxl alone, every cell ({cells} cells): {floor:.2f} s  (the floor)")

        reading = best_of(REPEATS, lambda: read_table(path))
        print(f"read_table:                                {reading:.2f} s")

        table = read_table(path)
        mapping = mapping_of(table)
        db, cohort_id = fresh_database(folder, "preview")
        try:
            previewing = best_of(REPEATS, lambda: preview_import(db, cohort_id, table, mapping))
        finally:
            db.close()
        print(f"preview_import (empty program year):       {previewing:.2f} s")

        runs = iter(range(REPEATS))
        total = best_of(REPEATS, lambda: end_to_end(path, folder, f"run{next(runs)}"))
        print(f"end-to-end import into a fresh database:   {total:.2f} s")
        alone, beside = alone_beside_floor(path, folder, 5)
        print(f"the import alone, into an open empty file: {alone:.2f} s")
        print(f"openpyxl alone, taken in turns with it:    {beside:.2f} s")

        tracemalloc.start()
        result = end_to_end(path, folder, "memory")
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory of one end-to-end import:      {peak / 2**20:.1f} MiB")
        print(f"created {result.created}, updated {result.updated}, skipped {result.skipped}")
        print(f"end-to-end / floor: {total / floor:.1f}x")
        print(f"import alone / floor run in turns: {alone / beside:.1f}x  (target: 2x)")


if __name__ == "__main__":
    main()
