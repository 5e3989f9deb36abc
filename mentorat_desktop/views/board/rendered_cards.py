"""Cards as last drawn, kept within a memory budget, the least recently shown dropped first.

Keyed by everything a card's drawing reads (its content, size, zoom, font, colours, selection
and the screen's pixel ratio), so an entry is never out of date: a card whose content changed
has another key, and its old picture is simply never asked for again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtGui import QPixmap

# About two screens of cards in each of the board's three lists at 1x; four times fewer on a
# high-density screen, where each picture has four times the pixels.
BUDGET_BYTES = 12 * 1024 * 1024


class RenderedCards:
    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self.used_bytes = 0
        self._pictures: OrderedDict[Hashable, QPixmap] = OrderedDict()

    def __len__(self) -> int:
        return len(self._pictures)

    def get(self, key: Hashable) -> QPixmap | None:
        found = self._pictures.get(key)
        if found is not None:
            self._pictures.move_to_end(key)
        return found

    def put(self, key: Hashable, picture: QPixmap) -> None:
        old = self._pictures.pop(key, None)
        if old is not None:
            self.used_bytes -= _bytes(old)
        self._pictures[key] = picture
        self.used_bytes += _bytes(picture)
        while self.used_bytes > self.budget_bytes and len(self._pictures) > 1:
            _key, dropped = self._pictures.popitem(last=False)
            self.used_bytes -= _bytes(dropped)


def _bytes(picture: QPixmap) -> int:
    return picture.width() * picture.height() * max(picture.depth(), 8) // 8
