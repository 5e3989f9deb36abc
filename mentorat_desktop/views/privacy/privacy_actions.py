"""A person's file, erasure and a year's anonymisation, asked and reported the same way from
every place that offers them (the participant's page, the dashboard, the year's settings and
the Privacy section)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from mentorat_desktop.errors import UserError, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.services.evaluation_summary.summary import NAME_REMOVED
from mentorat_desktop.services.privacy.destruction import backup_line
from mentorat_desktop.services.privacy.operations import (
    DestructionReport,
    anonymise_year_completely,
    erase_person_completely,
)
from mentorat_desktop.services.privacy.purposes import privacy_statement
from mentorat_desktop.services.privacy.scope import goes, stays
from mentorat_desktop.views.context import ViewContext

T = TypeVar("T")

# Seams for tests: the questions asked and the answers shown.
Confirm = Callable[[QWidget, str, str], bool]
AskText = Callable[[QWidget, str, str], tuple[str, bool]]
AskPath = Callable[[QWidget, str], str]
Inform = Callable[[QWidget, str, str], None]


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.warning(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask_text(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label)


def _ask_path(parent: QWidget, suggested: str) -> str:
    name, _filter = QFileDialog.getSaveFileName(
        parent, _("Save the person's file"), suggested, _("JSON (*.json);;Excel (*.xlsx)")
    )
    return name


def _inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirmation_text(heading: str, *, whole_year: bool) -> str:
    lines = [heading, "", _("What will be destroyed:")]
    lines += [f"• {item}" for item in goes(whole_year=whole_year, mark=_(NAME_REMOVED))]
    lines += ["", _("What stays:")] + [f"• {item}" for item in stays()]
    lines += ["", _("This cannot be undone.")]
    return "\n".join(lines)


def destruction_message(report: DestructionReport) -> str:
    return "\n".join(
        [_("Done: the file was compacted.")] + [backup_line(b) for b in report.backups]
    )


class PrivacyActions:
    """Each operation asks first, runs as one unit of work and says what happened.

    A refusal (unknown e-mail, year not due, file fault) is shown in words and the operation
    returns None, so callers only refresh on success.
    """

    def __init__(self, context: ViewContext) -> None:
        self.context = context
        self.confirm: Confirm = _confirm
        self.ask_text: AskText = _ask_text
        self.ask_path: AskPath = _ask_path
        self.inform: Inform = _inform
        self.refused: Inform = lambda parent, title, text: QMessageBox.warning(parent, title, text)

    def attempt(self, parent: QWidget, title: str, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except ValidationFailed as failure:
            self.refused(parent, title, "\n".join(error.message for error in failure.errors))
        except UserError as error:
            self.refused(parent, title, error.message)
        return None

    def export_person(self, parent: QWidget, email: str, suggested_name: str = "") -> Path | None:
        from mentorat_desktop.services.privacy.person_file import write_person_file

        email = email.strip()
        if not email:
            return None
        name = self.ask_path(parent, str(Path.home() / (suggested_name or "dossier")) + ".json")
        if not name:
            return None
        statement = privacy_statement()
        title = _("Save the person's file")
        path = self.attempt(
            parent,
            title,
            lambda: write_person_file(
                self.context.db,
                email,
                Path(name),
                privacy_officer=statement.officer,
                purposes=statement.purposes,
            ),
        )
        if path is not None:
            self.inform(parent, title, _("Person's file written to {path}.").format(path=path))
        return path

    def erase_person(self, parent: QWidget, email: str, who: str = "") -> DestructionReport | None:
        email = email.strip()
        if not email:
            return None
        title = _("Erase a person")
        if who:
            heading = _("Erase {name} (e-mail address {email}), in every program year.").format(
                name=who, email=email
            )
        else:
            heading = _(
                "Erase the person whose e-mail address is {email}, in every program year."
            ).format(email=email)
        if not self.confirm(parent, title, confirmation_text(heading, whole_year=False)):
            return None
        reason, given = self.ask_text(parent, title, _("Reason (for the history):"))
        if not given:
            return None
        report = self.attempt(
            parent,
            title,
            lambda: erase_person_completely(
                self.context.db, email, reason or _("Request to erase"), self.context.actor
            ),
        )
        if report is not None:
            self.inform(parent, title, destruction_message(report))
        return report

    def anonymise_year(
        self, parent: QWidget, cohort_id: int, name: str
    ) -> DestructionReport | None:
        title = _("Anonymise a program year")
        heading = _("Anonymise the program year {name}: everyone registered in it.").format(
            name=name
        )
        if not self.confirm(parent, title, confirmation_text(heading, whole_year=True)):
            return None
        report = self.attempt(
            parent,
            title,
            lambda: anonymise_year_completely(
                self.context.db, cohort_id, _("Retention period over"), self.context.actor
            ),
        )
        if report is not None:
            self.inform(parent, title, destruction_message(report))
        return report
