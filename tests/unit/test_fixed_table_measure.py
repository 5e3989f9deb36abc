"""A table of facing columns of wording takes an earlier table's measure only where reportlab
would measure it the same: same wording, same room, and its first measure."""

from __future__ import annotations

import pytest
from reportlab.platypus import Table

from mentorat_desktop.documents import fixed_table
from mentorat_desktop.documents.blocks import numbered_list
from mentorat_desktop.documents.commitments import MENTEE_COMMITMENTS
from mentorat_desktop.documents.engagement import MENTEE_INTRO, MENTEE_TITLE

WIDTH = 468


def commitments(plain: bool = False) -> Table:
    """The bilingual list of the mentee's commitments; ``plain``: as reportlab alone has it."""
    table = numbered_list("both", MENTEE_TITLE, MENTEE_INTRO, MENTEE_COMMITMENTS)[-1]
    assert isinstance(table, fixed_table.FixedTable)
    if plain:
        table.__class__ = Table
    return table


def measure(table: Table, *rooms: tuple[float, float]) -> list[tuple[object, ...]]:
    found = []
    for width, height in rooms:
        size = table.wrap(width, height)
        found.append((size, list(table._rowHeights), list(table._colWidths), table._hmax))
    return found


@pytest.mark.parametrize(
    "rooms",
    [
        [(WIDTH, 620)],
        [(WIDTH, 620), (WIDTH, 180)],  # too tall for the rest of a page, then a fresh page
        [(WIDTH, 180), (WIDTH, 620), (WIDTH, 180)],
        [(WIDTH, 620), (300, 620)],  # reportlab keeps its first column widths
    ],
)
def test_a_kept_measure_is_reportlab_s_own(rooms) -> None:
    fixed_table.forget_table_drawings()
    expected = measure(commitments(plain=True), *rooms)
    assert measure(commitments(), *rooms) == expected  # measured, and kept
    assert measure(commitments(), *rooms) == expected  # the kept measure, room after room
    for room in rooms:  # a first measure in any of those rooms
        assert measure(commitments(), room) == measure(commitments(plain=True), room)


def test_split_pieces_keep_keys_of_their_own() -> None:
    head, tail = commitments().split(WIDTH, 180)
    again_head, again_tail = commitments().split(WIDTH, 180)
    assert head._layout_key == again_head._layout_key
    assert tail._layout_key == again_tail._layout_key
    assert head._layout_key != tail._layout_key
    other_head, _ = commitments().split(WIDTH, 300)  # the break falls elsewhere
    assert other_head._layout_key != head._layout_key
