"""Many rows written to one table by a single ``executemany`` of the driver.

SQLAlchemy's own many-row INSERT builds and converts every row's parameters one by one in
Python; for an import of thousands of registrations that cost about as much as SQLite's own
work. Here SQLAlchemy still compiles the statement, each value still goes through its
column's own conversion (the very function SQLAlchemy would call: dates, enums, JSON,
booleans), and the rows then reach the driver in one call, inside the session's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Dialect, Table, insert
from sqlalchemy.orm import Session

Conversion = tuple[int, Callable[[Any], Any]]


@lru_cache(maxsize=64)
def _statement(
    table: Table, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, Callable[[Mapping[str, object]], tuple], tuple[Conversion, ...]] | None:
    """The INSERT's text, what takes a row's values in the statement's order, and the
    conversion of each parameter that has one (by position); None when SQLAlchemy must fill
    a value itself (a default worked out in Python)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = compiled.positiontup
    if compiled.insert_prefetch or not order:
        return None
    conversions = tuple(
        (position, convert)
        for position, key in enumerate(order)
        if (convert := table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
    )
    take = itemgetter(*order)
    values_of = take if len(order) > 1 else lambda row: (take(row),)
    return str(compiled), values_of, conversions


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, object]]) -> None:
    """Insert ``rows`` (each with the same keys, column keys of ``table``) in their order."""
    if not rows:
        return
    connection = session.connection()
    statement = _statement(table, tuple(rows[0]), connection.dialect)
    if statement is None:
        session.execute(insert(table), list(rows))
        return
    sql, values_of, conversions = statement
    values = []
    for row in rows:
        converted = list(values_of(row))
        for position, convert in conversions:
            converted[position] = convert(converted[position])
        values.append(tuple(converted))
    connection.exec_driver_sql(sql, values)
