"""The participants of a program year as a Qt table model (rows are service dataclasses)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mentorat_desktop.i18n import _, format_date, format_number
from mentorat_desktop.models.enums import ParticipationStatus
from mentorat_desktop.services.followup.credits import PersonHours
from mentorat_desktop.services.importing.describe import review_text
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.regions import region_label
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.services.text import plain as fold
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

# Roles carrying raw values, for sorting and filtering without parsing display text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


# Roles this model never answers: sizing a column asks each of them for every cell measured.
_NEVER_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
    }
)


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

    def set_hours(self, hours: dict[int, PersonHours]) -> None:
        """Logged hours and credits per participation; shown in the last two columns."""
        self._hours = hours
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.HOURS), self.index(len(self._rows) - 1, self.CREDITS)
            )

    def set_participants(
        self, rows: list[ParticipantRow], hours: dict[int, PersonHours]
    ) -> None:
        """The rows and their hours in one go: the list is sorted once, not twice."""
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
        if role in _NEVER_ANSWERED:  # asked for every cell when columns are sized
            return None
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == self.REGISTERED:
                return row.registered_on.isoformat()
            if column in (self.HOURS, self.CREDITS):
                hours = self._hours.get(row.participation_id)
                value = hours and (hours.minutes if column == self.HOURS else hours.credits)
                return float(value or 0)
            if column == self.NAME:
                return fold(f"{row.last_name} {row.first_name}")
            return fold(self._display(row, column) or "")
        if role == ROW_ROLE:
            return row
        reviewed = self._reviewed(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and reviewed is not None:
            return QBrush(QColor("#fff3c4"))
        if role == Qt.ItemDataRole.ToolTipRole and (reviewed is not None or (
            column == self.NAME and row.answers_to_review
        )):
            return review_text(row.answers_to_review)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.HOURS, self.CREDITS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CREDITS:
            return (
                _("One certification-maintenance credit per hour of mentoring.")
                if row.is_certified
                else _("Only certified members earn credits.")
            )
        withdrawn = row.status == ParticipationStatus.WITHDRAWN
        if role == Qt.ItemDataRole.ForegroundRole and withdrawn:
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.FontRole and withdrawn and column == self.STATUS:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and withdrawn:
            return _("Withdrawn on {date}: {reason}").format(
                date=format_date(row.withdrawn_on), reason=row.withdrawal_reason
            )
        return None

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
