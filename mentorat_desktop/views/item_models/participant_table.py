"""The participants of a program year as a Qt table model (rows are service dataclasses)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mentorat_desktop.i18n import _, format_date, format_number
from mentorat_desktop.models.enums import ParticipationStatus
from mentorat_desktop.services.followup.credits import PersonHours
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.regions import region_label
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.services.text import plain as fold
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

# Roles carrying raw values, for sorting and filtering without parsing display text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


# Qt asks each painted cell for some eight roles: plain numbers here, compared without
# looking the names up on Qt's enums at every call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
# The roles this model answers; sizing and painting ask for others (decoration, check
# state, size) at every cell.
_ANSWERED = frozenset(
    {_DISPLAY, _ACCESSIBLE, _TOOLTIP, _BACKGROUND, _FOREGROUND, _FONT, _ALIGNMENT, _SORT, _ROW}
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_WITHDRAWN = ParticipationStatus.WITHDRAWN
_GREY = QColor("#7a7a7a")
_TO_REVIEW = QColor("#fff3c4")


class ParticipantTableModel(RowTableModel[ParticipantRow]):
    (
        NAME,
        ROLE,
        STATUS,
        EMAIL,
        ORGANISATION,
        REGION,
        LANGUAGE,
        CAREER_STAGE,
        REGISTERED,
        HOURS,
        CREDITS,
    ) = range(11)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hours: dict[int, PersonHours] = {}

    def set_participants(
        self, rows: list[ParticipantRow], hours: dict[int, PersonHours]
    ) -> None:
        """The rows, with the logged hours and credits per participation shown in the last
        two columns."""
        self._hours = hours
        self.set_rows(rows)

    def row_of(self, participation_id: int) -> int | None:
        for position, item in enumerate(self._rows):
            if item.participation_id == participation_id:
                return position
        return None

    def headers(self) -> list[str]:
        return [
            _("Name"),
            _("Role"),
            _("Status"),
            _("E-mail"),
            _("Organisation"),
            _("Region"),
            _("Language"),
            _("Career stage"),
            _("Registered on"),
            _("Hours"),
            _("Credits"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # asked for every cell when columns are sized or painted
            return None
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._display(row, column)
        if role == _SORT:
            return self.sort_value(row, column)
        if role == _ROW:
            return row
        withdrawn = row.status == _WITHDRAWN
        if role == _FOREGROUND:
            return QBrush(_GREY) if withdrawn else None
        if role == _FONT:
            if withdrawn and column == self.STATUS:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column in (self.HOURS, self.CREDITS) else None
        reviewed = self._reviewed(row, column) if row.answers_to_review else None
        if role == _BACKGROUND:
            return QBrush(_TO_REVIEW) if reviewed is not None else None
        # The tooltip: what was written on the form, the credits rule, or the withdrawal.
        if reviewed is not None or (column == self.NAME and row.answers_to_review):
            # The import's wording, loaded with the first such tooltip, not with the page.
            from mentorat_desktop.services.importing.describe import review_text

            return review_text(row.answers_to_review)
        if column == self.CREDITS:
            return (
                _("One certification-maintenance credit per hour of mentoring.")
                if row.is_certified
                else _("Only certified members earn credits.")
            )
        if withdrawn:
            return _("Withdrawn on {date}: {reason}").format(
                date=format_date(row.withdrawn_on), reason=row.withdrawal_reason
            )
        return None

    def sort_value(self, row: ParticipantRow, column: int) -> Any:
        if column == self.REGISTERED:
            return row.registered_on.isoformat()
        if column in (self.HOURS, self.CREDITS):
            hours = self._hours.get(row.participation_id)
            value = hours and (hours.minutes if column == self.HOURS else hours.credits)
            return float(value or 0)
        if column == self.NAME:
            return fold(f"{row.last_name} {row.first_name}")
        return fold(self._display(row, column) or "")

    _REVIEWED_COLUMNS: ClassVar[dict[str, int]] = {
        "region": REGION,
        "preferred_language": LANGUAGE,
        "career_stage": CAREER_STAGE,
    }

    def _reviewed(self, row: ParticipantRow, column: int) -> str | None:
        """The answer as written when this cell's field is to review."""
        for key, text in row.answers_to_review:
            if self._REVIEWED_COLUMNS.get(key) == column:
                return text
        return None

    def cell_text(self, row: ParticipantRow, column: int) -> str | None:
        return self._display(row, column)

    def _display(self, row: ParticipantRow, column: int) -> str | None:
        reviewed = self._reviewed(row, column)
        if reviewed is not None:
            return _("{text} (to review)").format(text=reviewed)
        match column:
            case self.NAME:
                return row.full_name
            case self.ROLE:
                return label(row.role)
            case self.STATUS:
                return label(row.status)
            case self.EMAIL:
                return row.email
            case self.ORGANISATION:
                return row.organisation
            case self.REGION:
                return region_label(row.region)
            case self.LANGUAGE:
                return label(row.preferred_language)
            case self.CAREER_STAGE:
                return label(row.career_stage)
            case self.REGISTERED:
                return format_date(row.registered_on)
            case self.HOURS:
                hours = self._hours.get(row.participation_id)
                return format_number(hours.hours) if hours else ""
            case self.CREDITS:
                hours = self._hours.get(row.participation_id)
                return format_number(hours.credits) if hours and hours.credits is not None else "–"
        return None
