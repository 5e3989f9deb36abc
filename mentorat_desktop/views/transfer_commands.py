"""The main window's import and export commands (the File menu's, and the welcome page's)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import ngettext
from mentorat_desktop.views import transfer_actions
from mentorat_desktop.views.page_indexes import PARTICIPANTS

if TYPE_CHECKING:
    from mentorat_desktop.services.importing.contract import ImportResult


class TransferCommands:
    """Mixed into ``MainWindow``: registrations in from a workbook, a year's lists out."""

    def import_into_new_year(self) -> ImportResult | None:
        """From the welcome page: the year the registrations go into comes first."""
        if self.current_cohort() is None and self.new_cohort() is None:
            return None
        return self.import_registrations()

    def import_registrations(self) -> ImportResult | None:
        cohort = self.current_cohort()
        if cohort is None:
            return None
        from mentorat_desktop.views.wizards.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, cohort, self)
        if not self.run_dialog(wizard) or wizard.result_of_import is None:
            return None
        self.pages_changed(PARTICIPANTS)
        self._cohort_data_changed()
        self.statusBar().showMessage(wizard.summary())
        return wizard.result_of_import

    def choose_export_path(self, suggested: str) -> Path | None:
        """The save dialog; tests replace this."""
        return transfer_actions.choose_export_path(self, suggested)

    def export(self, kind: str) -> Path | None:
        cohort = self.current_cohort()
        if cohort is None:
            return None
        path = self.choose_export_path(transfer_actions.default_export_name(kind, cohort))
        if path is None:
            return None
        try:
            rows = transfer_actions.export_to(self.context.db, kind, cohort, path)
        except UserError as error:
            transfer_actions.report_error(self, error)
            return None
        self.statusBar().showMessage(
            ngettext("{n} row exported to {path}.", "{n} rows exported to {path}.", rows).format(
                n=rows, path=path
            )
        )
        return path
