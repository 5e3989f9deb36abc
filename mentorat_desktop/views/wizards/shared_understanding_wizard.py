"""Phase 6: both people have gone over what each one commits to and agreed on what they
expect. One page: a short reminder of each role, the two confirmations and the date."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.followup.phases import Phase, phase_title
from mentorat_desktop.services.followup.shared_understanding import (
    SharedUnderstandingForm,
    record_shared_understanding,
)
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate
from mentorat_desktop.views.wizards.step_wizard import StepPage, StepWizard

# A bulleted list whose wrapped lines stay under their first word, indented like the text.
LIST_START = "<ul style='margin-left: -20px; margin-top: 4px;'>"


def _mentor_points() -> list[str]:
    return [
        _("Is available and gives the mentee undivided time."),
        _("Listens, guides and leads by example."),
        _("Prepares sessions and pushes the mentee past their comfort zone."),
        _("Sets clear limits and agrees on the objectives."),
        _("Opens their network and suggests several ways to learn."),
        _("Advises on a career move but does not look for a job for the mentee."),
    ]


def _mentee_points() -> list[str]:
    return [
        _("Drives the sessions towards their own interests and challenges."),
        _("Prepares each session and stays focused."),
        _("Listens to feedback with an open mind and dares to ask."),
        _("Respects the mentor's schedule and keeps the agreed pace."),
        _("Knows that an answer within 24 to 48 hours is normal."),
        _("Reflects on the relationship and says thank you."),
    ]


class SharedUnderstandingWizard(StepWizard):
    """Records (or corrects) the shared understanding; the service returns nothing."""

    recorded = Signal(int)  # the pair's id, once Finish has saved

    def __init__(
        self, context: ViewContext, pairing_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, pairing_id, phase_title(Phase.SHARED_UNDERSTANDING), parent)
        self.today = context.clock.today()
        self.correction = self.detail.shared_understanding_on is not None
        # One page: the service's refusal, if any, is shown right here.
        self.page = self.add_step_page(
            StepPage(
                _("Roles and expectations"),
                _(
                    "Both went over what each one commits to and agreed on what they expect "
                    "of the relationship."
                ),
                self._body(),
            )
        )
        self.finish_with(self.page, self._save)
        if self.correction:
            self._fill_from_detail()
        self.resize(800, 640)

    def _body(self) -> QWidget:
        d = self.detail
        body = QWidget()
        layout = QVBoxLayout(body)
        if d.first_contact_on is None or d.suits_both is False:
            layout.addWidget(
                self.note(_("Record a first contact where the pairing suits both first."))
            )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.understood_on = QDateEdit(to_qdate(self.today))
        self.understood_on.setCalendarPopup(True)
        self.understood_on.setMaximumDate(to_qdate(self.today))
        self.understood_on.setAccessibleName(_("Date they reached a shared understanding"))
        form.addRow(_("Date of the discussion"), self.understood_on)
        layout.addLayout(form)
        roles = QHBoxLayout()
        roles.addWidget(
            self._role_box(
                _("{role}: {name}").format(role=label(Role.MENTOR), name=d.mentor.full_name),
                _("What the mentor commits to"),
                _mentor_points(),
            )
        )
        roles.addWidget(
            self._role_box(
                _("{role}: {name}").format(role=label(Role.MENTEE), name=d.mentee.full_name),
                _("What the mentee commits to"),
                _mentee_points(),
            )
        )
        layout.addLayout(roles)
        layout.addWidget(self.note(_("Both keep what is said in their sessions confidential.")))
        self.roles_reviewed = QCheckBox(
            _("Both reviewed their roles and responsibilities together")
        )
        self.expectations_agreed = QCheckBox(_("Both agreed on what they expect of each other"))
        layout.addWidget(self.roles_reviewed)
        layout.addWidget(self.expectations_agreed)
        if self.correction:
            layout.addWidget(
                self.note(
                    _(
                        "This step was recorded on {day}. Finish saves your changes as a "
                        "correction, kept in the history."
                    ).format(day=format_date(d.shared_understanding_on))
                )
            )
        layout.addStretch()
        return body

    def _role_box(self, title: str, accessible: str, points: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        text = self.note(LIST_START + "".join(f"<li>{escape(p)}</li>" for p in points) + "</ul>")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAccessibleName(accessible)
        inner.addWidget(text)
        inner.addStretch()
        return box

    def _fill_from_detail(self) -> None:
        day = self.detail.shared_understanding_on
        if day is not None:
            self.understood_on.setMaximumDate(to_qdate(max(self.today, day)))
            self.understood_on.setDate(to_qdate(day))
        # PairDetail does not carry the two booleans; a recorded step had both confirmed.
        self.roles_reviewed.setChecked(True)
        self.expectations_agreed.setChecked(True)

    def form(self) -> SharedUnderstandingForm:
        return SharedUnderstandingForm(
            from_qdate(self.understood_on.date()),
            self.roles_reviewed.isChecked(),
            self.expectations_agreed.isChecked(),
        )

    def _save(self) -> None:
        record_shared_understanding(
            self.context.db, self.pairing_id, self.form(), actor=self.context.actor
        )
        self.recorded.emit(self.pairing_id)
