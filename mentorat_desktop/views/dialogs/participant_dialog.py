"""Correcting a registration: the same fields as the wizard, in tabs, saved in one go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services import registration
from mentorat_desktop.services.importing.describe import review_text
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.services.safekeeping.versions import ChangedElsewhere, read_stamp
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import RegistrationFields


def _scrolling(section: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(section)
    return area


class ParticipantDialog(AsksBeforeDiscarding, QDialog):
    def __init__(
        self, context: ViewContext, participation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.participation_id = participation_id
        self.saved: ParticipantRow | None = None
        # Set when a save was refused because the registration changed elsewhere.
        self.changed_elsewhere = False
        self.stamp = read_stamp(context.db, "participant", participation_id)
        form = registration.load_form(context.db, participation_id)
        self.setWindowTitle(
            _("Registration of {name}").format(name=f"{form.first_name} {form.last_name}")
        )
        self.fields = RegistrationFields(context.clock.today(), self)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self.fields.identity), _("Identity"))
        self.tabs.addTab(_scrolling(self.fields.work), _("Work"))
        self._mentor_tab = self.tabs.addTab(_scrolling(self.fields.mentor), _("Mentor"))
        self._mentee_tab = self.tabs.addTab(_scrolling(self.fields.mentee), _("Mentee"))
        self.tabs.addTab(_scrolling(self.fields.preferences), _("Preferences"))
        self.tabs.addTab(_scrolling(self.fields.consent), _("Consent"))
        self.errors = ErrorsLabel()
        self.to_review = QLabel(review_text(form.answers_to_review))
        self.to_review.setObjectName("toReview")
        self.to_review.setWordWrap(True)
        self.to_review.setVisible(bool(form.answers_to_review))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.to_review)
        layout.addWidget(self.tabs)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.fields.role_changed.connect(self._show_role_tab)
        self.fields.set_form(form)
        self._show_role_tab()
        self.resize(760, 620)

    def _show_role_tab(self, _role: str = "") -> None:
        mentor = self.fields.role() == Role.MENTOR
        self.tabs.setTabVisible(self._mentor_tab, mentor)
        self.tabs.setTabVisible(self._mentee_tab, not mentor)

    def accept(self) -> None:
        """Save, or stay open with the problems listed; nothing is half saved. Changed
        elsewhere since it opened: nothing saved, the registration as it is now is shown."""
        self.saved = self.errors.attempt(self._save, on_errors=self.fields.mark)
        if self.saved is None:
            return
        super().accept()

    def _save(self) -> ParticipantRow:
        db = self.context.db
        try:
            with db.based_on(self.stamp):
                return registration.update(
                    db, self.participation_id, self.fields.form(), actor=self.context.actor
                )
        except ChangedElsewhere:
            self.changed_elsewhere = True
            self.stamp = read_stamp(db, "participant", self.participation_id)
            self.fields.set_form(registration.load_form(db, self.participation_id))
            raise  # said in the dialog's problem list
