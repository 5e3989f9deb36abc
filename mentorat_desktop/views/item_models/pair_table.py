"""The Pairs page list: each pair, its phase and what is next, late pairs in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from mentorat_desktop.i18n import _, format_date, format_number
from mentorat_desktop.services.followup.credits import hours_of
from mentorat_desktop.services.followup.pair_detail import PairDetail, StepState
from mentorat_desktop.services.followup.phases import phase_label
from mentorat_desktop.services.text import plain as fold
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

LATE = QColor("#9b1c1c")
ENDED = QColor("#6b6b6b")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PAIRING_ROLE = Qt.ItemDataRole.UserRole + 2
# Roles as plain numbers: Qt asks each painted cell for some eight of them.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT = int(SORT_ROLE)
_PAIRING = int(PAIRING_ROLE)
_ANSWERED = frozenset({_DISPLAY, _ACCESSIBLE, _FOREGROUND, _ALIGNMENT, _TOOLTIP, _SORT, _PAIRING})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def is_late(pair: PairDetail) -> bool:
    return any(step.state == StepState.LATE for step in pair.timeline)


class PairTableModel(RowTableModel[PairDetail]):
    MENTEE, MENTOR, PHASE, NEXT, SESSIONS, HOURS, LAST = range(7)

    def headers(self) -> list[str]:
        return [
            _("Mentee"),
            _("Mentor"),
            _("Phase"),
            _("What is next"),
            _("Sessions"),
            _("Hours"),
            _("Last session"),
        ]

    def row_of(self, pairing_id: int) -> int | None:
        return next((n for n, pair in enumerate(self._rows) if pair.pairing_id == pairing_id), None)

    def cell_text(self, row: PairDetail, column: int) -> str | None:
        return self._display(row, column)

    def _display(self, pair: PairDetail, column: int) -> str:
        """Only the asked column is formatted: Qt asks cell by cell."""
        match column:
            case self.MENTEE:
                return pair.mentee.full_name
            case self.MENTOR:
                return pair.mentor.full_name
            case self.PHASE:
                return phase_label(pair.phase)
            case self.NEXT:
                step = pair.next_step
                return step.summary if step else ""
            case self.SESSIONS:
                return format_number(len(pair.sessions))
            case self.HOURS:
                return format_number(hours_of(pair.minutes))
            case self.LAST:
                return format_date(pair.sessions[-1].held_on if pair.sessions else None)
        raise IndexError(column)

    def sort_value(self, pair: PairDetail, column: int) -> Any:
        if column == self.PHASE:
            return int(pair.phase)
        if column == self.SESSIONS:
            return len(pair.sessions)
        if column == self.HOURS:
            return pair.minutes
        if column == self.LAST:
            return pair.sessions[-1].held_on.isoformat() if pair.sessions else ""
        return fold(self._display(pair, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # decoration, check state, size, font: asked at every cell
            return None
        pair = self.valid_row(index)
        if pair is None:
            return None
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._display(pair, column)
        if role == _SORT:
            return self.sort_value(pair, column)
        if role == _PAIRING:
            return pair.pairing_id
        if role == _FOREGROUND:
            if is_late(pair):
                return QBrush(LATE)
            if not pair.is_open:
                return QBrush(ENDED)
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column in (self.SESSIONS, self.HOURS) else None
        if column == self.NEXT:  # the tooltip
            step = pair.next_step
            return step.summary if step else None
        return None
