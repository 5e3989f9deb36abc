"""A group kept on one page (a heading with its first items, a topic with its lines to write
on) whose measure is kept when it holds only fixed wording.

reportlab measures a group kept together by laying out each of its parts in a copy of the
page's frame, once per form and place; a group of the documents' own wording (paragraphs of
:mod:`fixed_text`, boxes to write in, spaces) measures the same at the same width in every
form. Its width and heights are kept per width, keyed by its parts' keys; a group holding
anyone's data is measured as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

# Beyond this many entries the cache starts again: a bound, never reached by the documents.
LIMIT = 1024
_measured: dict[tuple[Any, float], tuple[float, float, float]] = {}


def _part_key(part: Flowable) -> Any:
    if type(part) is Spacer:
        return ("Spacer", part.width, part.height)
    key = getattr(part, "_layout_key", None)
    return None if key is None else (type(part).__name__, key)


def group_key(parts: Sequence[Flowable]) -> tuple[Any, ...] | None:
    """A key for a group of ``parts`` if every one of them is fixed (else None)."""
    keys = []
    for part in parts:
        key = _part_key(part)
        if key is None:
            return None
        keys.append(key)
    return tuple(keys)


class KeptTogether(KeepTogether):
    """reportlab's KeepTogether, measured once per width when all its parts are fixed."""

    def __init__(self, flowables: Sequence[Flowable], maxHeight: float | None = None) -> None:
        super().__init__(list(flowables), maxHeight)
        self._group_key = group_key(self._content)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        key = self._group_key
        if key is None:
            return super().wrap(aW, aH)
        done = _measured.get((key, aW))
        if done is None:
            size = super().wrap(aW, aH)
            if len(_measured) >= LIMIT:
                _measured.clear()
            _measured[(key, aW)] = (size[0], self._H, self._H0)
            return size
        width, self._H, self._H0 = done
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # as KeepTogether.wrap: the group is then split into its parts


def forget_group_measures() -> None:
    """Start again from nothing, as a new process would (tests compare the two)."""
    _measured.clear()
