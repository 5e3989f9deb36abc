"""JSON columns are written exactly as ``json.dumps`` writes them and read as ``json.loads``
reads them, the empty ones included (the engine only skips the encoder and decoder for
them)."""

from __future__ import annotations

import json

import pytest

from mentorat_desktop.db import json_text, json_value


@pytest.mark.parametrize(
    "value",
    [[], (), {}, ["Gestion du changement"], ("a", "é"), {"role": "Mentoré(e)"}, None, "", 0],
)
def test_a_json_column_reads_as_json_dumps_writes_it(value: object) -> None:
    assert json_text(value) == json.dumps(value)


@pytest.mark.parametrize(
    "text", ["[]", "{}", "[ ]", '["Gestion du changement"]', '{"a": []}', "null", '""', "0"]
)
def test_a_json_column_is_read_as_json_loads_reads_it(text: str) -> None:
    assert json_value(text) == json.loads(text)
    assert type(json_value(text)) is type(json.loads(text))


def test_each_empty_value_read_is_its_own_object() -> None:
    first, second = json_value("[]"), json_value("[]")
    first.append("changed by its reader")
    assert second == [] and json_value("[]") == []
    mapping = json_value("{}")
    mapping["x"] = 1
    assert json_value("{}") == {}


def test_the_file_reads_json_columns_through_it(tmp_path) -> None:
    from mentorat_desktop.db import make_engine

    engine = make_engine(tmp_path / "x.sqlite3")
    assert engine.dialect._json_deserializer is json_value
    engine.dispose()
