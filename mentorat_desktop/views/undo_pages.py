"""One undo history per page; Edit ▸ Undo and Redo follow the page in front.

With one stack for the whole window, Ctrl+Z on the Pairs page undid a board step the person
could not see. A QUndoGroup keeps each page's steps apart: switching pages switches the active
stack, and the actions name the step they would take back on that page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.views.shortcut_keys import unique_keys


class PageHistory(QObject):
    """The undo stacks of the window's pages, grouped so only the visible one acts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}

    def stack_for(self, page: QWidget) -> QUndoStack:
        """The page's own history (created the first time it is asked for)."""
        key = id(page)
        if key not in self._stacks:
            stack = QUndoStack(self)
            self.group.addStack(stack)
            self._stacks[key] = stack
        return self._stacks[key]

    def adopt(self, page: QWidget, stack: QUndoStack) -> None:
        """Give ``page`` a stack made before the page itself (the board's controller needs it)."""
        self.group.addStack(stack)
        self._stacks[id(page)] = stack

    def show_page(self, page: QWidget | None) -> None:
        """Make ``page``'s history the one Edit ▸ Undo acts on."""
        self.group.setActiveStack(self.stack_for(page) if page is not None else None)

    def active_stack(self) -> QUndoStack | None:
        return self.group.activeStack()

    def undo_action(self, parent: QObject) -> QAction:
        action = self.group.createUndoAction(parent, _("Undo"))
        action.setShortcuts(unique_keys(QKeySequence.StandardKey.Undo))
        return action

    def redo_action(self, parent: QObject) -> QAction:
        action = self.group.createRedoAction(parent, _("Redo"))
        action.setShortcuts(unique_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        return action

    def clear_all(self) -> None:
        """Forget every page's steps: after a destruction none of them can be taken back."""
        for stack in self._stacks.values():
            stack.clear()
