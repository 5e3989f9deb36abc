"""Phase 5: the mentor's first call, entered as the committee hears about it: when it took place,
what the pair agreed on, and whether the pairing suits both of them.

Saying it does not suit is a normal answer, so the last page says plainly what Finish will
then do (end the pair, send the mentee back to the waiting list) before anyone clicks it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.services.followup import first_contact
from mentorat_desktop.services.followup.first_contact import (
    AGREEMENT_TOPICS,
    FirstContactForm,
    FirstContactOutcome,
    agreement_title,
    record_first_contact,
)
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_GROUPS, questions_of
from mentorat_desktop.services.followup.phases import Phase, phase_title
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate
from mentorat_desktop.views.wizards.step_wizard import StepPage, StepWizard

# A bulleted list whose wrapped lines stay under their first word, indented like the text.
LIST_START = "<ul style='margin-left: -20px; margin-top: 4px;'>"


def _placeholders() -> dict[str, str]:
    """Examples that show the level of detail expected, one per agreement topic."""
    return {
        "calendar": _("e.g. First Tuesday of the month, October to June"),
        "frequency": _("e.g. About once a month, 60 to 90 minutes"),
        "modes": _("e.g. Video calls, in person once a season"),
        "cancellations": _("e.g. Warn at least 24 hours ahead and suggest another date"),
        "problems": _("e.g. Talk about it frankly first; call the committee if it persists"),
        "confidentiality": _("e.g. What is said stays between the two of them"),
    }


class FirstContactWizard(StepWizard):
    """Records (or corrects) the first contact; ``outcome`` is a ``FirstContactOutcome``."""

    recorded = Signal(object)  # FirstContactOutcome, once Finish has saved

    def __init__(
        self, context: ViewContext, pairing_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, pairing_id, phase_title(Phase.FIRST_CONTACT), parent)
        self.today = context.clock.today()
        self.correction = self.detail.first_contact_on is not None
        self.when_page = self.add_step_page(
            StepPage(
                _("When the mentor called"),
                _("The date of the first contact between the mentor and the mentee."),
                self._when_body(),
                lambda: self._problems({"contact_on"}, self.contact_on),
            )
        )
        self.topics_page = self.add_step_page(
            StepPage(
                _("The guide's questions"),
                _(
                    "Tick the guide's questions they talked about: only that is recorded, "
                    "never the answers."
                ),
                self._topics_body(),
                lambda: self._problems({"topics"}, None),
            )
        )
        self.agreements_page = self.add_step_page(
            StepPage(
                _("What they agreed on"),
                _("Write down how they will work together, in a few words per topic."),
                self._agreements_body(),
                lambda: self._problems({"agreements"}, None),
            )
        )
        self.suits_page = self.add_step_page(
            StepPage(
                _("Does the pairing suit both of them?"),
                _("Either of them may say it does not suit; that is a normal outcome."),
                self._suits_body(),
                lambda: self._problems({"suits_both"}, self.suits_yes),
            )
        )
        self.finish_with(self.suits_page, self._save)
        if self.correction:
            self._fill_from_detail()
        self._explain_choice()
        self.resize(760, 680)

    # Pages ---------------------------------------------------------------------------------

    def _when_body(self) -> QWidget:
        d = self.detail
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.contact_on = QDateEdit(to_qdate(self.today))
        self.contact_on.setCalendarPopup(True)
        self.contact_on.setMaximumDate(to_qdate(self.today))
        self.contact_on.setAccessibleName(_("Date of the first contact"))
        form.addRow(_("Date of the first contact"), self.contact_on)
        layout.addLayout(form)
        hours = round((d.first_contact_due - d.assigned_at).total_seconds() / 3600)
        deadline = ngettext(
            "The pair was confirmed on {assigned}. The mentor was to call within {n} hour, "
            "by {due}.",
            "The pair was confirmed on {assigned}. The mentor was to call within {n} hours, "
            "by {due}.",
            hours,
        ).format(
            assigned=format_date(d.assigned_at.date(), "long"),
            n=hours,
            due=format_date(d.first_contact_due.date(), "long"),
        )
        self.deadline_note = self.note(deadline)
        layout.addWidget(self.deadline_note)
        points = [
            _("getting to know each other and building trust (next page);"),
            _("setting first expectations on both sides (next page);"),
            _("agreeing how they will work together;"),
            _("saying whether the pairing suits both of them."),
        ]
        purpose_title = _("What the call is for:")
        purpose = self.note(
            f"<p>{escape(purpose_title)}</p>{LIST_START}"
            + "".join(f"<li>{escape(point)}</li>" for point in points)
            + "</ul>"
        )
        purpose.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(purpose)
        homework = self.note(
            _(
                "Before the next meeting, the mentee thinks about where they want to be in "
                "three years and what would help them get there."
            )
        )
        layout.addWidget(homework)
        if self.correction:
            layout.addWidget(
                self.note(
                    _(
                        "This step was recorded on {day}. Finish saves your changes as a "
                        "correction, kept in the history."
                    ).format(day=format_date(d.first_contact_on))
                )
            )
        layout.addStretch()
        return body

    def _topics_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.topic_checks: dict[str, QCheckBox] = {}
        for group in GUIDE_GROUPS:
            box = QGroupBox(_(group))
            column = QVBoxLayout(box)
            for question in questions_of(group):
                check = QCheckBox(_(question.text))
                check.setAccessibleName(_(question.text))
                self.topic_checks[question.code] = check
                column.addWidget(check)
            layout.addWidget(box)
        layout.addWidget(
            self.note(
                _(
                    "How they will work together (calendar, cancellations, problems, "
                    "confidentiality) is written on the next page. Print the introduction "
                    "sheet to give the pair these questions beforehand."
                )
            )
        )
        layout.addStretch()
        return body

    def _agreements_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.note(_("Leave a topic blank if they did not discuss it.")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        examples = _placeholders()
        self.agreement_edits: dict[str, QPlainTextEdit] = {}
        for key in AGREEMENT_TOPICS:
            edit = QPlainTextEdit()
            edit.setAccessibleName(agreement_title(key))
            edit.setPlaceholderText(examples.get(key, ""))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(58)
            self.agreement_edits[key] = edit
            form.addRow(agreement_title(key), edit)
        layout.addLayout(form)
        layout.addStretch()
        return body

    def _suits_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.suits_yes = QRadioButton(_("Yes, the pairing suits both of them"))
        self.suits_no = QRadioButton(_("No, the pairing does not suit one of them, or both"))
        self.suits_group = QButtonGroup(body)
        for button in (self.suits_yes, self.suits_no):
            self.suits_group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self._explain_choice)
        d = self.detail
        if d.suits_both is not False and (
            d.shared_understanding_on or d.first_meeting_on or d.sessions
        ):
            # Ending on the day of the call would put the end before steps already on file.
            self.suits_no.setEnabled(False)
            layout.addWidget(
                self.note(
                    _(
                        "Later steps are already recorded for this pair; to end it, record the "
                        "end of the relationship instead."
                    )
                )
            )
        self.choice_note = self.note("")
        self.choice_note.setObjectName("choiceNote")
        self.choice_note.setStyleSheet(
            "QLabel#choiceNote { background: palette(base); border-left: 4px solid #0b5563;"
            " padding: 8px; }"
        )
        layout.addSpacing(8)
        layout.addWidget(self.choice_note)
        layout.addStretch()
        return body

    # Behaviour -----------------------------------------------------------------------------

    def _fill_from_detail(self) -> None:
        d = self.detail
        if d.first_contact_on is not None:
            self.contact_on.setMaximumDate(to_qdate(max(self.today, d.first_contact_on)))
            self.contact_on.setDate(to_qdate(d.first_contact_on))
        for key, edit in self.agreement_edits.items():
            edit.setPlainText(d.agreements.get(key, ""))
        for code, check in self.topic_checks.items():
            check.setChecked(code in d.topics_discussed)
        if d.suits_both is not None:
            (self.suits_yes if d.suits_both else self.suits_no).setChecked(True)

    def _explain_choice(self) -> None:
        """Say what Finish will do with the answer chosen, before it is done."""
        mentee = self.detail.mentee.full_name
        if self.suits_no.isChecked():
            text = _(
                "Finish ends this pair early, on the date of the first contact. {mentee} goes "
                "back to the waiting list of the matching board, to be paired with another "
                "mentor. The pair stays in the history."
            ).format(mentee=mentee)
        elif self.suits_yes.isChecked() and self.detail.suits_both is False:
            text = _(
                "This pair had ended because it did not suit. Finish reopens it and the "
                "relationship goes on."
            )
        elif self.suits_yes.isChecked() and self.correction:
            text = _("Finish saves the corrected first contact; the relationship goes on.")
        elif self.suits_yes.isChecked():
            text = _("Finish records the first contact; the relationship is under way.")
        else:
            text = ""
        self.choice_note.setText(text)
        self.choice_note.setVisible(bool(text))

    def form(self) -> FirstContactForm:
        suits = True if self.suits_yes.isChecked() else False if self.suits_no.isChecked() else None
        return FirstContactForm(
            from_qdate(self.contact_on.date()),
            {key: edit.toPlainText() for key, edit in self.agreement_edits.items()},
            suits,
            tuple(code for code, check in self.topic_checks.items() if check.isChecked()),
        )

    def _problems(self, fields: set[str], focus: QWidget | None) -> list[FieldError]:
        """The service's own checks, limited to the fields of one page."""
        errors = first_contact.validate(self.form(), self.detail.assigned_at.date(), self.today)
        mine = [e for e in errors if e.field in fields]
        if mine and focus is not None:
            focus.setFocus()
        return mine

    def _save(self) -> FirstContactOutcome:
        outcome = record_first_contact(
            self.context.db, self.pairing_id, self.form(), actor=self.context.actor
        )
        self.recorded.emit(outcome)
        return outcome
