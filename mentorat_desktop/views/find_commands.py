"""The main window's ways to find things: a participant, anything (Ctrl+K), the guide, the
shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from mentorat_desktop.i18n import LANGUAGES, translate_in
from mentorat_desktop.views.page_indexes import MATCHING, PARTICIPANTS

if TYPE_CHECKING:
    from mentorat_desktop.services.finding import Findable
    from mentorat_desktop.views.find.shortcuts_dialog import ShortcutRow


class FindCommands:
    """Mixed into ``MainWindow``: the Edit and Help menus' search and guide commands."""

    def find(self) -> None:
        self.navigation.setCurrentRow(PARTICIPANTS)
        self.participants.focus_search()

    def find_anything(self) -> Findable | None:
        """Ctrl+K: the pages, and the year's people and pairs, in one search."""
        from mentorat_desktop.services.finding import Findable, FoundKind, people_and_pairs
        from mentorat_desktop.views.find.quick_open import QuickOpen

        cohort = self.current_cohort()
        if cohort is None:
            return None
        # A page is found by its name in either language ("pairs" finds « Duos »).
        items = [
            Findable(
                FoundKind.PAGE,
                n,
                spec.title,
                also=" ".join(translate_in(language, spec.name) for language in LANGUAGES),
            )
            for n, spec in enumerate(self._specs)
        ]
        items += people_and_pairs(self.context.db, cohort.id)
        dialog = QuickOpen(items, self)
        went: list[Findable] = []
        dialog.chosen.connect(went.append)
        dialog.chosen.connect(self.go_to)
        self.run_dialog(dialog)
        return went[0] if went else None

    def go_to(self, item: Findable) -> None:
        """Show the page, person or pair a search line stands for."""
        from mentorat_desktop.services.finding import FoundKind

        if item.kind == FoundKind.PAGE:
            self.navigation.setCurrentRow(item.key)
        elif item.kind == FoundKind.PERSON:
            self.navigation.setCurrentRow(PARTICIPANTS)
            self.participants.show_person(item.key)
        elif item.draft:  # a draft pair lives on the board
            self.navigation.setCurrentRow(MATCHING)
        else:
            self.show_pair(item.key)

    def show_guide(self) -> QDialog:
        from mentorat_desktop.views.find.user_guide import UserGuide

        guide = self.findChild(UserGuide)  # one guide, brought back to the front
        if guide is None:
            guide = UserGuide(self)
        guide.show()  # beside the window, so the person can follow it while working
        guide.raise_()
        guide.activateWindow()
        return guide

    def shortcut_rows(self) -> list[ShortcutRow]:
        """Every shortcut, from the menus and the pages' own actions (the board is built so
        that its keys are listed too)."""
        from mentorat_desktop.views.find.shortcuts_dialog import shortcut_rows

        self._fill_board_menu(self.board_menu)
        pages = [
            (spec.title, QWidget.actions(page))  # a page may name something else "actions"
            for spec, page in zip(self._specs, self._pages.pages, strict=True)
            if page is not None
        ]
        return shortcut_rows(self.menuBar(), pages)

    def show_shortcuts(self) -> None:
        from mentorat_desktop.views.find.shortcuts_dialog import ShortcutsDialog

        self.run_dialog(ShortcutsDialog(self.shortcut_rows(), self))
