"""A read-only file in the app: a banner that says why, and every editing control held off.

Reading, printing, exports, documents and reports keep working. The controls that change the
file are named once, here, page by page (``EDITING``): the window holds each one disabled
when the page is built, even when the page later enables it for a selection. Double-clicks
that open an editing flow are ignored, the board accepts no drag, and the buttons a page
makes as it goes (the pair's phases) are held as they appear. Anything that slips through is
still refused in words by the file itself (``Database.read_only``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.services.safekeeping.access import read_only_message

# Page (the window's attribute) -> controls that change the file (dotted attribute paths).
EDITING: dict[str, tuple[str, ...]] = {
    "dashboard": ("open_button",),
    "participants": (
        "register_button",
        "import_button",
        "edit_button",
        "withdraw_button",
        "reinstate_button",
    ),
    "resources": ("reviews.mark_button", "reviews.clear_button"),
    "matching": (
        "pair_action",
        "unpair_action",
        "confirm_action",
        "confirm_all_action",
        "accept_action",
        "reject_action",
        "accept_all_action",
        "reject_all_action",
        "suggest_action",
        "criteria_action",
        "areas_action",
    ),
    "pairs": ("view.session_button",),
    "evaluations": (
        "answers.enter_button",
        "answers.edit_button",
        "answers.delete_button",
        "answers.import_button",
        "questionnaires.edit_button",
    ),
    "activities": (
        "plan_button",
        "attendance_button",
        "cancel_button",
        "request_button",
        "undo_button",
        "redo_button",
    ),
    "privacy": ("record_button", "correct_button", "erase_button", "anonymise_button"),
}
# Lists whose double-click opens an editing flow.
DOUBLE_CLICKS: dict[str, tuple[str, ...]] = {
    "dashboard": ("due_table",),
    "participants": ("table",),
    "resources": ("reviews.table",),
    "pairs": ("view.goal_table", "view.session_table"),
    "evaluations": ("answers.table", "questionnaires.table"),
}
# Containers whose buttons, made as the page goes, all change the file.
BUTTON_ROWS: dict[str, tuple[str, ...]] = {"pairs": ("view.timeline",)}
# The board's three card lists: no drag, no drop.
CARD_LISTS: dict[str, tuple[str, ...]] = {
    "matching": ("waiting.cards", "mentors.cards", "pairs.cards"),
}


def reason() -> str:
    return _("The file is read-only: this would change it.")


def resolve(root: object, dotted: str) -> object:
    target = root
    for name in dotted.split("."):
        target = getattr(target, name)
    return target


class ReadOnlyBanner(QLabel):
    """Above every page while the file is open for reading only."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(read_only_message(path), parent)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setAccessibleName(_("Read-only file"))
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; color: #4a3b00; padding: 8px 12px;"
            " border-bottom: 1px solid #d8c27a; }"
        )


class EditingLock(QObject):
    """Holds editing controls disabled for as long as the file is read-only."""

    # Marks on the objects themselves (not ids: a deleted button's id is reused).
    HELD, QUIET, ROW = "readOnlyHeld", "readOnlyQuiet", "readOnlyRow"

    def hold(self, targets: Iterable[QWidget | QAction]) -> None:
        for target in targets:
            if target.property(self.HELD):
                continue
            target.setProperty(self.HELD, True)
            target.setToolTip(reason())
            target.setEnabled(False)
            if isinstance(target, QAction):
                target.enabledChanged.connect(
                    lambda on, action=target: on and action.setEnabled(False)
                )
            else:
                target.installEventFilter(self)

    def ignore_double_clicks(self, views: Iterable[QAbstractItemView]) -> None:
        for view in views:
            view.viewport().setProperty(self.QUIET, True)
            view.viewport().installEventFilter(self)

    def hold_buttons_in(self, containers: Iterable[QWidget]) -> None:
        for container in containers:
            container.setProperty(self.ROW, True)
            container.installEventFilter(self)
            self.hold(container.findChildren(QAbstractButton))

    def freeze_board(self, lists: Iterable[QAbstractItemView]) -> None:
        for cards in lists:
            cards.setDragEnabled(False)
            cards.setAcceptDrops(False)
            cards.viewport().setAcceptDrops(False)

    def lock_page(self, name: str, page: object) -> None:
        """Everything ``EDITING`` and its sibling tables name on page ``name``."""
        self.hold(resolve(page, path) for path in EDITING.get(name, ()))  # type: ignore[misc]
        self.ignore_double_clicks(
            resolve(page, path) for path in DOUBLE_CLICKS.get(name, ())  # type: ignore[misc]
        )
        self.hold_buttons_in(
            resolve(page, path) for path in BUTTON_ROWS.get(name, ())  # type: ignore[misc]
        )
        self.freeze_board(
            resolve(page, path) for path in CARD_LISTS.get(name, ())  # type: ignore[misc]
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched.property(self.HELD):
            if isinstance(watched, QWidget) and watched.isEnabled():
                watched.setEnabled(False)
        elif kind == QEvent.Type.MouseButtonDblClick and watched.property(self.QUIET):
            return True
        elif kind == QEvent.Type.ChildAdded and watched.property(self.ROW):
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QAbstractButton):
                with contextlib.suppress(RuntimeError):
                    self.hold([child])
        return False
