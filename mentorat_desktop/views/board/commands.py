"""Board changes on the undo stack: each step calls a service and can be taken back.

A step that the file no longer allows (someone changed it from the command line, say) is
reported in the user's language and dropped from the stack instead of half applied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from mentorat_desktop.errors import UserError


class BoardCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        forward: Callable[[], Any],
        backward: Callable[[Any], None],
        settle: Callable[[str | None], None],
    ) -> None:
        super().__init__(text)
        self._forward = forward
        self._backward = backward
        self._settle = settle
        self._result: Any = None
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
        self._result = self._attempt(self._forward)

    def undo(self) -> None:
        self._attempt(lambda: self._backward(self._result))
