"""Ready-made "Print ▾" menus, so the pair page and the participants page each need one line.

The getter is asked when the menu opens and when an entry is chosen, so the menu always acts
on what is selected then; with nothing selected its entries are disabled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.views.documents.document_actions import DocumentActions
from mentorat_desktop.views.documents.labels import (
    PAIR_KINDS,
    print_action_text,
    save_action_text,
)

IdGetter = Callable[[], int | None]


def _when_chosen(getter: IdGetter, command: Callable[[int], object]) -> Callable[[], None]:
    def run(_checked: bool = False) -> None:
        selected = getter()
        if selected is not None:
            command(selected)

    return run


def _enable_on_show(menu: QMenu, getter: IdGetter) -> None:
    def update() -> None:
        enabled = getter() is not None
        for action in menu.actions():
            action.setEnabled(enabled)

    menu.aboutToShow.connect(update)


def documents_menu(actions: DocumentActions, pairing_id_getter: IdGetter, parent: QWidget) -> QMenu:
    """For each pair document, "Save … as PDF…" and "Print ……"."""
    menu = QMenu(parent)
    for number, kind in enumerate(PAIR_KINDS):
        if number:
            menu.addSeparator()
        save = menu.addAction(save_action_text(kind))
        save.triggered.connect(
            _when_chosen(pairing_id_getter, lambda pid, k=kind: actions.save_pair_document(pid, k))
        )
        send = menu.addAction(print_action_text(kind))
        send.triggered.connect(
            _when_chosen(pairing_id_getter, lambda pid, k=kind: actions.print_pair_document(pid, k))
        )
    _enable_on_show(menu, pairing_id_getter)
    return menu


def credit_statement_menu(
    actions: DocumentActions, participation_id_getter: IdGetter, parent: QWidget
) -> QMenu:
    """ "Save the credit statement as PDF…" and "Print the credit statement…"."""
    menu = QMenu(parent)
    kind = DocumentKind.CREDITS
    menu.addAction(save_action_text(kind)).triggered.connect(
        _when_chosen(participation_id_getter, actions.save_credit_statement)
    )
    menu.addAction(print_action_text(kind)).triggered.connect(
        _when_chosen(participation_id_getter, actions.print_credit_statement)
    )
    _enable_on_show(menu, participation_id_getter)
    return menu


def menu_button(text: str, menu: QMenu | None = None, parent: QWidget | None = None) -> QPushButton:
    """A push button that drops ``menu`` down (set it now or later).

    A push button keeps room for its arrow beside the text; a tool button drew the arrow over
    the last letter.
    """
    button = QPushButton(text, parent)
    if menu is not None:
        button.setMenu(menu)
    return button
