"""JSON columns are written exactly as ``json.dumps`` writes them, the empty ones included
(the engine's serializer only skips the encoder for them)."""

from __future__ import annotations

import json

import pytest

from mentorat_desktop.db import json_text


@pytest.mark.parametrize(
    "value",
    [[], (), {}, ["Gestion du changement"], ("a", "é"), {"role": "Mentoré(e)"}, None, "", 0],
)
def test_a_json_column_reads_as_json_dumps_writes_it(value: object) -> None:
    assert json_text(value) == json.dumps(value)
