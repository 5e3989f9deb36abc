"""Phase 3, the Resources page: read the program's resource library in French or English,
save or print it for participants, and record who has reviewed it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.resources.library_actions import BookletRequest, LibraryActions
from mentorat_desktop.views.resources.library_reader import LibraryReader
from mentorat_desktop.views.resources.review_panel import ReviewPanel

LIBRARY_TAB, REVIEWS_TAB = range(2)


class ResourcesPage(QWidget):
    """``changed``: review dates were recorded (the dashboard counts change).
    ``message``: a line for the status bar (a file saved, pages printed, dates recorded)."""

    changed = Signal()
    message = Signal(str)
    form_requested = Signal(str)  # a DocumentKind value, from the library's form buttons

    def __init__(
        self, context: ViewContext, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortSummary | None = None
        self.folder = folder  # the library's folder; None is the one shipped with the app

        self.reader = LibraryReader(folder, contact=context.preferences.contact())
        self.reviews = ReviewPanel(context)
        self.actions = LibraryActions(context, self)
        self.reader.form_requested.connect(self.form_requested)
        self.reader.save_requested.connect(self.save_pdf)
        self.reader.print_requested.connect(self.print_pdf)
        self.reviews.changed.connect(self.changed)
        self.reviews.message.connect(self.message)
        self.actions.message.connect(self.message)

        title = QLabel(_("Resources"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reader, _("Library"))
        self.tabs.addTab(self.reviews, _("Who has reviewed the resources"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    # Loading -------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self.reviews.set_cohort(cohort)

    def reload(self) -> None:
        self.reviews.reload()

    # Saving and printing -------------------------------------------------------------------

    def save_pdf(self, slug: str = "") -> Path | None:
        """The document ``slug`` (the whole library for "") in the reader's language."""
        return self.actions.save_booklet(self._request(slug))

    def print_pdf(self, slug: str = "") -> int:
        return self.actions.print_booklet(self._request(slug))

    def _request(self, slug: str) -> BookletRequest:
        # The booklet's layout (reportlab) loads when a booklet is asked for.
        from mentorat_desktop.documents.resources_booklet import booklet_stem

        language = self.reader.language()
        document = self.reader.document(slug, language) if slug else None
        return BookletRequest(
            language=language,
            year=self.cohort.name if self.cohort else program_year_of(self.context.clock.today()),
            slugs=(slug,) if slug else None,
            stem=booklet_stem(language, document),
            folder=self.folder,
        )


def program_year_of(today: date) -> str:
    """The year printed in the header when no program year exists yet: September to
    August, written as the committee names its years (« 2026-2027 »)."""
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}-{start + 1}"
