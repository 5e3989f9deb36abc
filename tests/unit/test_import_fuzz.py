"""Property-based: arbitrary bytes or cells never crash the importer and never leave a
partial import behind."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from helpers.import_files import FR_HEADERS, french_row, people, write_xlsx
from helpers.import_files import consenting_guess as guess_mapping
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import open_database
from mentorat_desktop.models import AuditEntry, Participation, Person
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.importing.apply import apply_import
from mentorat_desktop.services.importing.contract import (
    DuplicatePolicy,
    ImportFileError,
    ImportRefused,
    RowStatus,
    SourceTable,
)
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.importing.reader import read_table

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _valid_xlsx_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "a.xlsx", FR_HEADERS, [french_row(p) for p in people(4)])
        return path.read_bytes()


VALID_XLSX = _valid_xlsx_bytes()
VALID_CSV = 'Prénom;Nom;Courriel\r\nZoé;Côté;"zoe@example.org"\r\n'.encode("cp1252")


def _read_or_refuse(path: Path) -> None:
    try:
        table = read_table(path)
    except ImportFileError as error:
        assert error.message and "\n" not in error.message
        return
    assert len(table.rows) == len(table.row_numbers)
    assert all(len(row) == len(table.headers) for row in table.rows)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".csv", ".xlsx", ".tsv"]))
def test_arbitrary_bytes_only_ever_give_import_file_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        path.write_bytes(data)
        _read_or_refuse(path)


@FUZZ
@given(
    source=st.sampled_from([VALID_XLSX, VALID_CSV]),
    edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=12),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_damaged_real_files_only_ever_give_import_file_error(
    source: bytes, edits: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(source)
    for position, byte in edits:
        data[position % len(data)] = byte
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    suffix = ".xlsx" if source is VALID_XLSX else ".csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        path.write_bytes(bytes(data))
        _read_or_refuse(path)


@FUZZ
@given(member=st.binary(max_size=2048))
def test_a_workbook_with_a_garbled_sheet_only_ever_gives_import_file_error(member: bytes) -> None:
    buffer = BytesIO()
    with zipfile.ZipFile(BytesIO(VALID_XLSX)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, member if item.filename.endswith("sheet1.xml") else data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.xlsx"
        path.write_bytes(buffer.getvalue())
        _read_or_refuse(path)


CELLS = st.one_of(
    st.text(max_size=40),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(),
    st.none(),
    st.booleans(),
)
BASE_ROWS = [french_row(p) for p in people(8)]


def _counts(db) -> tuple[int, ...]:
    with db.unit_of_work() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Person, Participation, AuditEntry)
        )


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(0, len(BASE_ROWS) - 1), st.integers(0, len(FR_HEADERS) - 1), CELLS),
        max_size=10,
    ),
    skip_invalid=st.booleans(),
    update=st.booleans(),
    preload=st.integers(0, 3),
)
def test_arbitrary_cells_never_crash_and_never_write_a_partial_import(
    edits: list[tuple[int, int, object]], skip_invalid: bool, update: bool, preload: int
) -> None:
    rows = [list(row) for row in BASE_ROWS]
    for r, c, value in edits:
        rows[r][c] = value
    table = SourceTable(
        headers=FR_HEADERS,
        rows=tuple(tuple(r) for r in rows),
        row_numbers=tuple(range(2, len(rows) + 2)),
    )
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "fuzz.sqlite3", FixedClock(datetime(2026, 10, 5, 9)))
        try:
            cohort = create_cohort(db, CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30)))
            mapping = guess_mapping(FR_HEADERS)
            if preload:  # some of the people are already registered this year
                head = SourceTable(
                    FR_HEADERS,
                    tuple(tuple(r) for r in BASE_ROWS[:preload]),
                    tuple(range(2, preload + 2)),
                )
                apply_import(db, cohort.id, preview_import(db, cohort.id, head, mapping))
            preview = preview_import(db, cohort.id, table, mapping)
            assert [r.row for r in preview.rows] == sorted(r.row for r in preview.rows)
            for row in preview.rows:
                assert (row.form is None) == (row.status == RowStatus.ERROR)
                assert row.status != RowStatus.ERROR or row.problems
            before = _counts(db)
            policy = DuplicatePolicy.UPDATE if update else DuplicatePolicy.SKIP
            try:
                result = apply_import(db, cohort.id, preview, policy, skip_invalid)
            except ImportRefused:
                assert preview.count(RowStatus.ERROR) and not skip_invalid
                assert _counts(db) == before
                return
            assert result.created == preview.count(RowStatus.NEW)
            assert result.updated == (preview.count(RowStatus.UPDATE) if update else 0)
            after = _counts(db)
            assert after[1] == before[1] + result.created
            assert after[2] == before[2] + result.created + result.updated + 1
        finally:
            db.close()
