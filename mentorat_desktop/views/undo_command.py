"""A user's step on a page's undo stack: it calls a service and can be taken back.

A step that the file no longer allows (someone changed it from the command line, say) is
reported in the user's language and never half applied. A step that failed to be done is
dropped; a step that can no longer be undone stays on the stack, done, and its name says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        forward: Callable[[], Any],
        backward: Callable[[Any], None],
        settle: Callable[[str | None], None],
        *,
        already_done: bool = False,
    ) -> None:
        """``already_done``: a dialog did the step itself; pushing must not do it twice."""
        super().__init__(text)
        self._forward = forward
        self._backward = backward
        self._settle = settle
        self._result: Any = None
        self._step_text = text
        self._still_done = already_done
        self._stack: QUndoStack | None = None
        self.failure: str | None = None
        self.cannot_undo: str | None = None

    def _attempt(self, step: Callable[[], Any], *, undoing: bool) -> Any:
        self.failure = None
        try:
            return step()
        except UserError as error:
            self.failure = error.message
            if undoing:
                self._keep_done(error.message)
            else:
                self.setObsolete(True)
            return None
        finally:
            self._settle(self.failure)

    def _keep_done(self, reason: str) -> None:
        """The step is still in the file: put the stack back above it, without redoing it."""
        self.cannot_undo = reason
        self.setText(
            _("{step} (cannot be undone: {reason})").format(step=self._step_text, reason=reason)
        )
        self._still_done = True
        stack = self._stack
        if stack is not None:
            # The stack is mid-undo now; step forward once it has finished.
            QTimer.singleShot(0, stack.redo)

    def attach(self, stack: QUndoStack) -> None:
        """The stack the command is pushed on, to step forward again after a refused undo."""
        self._stack = stack

    def redo(self) -> None:
        if self._still_done:
            self._still_done = False
            return
        self._result = self._attempt(self._forward, undoing=False)

    def undo(self) -> None:
        self._attempt(lambda: self._backward(self._result), undoing=True)
