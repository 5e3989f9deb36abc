"""The three pages of the answer wizard. Each checks its own fields with the service's rules
before moving on, so Finish refuses nothing a page let through."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWizardPage,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.followup.pair_detail import PairDetail
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.questionnaires.answers import AnswerValue, validate_response
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.views.evaluations.answer_review import review_html
from mentorat_desktop.views.evaluations.question_form import QuestionForm
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate

if TYPE_CHECKING:
    from mentorat_desktop.views.evaluations.answer_wizard import AnswerWizard


def _note(text: str = "") -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    return note


def pair_text(pair: PairDetail, participation_id: int) -> str:
    mentor_side = pair.mentor.participation_id == participation_id
    partner = pair.mentee if mentor_side else pair.mentor
    if pair.is_open:
        return _("With {partner} (still under way)").format(partner=partner.full_name)
    return _("With {partner} (ended on {day})").format(
        partner=partner.full_name, day=format_date(pair.ended_on)
    )


class WhoPage(QWizardPage):
    """Who answered, about which pair (evaluations), and the date on their form."""

    def __init__(
        self, wizard: AnswerWizard, participation_id: int | None, pairing_id: int | None
    ) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Who answered"))
        self.setSubTitle(
            _("The questions follow the person's role: mentors and mentees have their own.")
        )
        evaluation = wizard.kind == QuestionnaireKind.EVALUATION
        self.people = QComboBox()
        self.people.setAccessibleName(_("Participant"))
        self.people.addItem(_("Choose…"), None)
        for person in wizard.people:
            self.people.addItem(
                _("{name} ({role})").format(name=person.full_name, role=label(person.role)),
                person.participation_id,
            )
        self.pairs = QComboBox()
        self.pairs.setAccessibleName(_("Pair evaluated"))
        self.submitted = QDateEdit(to_qdate(wizard.initial_date))
        self.submitted.setCalendarPopup(True)
        self.submitted.setMaximumDate(to_qdate(max(wizard.today, wizard.initial_date)))
        self.submitted.setAccessibleName(_("Date of the answers"))
        self.status = _note()
        self.errors = ErrorsLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_("Participant *"), self.people)
        if evaluation:
            form.addRow(_("Pair evaluated *"), self.pairs)
        form.addRow(_("Date of the answers *"), self.submitted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.errors)
        self.pairs.setVisible(evaluation)
        self.people.currentIndexChanged.connect(self._person_changed)
        self.pairs.currentIndexChanged.connect(self._show_status)
        self._choose(participation_id, pairing_id)
        if wizard.is_correction:
            self.people.setEnabled(False)
            self.pairs.setEnabled(False)

    def _choose(self, participation_id: int | None, pairing_id: int | None) -> None:
        if participation_id is None and pairing_id is not None:
            participation_id = self._unanswered_side(pairing_id)
        self.people.setCurrentIndex(max(self.people.findData(participation_id), 0))
        self._person_changed()
        if pairing_id is not None:
            self.pairs.setCurrentIndex(max(self.pairs.findData(pairing_id), 0))

    def _unanswered_side(self, pairing_id: int) -> int | None:
        pair = next((d for d in self.owner.pairs if d.pairing_id == pairing_id), None)
        if pair is None:
            return None
        sides = [pair.mentor.participation_id, pair.mentee.participation_id]
        missing = [i for i in sides if (i, pairing_id) not in self.owner.answered]
        return (missing or sides)[0]

    def person(self) -> ParticipantRow | None:
        return self.owner.person(self.people.currentData())

    def pairing_id(self) -> int | None:
        if self.owner.kind != QuestionnaireKind.EVALUATION:
            return None
        return self.pairs.currentData()

    def submitted_on(self) -> date:
        return from_qdate(self.submitted.date())

    def _person_changed(self) -> None:
        self.pairs.blockSignals(True)
        self.pairs.clear()
        person = self.person()
        if person is not None:
            for pair in self.owner.pairs_of(person.participation_id):
                self.pairs.addItem(pair_text(pair, person.participation_id), pair.pairing_id)
        self.pairs.blockSignals(False)
        self._show_status()

    def _show_status(self) -> None:
        person = self.person()
        earlier = None
        if person is not None:
            earlier = self.owner.answered.get((person.participation_id, self.pairing_id()))
        if self.owner.is_correction and earlier is not None:
            info = self.owner.fixed_info
            assert info is not None
            text = _(
                "You are correcting the answers dated {day}. They stay on version {number} of "
                "the questionnaire, the one {name} answered."
            ).format(
                day=format_date(earlier.submitted_on),
                number=info.version_number,
                name=person.full_name if person else "",
            )
        elif earlier is not None and person is not None:
            text = _("{name} already answered on {day}. Finishing replaces those answers.").format(
                name=person.full_name, day=format_date(earlier.submitted_on)
            )
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def problems(self) -> list[FieldError]:
        person = self.person()
        if person is None:
            return [FieldError("participation_id", _("Choose who answered."))]
        errors = []
        if self.owner.kind == QuestionnaireKind.EVALUATION and self.pairing_id() is None:
            errors.append(
                FieldError(
                    "pairing_id",
                    _("{name} has no pair this year to evaluate.").format(name=person.full_name),
                )
            )
        info = self.owner.info_for(person)
        form = self.owner.form()
        form.answers = {}
        errors += [
            e for e in validate_response(info, form, self.owner.today) if e.field == "submitted_on"
        ]
        return errors

    def validatePage(self) -> bool:
        problems = self.problems()
        self.errors.show_errors(problems)
        fields = {e.field for e in problems}
        if "participation_id" in fields:
            self.people.setFocus()
        elif "submitted_on" in fields:
            self.submitted.setFocus()
        return not problems


class QuestionsPage(QWizardPage):
    """The questions in the participant's language, which a toggle can switch."""

    def __init__(self, wizard: AnswerWizard) -> None:
        super().__init__()
        self.owner = wizard
        self._built_for: tuple[int, int] | None = None  # (participation, version)
        self.form = QuestionForm()
        self.french = QPushButton("FR")
        self.english = QPushButton("EN")
        self.languages = QButtonGroup(self)
        for button, code, name in (
            (self.french, "fr", _("Show the questions in French")),
            (self.english, "en", _("Show the questions in English")),
        ):
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFixedWidth(48)
            button.setStyleSheet("QPushButton:checked { background: #0b5563; color: white; }")
            button.clicked.connect(lambda _c=False, code=code: self.set_language(code))
            self.languages.addButton(button)
        toggle = QHBoxLayout()
        toggle.addWidget(_note(_("Questions in:")))
        toggle.addWidget(self.french)
        toggle.addWidget(self.english)
        toggle.addStretch(1)
        toggle.addWidget(_note(_("* required")))
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(toggle)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        person = self.owner.who_page.person()
        assert person is not None
        info = self.owner.info_for(person)
        key = (person.participation_id, info.version_id)
        if key == self._built_for:
            return
        if self._built_for is None:
            values = self.owner.initial_values
        elif self.form.info is not None and self.form.info.version_id == info.version_id:
            values = self.form.values()  # another person, same questions: keep what is typed
        else:
            values = {}
        self._built_for = key
        self.form.set_questions(info, person.preferred_language.value, values)
        self.set_language(person.preferred_language.value)
        self.errors.clear_errors()

    def set_language(self, language: str) -> None:
        self.french.setChecked(language == "fr")
        self.english.setChecked(language == "en")
        self.form.set_language(language)
        info = self.form.info
        if info is not None:
            self.setTitle(info.title_in(language))
            self.setSubTitle(
                _("Version {number}. Copy each answer from the person's form.").format(
                    number=info.version_number
                )
            )

    @property
    def language(self) -> str:
        return self.form.language

    def values(self) -> dict[str, AnswerValue]:
        return self.form.values()

    def problems(self) -> list[FieldError]:
        info = self.form.info
        assert info is not None
        errors = validate_response(info, self.owner.form(), self.owner.today)
        return [e for e in errors if e.field != "submitted_on"]

    def validatePage(self) -> bool:
        problems = self.problems()
        self.form.show_errors(problems)
        if len(problems) <= 2:
            self.errors.show_errors(problems)
        else:
            # Each question says what is wrong with it; a long list here would say it twice.
            self.errors.show_message(
                ngettext(
                    "{n} question needs attention: see the message under it.",
                    "{n} questions need attention: see the message under each.",
                    len(problems),
                ).format(n=len(problems))
            )
        return not problems


class ReviewPage(QWizardPage):
    """Everything that will be recorded; Finish saves it."""

    def __init__(self, wizard: AnswerWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Review"))
        self.setSubTitle(_("Check the answers against the form, then Finish to record them."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.summary)
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        owner = self.owner
        person = owner.who_page.person()
        info = owner.questions_page.form.info
        assert person is not None and info is not None
        language = owner.questions_page.language
        facts = [
            (_("Participant:"), f"{person.full_name} ({label(person.role)})"),
        ]
        pairing_id = owner.who_page.pairing_id()
        pair = next((d for d in owner.pairs if d.pairing_id == pairing_id), None)
        if pair is not None:
            facts.append((_("Pair evaluated:"), pair_text(pair, person.participation_id)))
        facts.append((_("Date of the answers:"), format_date(owner.who_page.submitted_on())))
        facts.append(
            (
                _("Questionnaire:"),
                _("{title}, version {number}").format(
                    title=info.title_in(language), number=info.version_number
                ),
            )
        )
        self.summary.setText(review_html(facts, info, owner.questions_page.values(), language))
        self.errors.clear_errors()

    def validatePage(self) -> bool:
        return self.errors.attempt(self.owner.save) is not None
