"""The main window's privacy commands: a person's file, their erasure, a year's anonymisation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.views.page_indexes import PARTICIPANTS

if TYPE_CHECKING:
    from mentorat_desktop.views.privacy.privacy_actions import PrivacyActions


class PrivacyCommands:
    """Mixed into ``MainWindow``: what the Participants menu and the year settings offer."""

    @property
    def privacy_actions(self) -> PrivacyActions:
        """Built on first use: the erasure services are not needed to show the window."""
        if self._privacy_actions is None:
            from mentorat_desktop.views.privacy.privacy_actions import PrivacyActions

            self._privacy_actions = PrivacyActions(self.context)
        return self._privacy_actions

    def _on_selected_participant(self, act: Callable[[], object]) -> None:
        """Ctrl+E with nobody chosen did nothing at all: say where to choose the person."""
        if self._pages.pages[PARTICIPANTS] is None or self.participants.selected() is None:
            self.navigation.setCurrentRow(PARTICIPANTS)
            self.statusBar().showMessage(_("Choose a participant in the list first."), 8000)
            return
        act()

    def _participant_selected(self) -> None:
        built = self._pages.pages[PARTICIPANTS] is not None
        row = self.participants.selected() if built else None
        self.export_person_action.setEnabled(row is not None)
        self.erase_person_action.setEnabled(row is not None)

    def export_participant_file(self) -> Path | None:
        row = self.participants.selected()
        if row is None:
            return None
        return self.privacy_actions.export_person(
            self, row.email, f"{row.first_name}-{row.last_name}"
        )

    def erase_participant(self) -> bool:
        """Erase the selected person in every year; every page then shows the file as it is."""
        row = self.participants.selected()
        if row is None:
            return False
        if self.privacy_actions.erase_person(self, row.email, row.full_name) is None:
            return False
        self._after_destruction()
        return True

    def anonymise_year(self, cohort_id: int, name: str, parent: QWidget | None = None) -> bool:
        if self.privacy_actions.anonymise_year(parent or self, cohort_id, name) is None:
            return False
        self._after_destruction()
        return True

    def _after_destruction(self) -> None:
        # What was destroyed cannot be undone: no page keeps a step that would refer to it.
        self.history.clear_all()
        self.reload_cohorts(select_name=self.current_cohort_name())
        self.pages_changed(*range(len(self._specs)))
