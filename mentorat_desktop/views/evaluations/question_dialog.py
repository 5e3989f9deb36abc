"""One question of a questionnaire: the kind of answer it expects, its wording in both
languages, whether it is required, and the choices it offers.

The dialog checks the question with the same rules as saving the questionnaire (passed in
by the editor, which knows the question's place), so a refusal names the right number and
the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import QuestionKind
from mentorat_desktop.services.labels import labelled
from mentorat_desktop.services.questionnaires.shapes import (
    CHOICE_KINDS,
    ChoiceOption,
    QuestionDraft,
)
from mentorat_desktop.views.evaluations.choice_options_editor import ChoiceOptionsEditor
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel

Check = Callable[[QuestionDraft], list[FieldError]]


def _text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(72)
    return edit


class QuestionDialog(AsksBeforeDiscarding, QDialog):
    def __init__(
        self,
        draft: QuestionDraft | None,
        check: Check,
        number: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.code = draft.code if draft else ""
        self.check = check
        # The question as accepted; None until OK succeeds.
        self.result_draft: QuestionDraft | None = None
        self.setWindowTitle(_("Question {n}").format(n=number) if draft else _("New question"))
        self.kind = CodeCombo(labelled(QuestionKind))
        self.kind.setAccessibleName(_("Kind of answer"))
        self.text_fr = _text_edit(_("Question in French"))
        self.text_en = _text_edit(_("Question in English"))
        self.required = QCheckBox(_("An answer is required"))
        self.scale_hint = QLabel(
            _("Say in the text what 1 and 5 mean, e.g. (1 = not at all, 5 = completely).")
        )
        self.scale_hint.setWordWrap(True)
        self.scale_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.scale_hint.setObjectName("comingNote")
        self.options = ChoiceOptionsEditor()
        self.options_box = QGroupBox(_("Choices (at least two)"))
        QVBoxLayout(self.options_box).addWidget(self.options)
        self.errors = ErrorsLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_("Kind of answer"), self.kind)
        form.addRow("", self.scale_hint)
        form.addRow(_("French *"), self.text_fr)
        form.addRow(_("English *"), self.text_en)
        form.addRow("", self.required)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.options_box, 1)
        # Takes the room the choices leave when there are none, so the fields stay together.
        self._filler = layout.count()
        layout.addStretch(0)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._fill(draft)
        self.resize(640, 560)

    def _fill(self, draft: QuestionDraft | None) -> None:
        if draft is None:
            draft = QuestionDraft(code="", kind=QuestionKind.SCALE, text_fr="", text_en="")
        self.kind.set_code(draft.kind.value)
        self.text_fr.setPlainText(draft.text_fr)
        self.text_en.setPlainText(draft.text_en)
        self.required.setChecked(draft.required)
        self.options.set_options(draft.options)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = QuestionKind(self.kind.code())
        choices = kind in CHOICE_KINDS
        self.options_box.setVisible(choices)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(self._filler, 0 if choices else 1)
        self.scale_hint.setVisible(kind == QuestionKind.SCALE)
        if choices:
            # A fresh choice question starts with the two rows it needs at least.
            while len(self.options.options()) < 2:
                self.options.add_option(ChoiceOption("", "", ""), edit=False)

    def draft(self) -> QuestionDraft:
        kind = QuestionKind(self.kind.code())
        # Rows left blank are not choices; the rules then count what is left.
        options = tuple(o for o in self.options.options() if o.fr.strip() or o.en.strip())
        return QuestionDraft(
            code=self.code,
            kind=kind,
            text_fr=self.text_fr.toPlainText(),
            text_en=self.text_en.toPlainText(),
            options=options if kind in CHOICE_KINDS else (),
            required=self.required.isChecked(),
        )

    def accept(self) -> None:
        draft = self.draft()
        problems = self.check(draft)
        self.errors.show_errors(problems)
        if problems:
            return
        self.result_draft = draft
        super().accept()
