"""Planning an activity in two pages: what and when, then who is invited and why.

The wizard only gathers an ``ActivityForm``; the page turns it into an undo command, so
nothing is written before Finish and the whole planning is one transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityKind,
    ActivityLanguage,
    ActivityProposer,
    ParticipationStatus,
    Role,
)
from mentorat_desktop.services.activities.planning import validate
from mentorat_desktop.services.activities.records import ActivityForm, RequestRow
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.registration import ParticipantRow


def _combo(members: list) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(label(member), member)
    return combo


def _checked_ids(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class WhatPage(QWizardPage):
    def __init__(self, today: date) -> None:
        super().__init__()
        self.setTitle(_("What and when"))
        self.setSubTitle(_("The activity as invitees will see it."))
        self.title = QLineEdit()
        self.kind = _combo(list(ActivityKind))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.held_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setCalendarPopup(True)
        self.starts_at = QTimeEdit(QTime(12, 0))
        self.duration = QSpinBox()
        self.duration.setRange(15, 12 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(" min")
        self.place = QLineEdit()
        self.video_link = QLineEdit()
        self.video_link.setPlaceholderText("https://")
        self.language = _combo(list(ActivityLanguage))
        self.language.setCurrentIndex(list(ActivityLanguage).index(ActivityLanguage.BILINGUAL))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(_("Title:"), self.title)
        layout.addRow(_("Kind:"), self.kind)
        layout.addRow(_("Description:"), self.description)
        layout.addRow(_("Date:"), self.held_on)
        layout.addRow(_("Start:"), self.starts_at)
        layout.addRow(_("Duration:"), self.duration)
        layout.addRow(_("Place:"), self.place)
        layout.addRow(_("Video link:"), self.video_link)
        layout.addRow(_("Language:"), self.language)
        layout.addRow(self.error)

    def fill(self, form: ActivityForm) -> None:
        form.title = self.title.text()
        form.kind = ActivityKind(self.kind.currentData())
        form.description = self.description.toPlainText()
        form.held_on = self.held_on.date().toPython()
        form.starts_at = self.starts_at.time().toPython()
        form.duration_minutes = self.duration.value()
        form.place = self.place.text()
        form.video_link = self.video_link.text()
        form.language = ActivityLanguage(self.language.currentData())

    def validatePage(self) -> bool:
        form = ActivityForm()
        self.fill(form)
        fields = {"title", "held_on", "duration_minutes", "video_link"}
        errors = [e.message for e in validate(form) if e.field in fields]
        self.error.setText("\n".join(errors))
        return not errors


class WhoPage(QWizardPage):
    def __init__(self, people: list[ParticipantRow], requests: list[RequestRow]) -> None:
        super().__init__()
        self.setTitle(_("Who is invited"))
        self.setSubTitle(_("Withdrawn participants are never invited."))
        self.audience = _combo(list(ActivityAudience))
        self.proposed_by = _combo(list(ActivityProposer))
        self.mentor = QComboBox()
        self.chosen = QListWidget()
        active = [p for p in people if p.status != ParticipationStatus.WITHDRAWN]
        for p in sorted(active, key=lambda p: (p.last_name, p.first_name)):
            if p.role == Role.MENTOR:
                self.mentor.addItem(p.full_name, p.participation_id)
            item = QListWidgetItem(
                f"{p.full_name} — {label(p.role)}, {label(p.preferred_language)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, p.participation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.chosen.addItem(item)
        self.requests = QListWidget()
        self.requests.setFixedHeight(90)
        for r in requests:
            item = QListWidgetItem(f"{r.topic} ({r.requester_name})")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.requests.addItem(item)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        layout = QFormLayout(self)
        layout.addRow(_("Audience:"), self.audience)
        layout.addRow(_("Chosen people:"), self.chosen)
        layout.addRow(_("Proposed by:"), self.proposed_by)
        layout.addRow(_("Mentor:"), self.mentor)
        layout.addRow(_("Requests it answers:"), self.requests)
        layout.addRow(self.error)
        self.audience.currentIndexChanged.connect(self._enable)
        self.proposed_by.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.chosen.setEnabled(self.audience.currentData() == ActivityAudience.CHOSEN)
        self.mentor.setEnabled(self.proposed_by.currentData() == ActivityProposer.MENTOR)

    def fill(self, form: ActivityForm) -> None:
        form.audience = ActivityAudience(self.audience.currentData())
        form.chosen = _checked_ids(self.chosen) if form.audience == ActivityAudience.CHOSEN else []
        form.proposed_by = ActivityProposer(self.proposed_by.currentData())
        form.proposing_mentor_id = (
            self.mentor.currentData() if form.proposed_by == ActivityProposer.MENTOR else None
        )
        form.request_ids = _checked_ids(self.requests)

    def validatePage(self) -> bool:
        form = ActivityForm(held_on=date.today())
        self.fill(form)
        errors = [e.message for e in validate(form) if e.field in {"chosen", "proposing_mentor_id"}]
        self.error.setText("\n".join(errors))
        return not errors


class PlanWizard(QWizard):
    def __init__(
        self,
        today: date,
        people: list[ParticipantRow],
        requests: list[RequestRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Plan an activity"))
        self.what = WhatPage(today)
        self.who = WhoPage(people, requests)
        self.addPage(self.what)
        self.addPage(self.who)
        self.resize(640, 560)

    def form(self) -> ActivityForm:
        form = ActivityForm()
        self.what.fill(form)
        self.who.fill(form)
        return form
