"""One input per kind of question, all with the same small interface, so the question form
never needs to know which kind it holds.

Labels follow the language of the questionnaire (the participant's), not the interface's:
the committee copies a paper or e-mailed form and should see the same words.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import N_, translate_in
from mentorat_desktop.models.enums import QuestionKind
from mentorat_desktop.services.questionnaires.answers import SCALE, AnswerValue
from mentorat_desktop.services.questionnaires.shapes import QuestionInfo

YES, NO, NO_ANSWER = N_("Yes"), N_("No"), N_("No answer")
_NONE = 99  # the "no answer" button (Qt gives -1 a meaning of its own)


class AnswerInput(QWidget):
    """The widget for one question; ``value`` is what ``record_response`` receives."""

    changed = Signal()

    def __init__(self, question: QuestionInfo, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.language = language

    def value(self) -> AnswerValue:
        raise NotImplementedError

    def set_value(self, value: AnswerValue) -> None:
        raise NotImplementedError

    def set_language(self, language: str) -> None:
        self.language = language


class _ButtonsInput(AnswerInput):
    """Radio buttons or check boxes, each with an id; the text of each follows the language."""

    def __init__(
        self,
        question: QuestionInfo,
        language: str,
        horizontal: bool,
        exclusive: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, language, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.group.idToggled.connect(lambda _id, _on: self.changed.emit())
        self.buttons: dict[int, QAbstractButton] = {}
        self._texts: dict[int, object] = {}
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout

    def add_button(self, button_id: int, text: object, check_box: bool = False) -> None:
        """``text`` is a fixed string or a function of the language."""
        button: QAbstractButton = QCheckBox() if check_box else QRadioButton()
        self.group.addButton(button, button_id)
        self.buttons[button_id] = button
        self._texts[button_id] = text
        self._layout.addWidget(button)
        self._label(button_id)

    def finish(self) -> None:
        if isinstance(self._layout, QHBoxLayout):
            self._layout.addStretch(1)

    def add_no_answer(self) -> None:
        """Optional questions may be left blank on purpose, and said so."""
        if not self.question.required:
            self.add_button(_NONE, lambda lang: translate_in(lang, NO_ANSWER))

    def _label(self, button_id: int) -> None:
        text = self._texts[button_id]
        self.buttons[button_id].setText(text(self.language) if callable(text) else str(text))

    def set_language(self, language: str) -> None:
        super().set_language(language)
        for button_id in self.buttons:
            self._label(button_id)

    def checked_ids(self) -> list[int]:
        return [i for i, b in self.buttons.items() if b.isChecked() and i != _NONE]

    def check_only(self, ids: set[int]) -> None:
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # an exclusive group cannot be cleared
        for button_id, button in self.buttons.items():
            button.setChecked(button_id in ids)
        self.group.setExclusive(exclusive)


class ScaleInput(_ButtonsInput):
    """Five radio buttons, 1 to 5 (the question's text says what the ends mean)."""

    def __init__(self, question: QuestionInfo, language: str, parent: QWidget | None = None):
        super().__init__(question, language, horizontal=True, parent=parent)
        for n in SCALE:
            self.add_button(n, str(n))
        self.add_no_answer()
        self.finish()

    def value(self) -> AnswerValue:
        ids = self.checked_ids()
        return AnswerValue(number=float(ids[0])) if ids else AnswerValue()

    def set_value(self, value: AnswerValue) -> None:
        number = value.number
        if number is not None and float(number).is_integer() and int(number) in SCALE:
            self.check_only({int(number)})
        else:
            self.check_only(set())


class YesNoInput(_ButtonsInput):
    def __init__(self, question: QuestionInfo, language: str, parent: QWidget | None = None):
        super().__init__(question, language, horizontal=True, parent=parent)
        self.add_button(1, lambda lang: translate_in(lang, YES))
        self.add_button(0, lambda lang: translate_in(lang, NO))
        self.add_no_answer()
        self.finish()

    def value(self) -> AnswerValue:
        ids = self.checked_ids()
        return AnswerValue(number=float(ids[0])) if ids else AnswerValue()

    def set_value(self, value: AnswerValue) -> None:
        self.check_only({int(value.number)} if value.number in (0.0, 1.0) else set())


class ChoiceInput(_ButtonsInput):
    """The options of a choice question, one under the other: radio buttons for a single
    choice, check boxes for several."""

    def __init__(
        self,
        question: QuestionInfo,
        language: str,
        multiple: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            question, language, horizontal=False, exclusive=not multiple, parent=parent
        )
        for n, option in enumerate(question.options):
            self.add_button(n, option.label_in, check_box=multiple)
        if not multiple:
            self.add_no_answer()

    def value(self) -> AnswerValue:
        options = self.question.options
        return AnswerValue(choices=tuple(options[i].code for i in self.checked_ids()))

    def set_value(self, value: AnswerValue) -> None:
        codes = set(value.choices)
        self.check_only({n for n, o in enumerate(self.question.options) if o.code in codes})


class TextInput(AnswerInput):
    def __init__(self, question: QuestionInfo, language: str, parent: QWidget | None = None):
        super().__init__(question, language, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(84)
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def value(self) -> AnswerValue:
        return AnswerValue(text=self.edit.toPlainText())

    def set_value(self, value: AnswerValue) -> None:
        self.edit.setPlainText(value.text)


def answer_input(question: QuestionInfo, language: str) -> AnswerInput:
    if question.kind == QuestionKind.SCALE:
        return ScaleInput(question, language)
    if question.kind == QuestionKind.YES_NO:
        return YesNoInput(question, language)
    if question.kind == QuestionKind.SINGLE_CHOICE:
        return ChoiceInput(question, language, multiple=False)
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return ChoiceInput(question, language, multiple=True)
    return TextInput(question, language)
