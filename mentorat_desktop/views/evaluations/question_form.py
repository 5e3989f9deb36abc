"""Every question of one questionnaire version, one under the other in a scroll area, each
with its input and a place for its own problem; the language can change without losing what
was already entered."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _
from mentorat_desktop.services.questionnaires.answers import AnswerValue
from mentorat_desktop.services.questionnaires.shapes import QuestionInfo, QuestionnaireInfo
from mentorat_desktop.views.evaluations.answer_inputs import AnswerInput, answer_input

ERROR_STYLE = "color: #b00020; font-weight: 600;"


class QuestionBox(QFrame):
    """A question's text (marked when required), its input and its problem, if any."""

    def __init__(self, question: QuestionInfo, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.input: AnswerInput = answer_input(question, language)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.input)
        layout.addWidget(self.error)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        q = self.question
        mark = " <span style='color:#b00020'>*</span>" if q.required else ""
        self.heading.setText(
            f"<b>{q.position}.</b> {escape(q.text_in(language), quote=False)}{mark}"
        )
        self.input.set_language(language)
        self.input.setAccessibleName(q.text_in(language))
        self.input.setAccessibleDescription(_("Required") if q.required else "")

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class QuestionForm(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: QuestionnaireInfo | None = None
        self.language = "fr"
        self.boxes: dict[str, QuestionBox] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(QWidget())

    def set_questions(
        self, info: QuestionnaireInfo, language: str, values: dict[str, AnswerValue]
    ) -> None:
        """Build the inputs for ``info``'s questions, filled from ``values`` (by code)."""
        self.info = info
        self.language = language
        self.boxes = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        for question in info.questions:
            box = QuestionBox(question, language)
            box.input.set_value(values.get(question.code, AnswerValue()))
            box.input.changed.connect(lambda box=box: box.set_error(None))
            self.boxes[question.code] = box
            layout.addWidget(box)
        layout.addStretch(1)
        # The old body goes with its inputs; nothing else holds them.
        self.setWidget(body)

    def set_language(self, language: str) -> None:
        self.language = language
        for box in self.boxes.values():
            box.set_language(language)

    def values(self) -> dict[str, AnswerValue]:
        return {code: box.input.value() for code, box in self.boxes.items()}

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each problem under its question; the first one scrolled into view."""
        by_code: dict[str, str] = {}
        for error in errors:
            if error.field in self.boxes:
                by_code.setdefault(error.field, error.message)
        for code, box in self.boxes.items():
            box.set_error(by_code.get(code))
        first = next((box for code, box in self.boxes.items() if code in by_code), None)
        if first is not None:
            self.ensureWidgetVisible(first)
            first.input.setFocus()
