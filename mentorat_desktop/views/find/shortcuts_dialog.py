"""Help ▸ Keyboard shortcuts: every key the window answers to, read from the actions.

Nothing here is a hand-kept list: the menus are walked as they stand, then the actions pages
carry of their own (the matching board's), so a shortcut added anywhere shows up here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _


@dataclass(frozen=True)
class ShortcutRow:
    group: str
    action: str
    keys: str


def plain_text(text: str) -> str:
    """A menu text as read: no mnemonic ampersand (a doubled one is a real "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def on_a_usual_keyboard(sequence: QKeySequence) -> bool:
    """Standard keys also bind F14 or a dedicated Undo key, which a volunteer's keyboard lacks."""
    return all(
        sequence[i].key().value < Qt.Key.Key_F13.value for i in range(sequence.count())
    )


def keys_text(action: QAction) -> str:
    sequences = [sequence for sequence in action.shortcuts() if not sequence.isEmpty()]
    usual = [sequence for sequence in sequences if on_a_usual_keyboard(sequence)]
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in usual or sequences
    )


def _menu_rows(menu: QMenu, group: str, seen: set[int]) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, f"{group} ▸ {plain_text(submenu.title())}", seen)
        elif keys_text(action) and id(action) not in seen:
            seen.add(id(action))
            rows.append(ShortcutRow(group, plain_text(action.text()), keys_text(action)))
    return rows


def shortcut_rows(
    menu_bar: QMenuBar, others: Iterable[tuple[str, Iterable[QAction]]] = ()
) -> list[ShortcutRow]:
    """The menus' actions with a key, in menu order, then each named group of other actions."""
    seen: set[int] = set()
    rows: list[ShortcutRow] = []
    for action in menu_bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, plain_text(menu.title()), seen)
    for group, actions in others:
        for action in actions:
            if keys_text(action) and id(action) not in seen:
                seen.add(id(action))
                rows.append(ShortcutRow(group, plain_text(action.text()), keys_text(action)))
    return rows


def rows_html(rows: list[ShortcutRow]) -> str:
    parts = ['<table cellspacing="0" cellpadding="4" width="100%">']
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            parts.append(f'<tr><td colspan="2"><h3>{escape(group)}</h3></td></tr>')
        parts.append(f"<tr><td>{escape(row.action)}</td><td><b>{escape(row.keys)}</b></td></tr>")
    parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Keyboard shortcuts"))
        self.rows = rows
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(_("Keyboard shortcuts"))
        self.browser.setHtml(rows_html(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)
