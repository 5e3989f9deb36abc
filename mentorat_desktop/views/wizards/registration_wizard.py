"""Phase 2: the registration wizard. Each page checks its own fields before moving on, and
Finish saves everything in one transaction; a refused save keeps the wizard open and intact."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import RegistrationFields

IDENTITY, WORK, MENTOR, MENTEE, PREFERENCES, CONSENT = range(6)

PAGE_FIELDS: dict[int, set[str]] = {
    IDENTITY: {"first_name", "last_name", "email", "phone"},
    WORK: {
        "organisation",
        "workplace",
        "region",
        "job_title",
        "years_of_experience",
        "is_member",
        "is_certified",
    },
    MENTOR: {"expertise_areas", "capacity"},
    MENTEE: {"development_areas", "development_objectives", "mentor_expectations"},
    PREFERENCES: {"meeting_modes", "leads_capabilities", "motivation"},
    CONSENT: {"consent_date", "registered_on", "committee_notes"},
}


class FieldsPage(QWizardPage):
    """A page showing one section of the registration fields and checking only those."""

    def __init__(
        self, wizard: RegistrationWizard, page_id: int, title: str, subtitle: str, section: QWidget
    ) -> None:
        super().__init__()
        self._wizard = wizard
        self._page_id = page_id
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        # With large type or a small screen the page scrolls instead of squeezing its text.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(section)
        layout.addWidget(scroller, 1)
        self.errors = ErrorsLabel()
        layout.addWidget(self.errors)

    def validatePage(self) -> bool:
        return self._wizard.check_page(self)

    def nextId(self) -> int:
        fields = self._wizard.fields
        if self._page_id == WORK:
            return MENTOR if fields.role() == Role.MENTOR else MENTEE
        if self._page_id in (MENTOR, MENTEE):
            return PREFERENCES
        if self._page_id == CONSENT:
            return -1
        return self._page_id + 1


class RegistrationWizard(AsksBeforeDiscarding, QWizard):
    registered = Signal(object)  # ParticipantRow

    def __init__(
        self, context: ViewContext, cohort: CohortSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort = cohort
        self.saved: ParticipantRow | None = None
        self.setWindowTitle(_("Register a participant — {cohort}").format(cohort=cohort.name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.fields = RegistrationFields(context.clock.today(), self)
        pages = {
            IDENTITY: (
                _("Who registers"),
                _("Role, name and how to reach the person."),
                self.fields.identity,
            ),
            WORK: (
                _("Work and membership"),
                _("Where the person works and their place in the College."),
                self.fields.work,
            ),
            MENTOR: (
                _("What the mentor offers"),
                _("Areas of expertise and how many mentees they can take this year."),
                self.fields.mentor,
            ),
            MENTEE: (
                _("What the mentee is looking for"),
                _("What they want to develop and what they expect of a mentor."),
                self.fields.mentee,
            ),
            PREFERENCES: (
                _("How they want to work"),
                _("Meeting modes, LEADS capabilities and motivation, used for matching."),
                self.fields.preferences,
            ),
            CONSENT: (
                _("Consent and registration"),
                _("Record the person's consent to the stated purpose, then finish."),
                self.fields.consent,
            ),
        }
        self.pages_by_id: dict[int, FieldsPage] = {}
        for page_id, (title, subtitle, section) in pages.items():
            page = FieldsPage(self, page_id, title, subtitle, section)
            self.pages_by_id[page_id] = page
            self.setPage(page_id, page)
        self.setStartId(IDENTITY)
        self.resize(760, 640)

    def check_page(self, page: FieldsPage) -> bool:
        """Validate the page's own fields; on the last page, save."""
        form = self.fields.form()
        page_id = next(pid for pid, p in self.pages_by_id.items() if p is page)
        errors = registration.validate(registration.clean(form), only=PAGE_FIELDS[page_id])
        duplicate = (
            page_id == IDENTITY
            and not errors
            and registration.is_registered(self.context.db, self.cohort.id, form.email)
        )
        if duplicate:
            errors = [registration.duplicate_error(form.email, self.cohort.name)]
        self.fields.mark(errors)
        page.errors.show_errors(errors)
        if errors:
            return False
        if page_id == CONSENT:
            return self._save(page)
        return True

    def _save(self, page: FieldsPage) -> bool:
        self.saved = page.errors.attempt(
            lambda: registration.register(
                self.context.db, self.cohort.id, self.fields.form(), actor=self.context.actor
            ),
            on_errors=self.fields.mark,
        )
        if self.saved is None:
            return False
        self.registered.emit(self.saved)
        return True
