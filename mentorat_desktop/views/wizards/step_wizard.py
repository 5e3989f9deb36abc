"""What the follow-up wizards (phases 5 to 9) share: the pair they are about, pages that check
their own fields before moving on, and a last page whose Finish saves everything in one
transaction; a refused save keeps the wizard open with the problems listed.

A wizard opened on a step already recorded starts filled in: finishing it is a correction,
which the audit trail records as such.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _
from mentorat_desktop.services.followup.pair_detail import PairDetail, pair_detail
from mentorat_desktop.services.safekeeping.versions import ChangedElsewhere
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel


class StepPage(QWizardPage):
    """A page with its own problem list; ``check`` returns the problems of its fields."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        body: QWidget,
        check: Callable[[], list[FieldError]] | None = None,
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._check = check
        # Set by the wizard on its last page: the save that Finish runs.
        self.save: Callable[[], object] | None = None
        layout = QVBoxLayout(self)
        # With large type or a small screen the page scrolls instead of squeezing its text.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(body)
        layout.addWidget(scroller, 1)
        self.errors = ErrorsLabel()
        layout.addWidget(self.errors)

    def validatePage(self) -> bool:
        problems = self._check() if self._check else []
        self.errors.show_errors(problems)
        if problems:
            return False
        if self.save is None:
            return True
        return self.errors.attempt(lambda: self.save() or True) is not None


class StepWizard(AsksBeforeDiscarding, QWizard):
    """Base of the follow-up wizards; subclasses add pages and set ``last_page.save``."""

    def __init__(
        self, context: ViewContext, pairing_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.pairing_id = pairing_id
        self.detail: PairDetail = pair_detail(context.db, pairing_id)
        # Whatever the service returned, once Finish has saved.
        self.outcome: object | None = None
        # Set when Finish was refused because the pair changed elsewhere since it was read.
        self.changed_elsewhere: ChangedElsewhere | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWindowTitle(
            _("{step} — {mentor} and {mentee}").format(
                step=title,
                mentor=self.detail.mentor.full_name,
                mentee=self.detail.mentee.full_name,
            )
        )
        self.resize(720, 600)

    def add_step_page(self, page: StepPage) -> StepPage:
        self.addPage(page)
        return page

    def finish_with(self, page: StepPage, save: Callable[[], object]) -> None:
        """Make ``page`` the one whose Finish runs ``save``; keeps what it returned."""

        def run() -> object:
            try:
                with self.context.db.based_on(*filter(None, [self.detail.stamp])):
                    self.outcome = save()
            except ChangedElsewhere as changed:
                # Nothing was written: close, and let the flow say so and reload the pages.
                self.changed_elsewhere = changed
                self.reject()
                raise
            return self.outcome

        page.save = run

    @staticmethod
    def note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label
