"""Phase 9: the end of the relationship, normal or early. An early end says why; when the mentee
wants a new mentor they go back on the matching board's waiting list, and the ended pair stays
in the history. An end recorded by mistake can be corrected, or undone by reopening the pair."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _, format_date, format_number, ngettext
from mentorat_desktop.models.enums import EarlyEndReason, EndKind
from mentorat_desktop.services.followup import ending
from mentorat_desktop.services.followup.credits import hours_of
from mentorat_desktop.services.followup.ending import CHOSEN_REASONS, EndForm
from mentorat_desktop.services.followup.steps_common import load_pairing
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate
from mentorat_desktop.views.wizards.session_wizard import (
    add_side_action,
    ask,
    close_accepted,
    hbox,
    mark_fields,
)
from mentorat_desktop.views.wizards.step_wizard import StepPage, StepWizard

NATURE, REASON, REFLECTION = range(3)
PAGE_FIELDS = {
    NATURE: {"kind", "ended_on"},
    REASON: {"reason", "reason_detail"},
    REFLECTION: {"reflection"},
}


@dataclass(frozen=True)
class Reopened:
    """The outcome when an end recorded by mistake was undone."""

    pairing_id: int


def boxed(text: str) -> QLabel:
    """A sentence set apart from the form: what is already on file, or what will be."""
    box = QLabel(text)
    box.setWordWrap(True)
    box.setStyleSheet("background: palette(base); border-radius: 6px; padding: 10px;")
    return box


def _text_edit(name: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class EndWizard(StepWizard):
    """Outcome: the service's EndOutcome after Finish, or Reopened after a reopening."""

    def __init__(
        self, context: ViewContext, pairing_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, pairing_id, _("End of the relationship"), parent)
        self.correcting = not self.detail.is_open
        self.mentee_name = self.detail.mentee.full_name
        self._build_fields()
        self.widgets: dict[str, QWidget] = {
            "kind": self.kind_box,
            "ended_on": self.ended_on,
            "reason": self.reason_box,
            "reason_detail": self.reason_detail,
            "reflection": self.reflection,
        }
        self._prefill()
        pages = {
            NATURE: StepPage(
                _("How the relationship ended"),
                _("A normal end, or an early one, and the day it ended."),
                self._nature_body(),
                lambda: self._check(NATURE),
            ),
            REASON: StepPage(
                _("Why it ended early"),
                _("The reason feeds the year-end evaluation summary."),
                self._reason_body(),
                lambda: self._check(REASON),
            ),
            REFLECTION: StepPage(
                _("Reflection and summary"),
                _("A few words on the relationship, then check what Finish will record."),
                self._reflection_body(),
                lambda: self._check(REFLECTION),
            ),
        }
        for page_id, page in pages.items():
            self.setPage(page_id, page)
        self.pages_by_id = pages
        self.finish_with(pages[REFLECTION], self._save)
        self.currentIdChanged.connect(self._refresh_summary)
        if self.correcting:
            add_side_action(self, _("Reopen the relationship…"), self.reopen_relationship)

    # Building ------------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.normal_radio = QRadioButton(_("Normal end: the relationship ran its course"))
        self.early_radio = QRadioButton(_("Early end: it stopped before the planned date"))
        self.kind_box = QWidget()
        kinds = QVBoxLayout(self.kind_box)
        kinds.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        for radio in (self.normal_radio, self.early_radio):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        self.ended_on = QDateEdit(to_qdate(self.context.clock.today()))
        self.ended_on.setCalendarPopup(True)
        self.ended_on.setAccessibleName(_("End date"))
        self.reason_box = QWidget()
        reasons = QVBoxLayout(self.reason_box)
        reasons.setContentsMargins(0, 0, 0, 0)
        self.reason_group = QButtonGroup(self)
        self.reason_radios: dict[EarlyEndReason, QRadioButton] = {}
        # A pair that did not suit at first contact keeps that reason when its end is corrected.
        recorded = self.detail.end_reason
        extra = (recorded,) if recorded and recorded not in CHOSEN_REASONS else ()
        for reason in (*CHOSEN_REASONS, *extra):
            radio = QRadioButton(label(reason))
            self.reason_group.addButton(radio)
            reasons.addWidget(radio)
            self.reason_radios[reason] = radio
        self.reason_radios[EarlyEndReason.OTHER].toggled.connect(self._other_toggled)
        self.reason_detail = _text_edit(_("Details of the reason"), 70)
        self.reason_detail.setPlaceholderText(_("Required when the reason is Other."))
        self.wants_new_mentor = QCheckBox(
            _("{mentee} wants a new mentor").format(mentee=self.mentee_name)
        )
        self.reflection = _text_edit(_("Reflection"), 140)
        self.reflection.setPlaceholderText(
            _("What worked, what was learned, what the committee could improve.")
        )
        self.summary = boxed("")
        self.summary.setObjectName("endSummary")

    def _nature_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.correcting:
            layout.addWidget(
                boxed(
                    _(
                        "This relationship was recorded as ended on {day}. Finishing corrects "
                        "that record; if it was ended by mistake, reopen it instead."
                    ).format(day=format_date(self.detail.ended_on, "long"))
                )
            )
        layout.addWidget(self.kind_box)
        dates = QFormLayout()
        dates.addRow(_("End date"), hbox(self.ended_on))
        layout.addLayout(dates)
        layout.addWidget(
            self.note(
                _(
                    "Planned end: {day}. Pairs who wish may keep meeting informally afterwards; "
                    "nothing more is asked of the committee."
                ).format(day=format_date(self.detail.end_on, "long"))
            )
        )
        layout.addStretch(1)
        return body

    def _reason_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(_("Reason"), self.reason_box)
        form.addRow(_("Details"), self.reason_detail)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.wants_new_mentor)
        consequence = self.note(
            _(
                "{mentee} then goes back on the matching board's waiting list, to be paired "
                "with another mentor. This pair stays in the history."
            ).format(mentee=self.mentee_name)
        )
        # Indented under the check box it explains.
        consequence.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(consequence)
        layout.addStretch(1)
        return body

    def _reflection_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(_("Reflection (optional)"))
        caption.setBuddy(self.reflection)
        layout.addWidget(caption)
        layout.addWidget(self.reflection)
        layout.addSpacing(8)
        heading = QLabel(_("What Finish will record"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return body

    def _prefill(self) -> None:
        """A recorded end comes back as it was, so that Finish corrects it."""
        d = self.detail
        if d.end_kind is not None:
            radio = self.early_radio if d.end_kind == EndKind.EARLY else self.normal_radio
            radio.setChecked(True)
        if d.ended_on is not None:
            self.ended_on.setDate(to_qdate(d.ended_on))
        if d.end_reason in self.reason_radios:
            self.reason_radios[d.end_reason].setChecked(True)
        self.reason_detail.setPlainText(d.end_reason_detail)
        self.wants_new_mentor.setChecked(d.mentee_wants_new_mentor)
        self.reflection.setPlainText(d.reflection)
        self._other_toggled(self.reason_radios[EarlyEndReason.OTHER].isChecked())

    def _other_toggled(self, other: bool) -> None:
        self.reason_detail.setPlaceholderText(
            _("Say briefly what the reason is.") if other else _("Optional.")
        )

    # Values --------------------------------------------------------------------------------

    def kind(self) -> EndKind | None:
        if self.early_radio.isChecked():
            return EndKind.EARLY
        return EndKind.NORMAL if self.normal_radio.isChecked() else None

    def reason(self) -> EarlyEndReason | None:
        return next((r for r, radio in self.reason_radios.items() if radio.isChecked()), None)

    def form(self) -> EndForm:
        early = self.kind() == EndKind.EARLY
        return EndForm(
            self.kind(),
            from_qdate(self.ended_on.date()),
            self.reason() if early else None,
            self.reason_detail.toPlainText() if early else "",
            early and self.wants_new_mentor.isChecked(),
            self.reflection.toPlainText(),
        )

    def nextId(self) -> int:
        """The reason page only for an early end."""
        current = self.currentId()
        if current == NATURE:
            return REASON if self.kind() == EndKind.EARLY else REFLECTION
        if current == REASON:
            return REFLECTION
        return -1

    # Checking and saving -------------------------------------------------------------------

    def _check(self, page_id: int) -> list[FieldError]:
        """The service's rules, limited to the fields of the page being left."""
        with self.context.db.unit_of_work() as session:
            pairing = load_pairing(session, self.pairing_id)
            errors = ending.validate(self.form(), pairing, self.context.clock.today())
        mine = [e for e in errors if e.field in PAGE_FIELDS[page_id]]
        mark_fields({k: w for k, w in self.widgets.items() if k in PAGE_FIELDS[page_id]}, mine)
        return mine

    def _save(self) -> ending.EndOutcome:
        return ending.end_relationship(
            self.context.db, self.pairing_id, self.form(), self.context.actor
        )

    def summary_text(self) -> str:
        """What Finish will record, in plain sentences."""
        form = self.form()
        d = self.detail
        day = format_date(form.ended_on, "long")
        if form.kind == EndKind.EARLY:
            lines = [
                _("The relationship will be recorded as ended early on {day}.").format(day=day)
            ]
            if form.reason is not None:
                lines.append(_("Reason: {reason}.").format(reason=label(form.reason)))
            if form.mentee_wants_new_mentor:
                lines.append(
                    _(
                        "{mentee} goes back on the matching board's waiting list; this pair "
                        "stays in the history."
                    ).format(mentee=self.mentee_name)
                )
        else:
            lines = [
                _("The relationship will be recorded as ended normally on {day}.").format(day=day)
            ]
        count = len(d.sessions)
        lines.append(
            ngettext(
                "The pair logged {n} session, {hours} hours in all.",
                "The pair logged {n} sessions, {hours} hours in all.",
                count,
            ).format(n=count, hours=format_number(hours_of(d.minutes)))
        )
        lines.append(_("Next step: mentor and mentee each evaluate the relationship."))
        if self.correcting:
            lines.append(_("This corrects the end recorded earlier."))
        return "\n".join(f"• {line}" for line in lines)

    def _refresh_summary(self, page_id: int) -> None:
        if page_id == REFLECTION:
            self.summary.setText(self.summary_text())

    # Reopening -----------------------------------------------------------------------------

    def confirm_reopen(self) -> bool:
        return ask(
            self,
            _("Reopen the relationship"),
            _(
                "Reopen the relationship between {mentor} and {mentee}? The recorded end, its "
                "reason and the reflection are removed, and the pair is followed up again."
            ).format(mentor=self.detail.mentor.full_name, mentee=self.mentee_name),
            _("Reopen"),
            _("Keep it ended"),
        )

    def reopen_relationship(self) -> bool:
        """Undo an end recorded by mistake, once confirmed; closes the wizard when done."""
        if not self.correcting or not self.confirm_reopen():
            return False
        page = self.currentPage()
        assert isinstance(page, StepPage)
        done = page.errors.attempt(
            lambda: (
                ending.reopen_relationship(self.context.db, self.pairing_id, self.context.actor)
                or True
            )
        )
        if done is None:
            return False
        self.outcome = Reopened(self.pairing_id)
        close_accepted(self)
        return True
