"""Activity changes as undo commands: each step calls a service and can be taken back.

They follow the board's commands, so a page-level undo stack (or a window-wide undo group)
takes them as they are. A step the file no longer allows is reported and dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Attendance
from mentorat_desktop.services.activities import attendance, planning
from mentorat_desktop.services.activities.records import ActivityForm

Settle = Callable[[str | None], None]


class ActivityCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        forward: Callable[[], Any],
        backward: Callable[[Any], None],
        settle: Settle,
    ) -> None:
        super().__init__(text)
        self._forward = forward
        self._backward = backward
        self._settle = settle
        self.result: Any = None
        self.failure: str | None = None

    def _attempt(self, step: Callable[[], Any]) -> Any:
        self.failure = None
        try:
            return step()
        except UserError as error:
            self.failure = error.message
            self.setObsolete(True)
            return None
        finally:
            self._settle(self.failure)

    def redo(self) -> None:
        self.result = self._attempt(self._forward)

    def undo(self) -> None:
        self._attempt(lambda: self._backward(self.result))


def plan_command(
    db: Database, cohort_id: int, form: ActivityForm, actor: str, settle: Settle
) -> ActivityCommand:
    return ActivityCommand(
        _("Plan {title}").format(title=form.title),
        lambda: planning.plan_activity(db, cohort_id, form, actor),
        lambda row: planning.delete_activity(db, row.id, actor) if row else None,
        settle,
    )


def cancel_command(
    db: Database, activity_id: int, title: str, reason: str, actor: str, settle: Settle
) -> ActivityCommand:
    return ActivityCommand(
        _("Cancel {title}").format(title=title),
        lambda: planning.cancel_activity(db, activity_id, reason, actor),
        lambda _row: planning.restore_activity(db, activity_id, actor),
        settle,
    )


def attendance_command(
    db: Database,
    activity_id: int,
    title: str,
    marks: Mapping[int, Attendance],
    actor: str,
    settle: Settle,
) -> ActivityCommand:
    return ActivityCommand(
        _("Record attendance at {title}").format(title=title),
        lambda: attendance.record_attendance(db, activity_id, dict(marks), actor),
        lambda _row: attendance.clear_attendance(db, activity_id, actor),
        settle,
    )
