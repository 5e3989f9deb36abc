"""Editing one questionnaire's questions: add, reword, reorder, duplicate or retire them, then
save them all at once.

Nothing is stored before Save. Once someone has answered the current version, saving makes a
new version, so the banner says so and asks what changed; the answers already given stay on
the questions they answered.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _, current_language
from mentorat_desktop.services.questionnaires.catalog import questionnaire_info
from mentorat_desktop.services.questionnaires.drafts import question_field, validate_drafts
from mentorat_desktop.services.questionnaires.editing import save_questions
from mentorat_desktop.services.questionnaires.shapes import QuestionDraft, QuestionnaireInfo
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.evaluations.question_dialog import Check, QuestionDialog
from mentorat_desktop.views.evaluations.running import RunDialog, run_modal
from mentorat_desktop.views.item_models.question_table import QuestionTableModel
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.row_table import row_table

BANNER_STYLE = (
    "background: #e8f1f3; color: #0b4753; border: 1px solid #b7d3d9; border-radius: 4px;"
    " padding: 8px;"
)


class QuestionnaireEditor(QDialog):
    def __init__(
        self,
        context: ViewContext,
        questionnaire_id: int,
        parent: QWidget | None = None,
        *,
        run_dialog: RunDialog | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run_dialog = run_dialog or run_modal
        self.info = questionnaire_info(context.db, questionnaire_id)
        self.initial = list(self.info.drafts())
        # What Save stored; None until it succeeds.
        self.saved: QuestionnaireInfo | None = None
        self.setWindowTitle(
            _("Edit the questions — {title}").format(title=self.info.title_in(current_language()))
        )
        answered = self.info.answered > 0
        self.banner = QLabel(
            _(
                "People have already answered this version: saving makes version {next}; "
                "earlier answers and reports stay as they were."
            ).format(next=self.info.version_number + 1)
        )
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(answered)

        self.title_fr = QLineEdit(self.info.title_fr)
        self.title_fr.setAccessibleName(_("French title"))
        self.title_en = QLineEdit(self.info.title_en)
        self.title_en.setAccessibleName(_("English title"))
        titles = QFormLayout()
        titles.addRow(_("French title *"), self.title_fr)
        titles.addRow(_("English title *"), self.title_en)

        self.model = QuestionTableModel(self)
        self.model.set_rows(self.initial)
        self.table = row_table(self.model, _("Questions"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the question's text takes the room instead
        header.setSectionResizeMode(QuestionTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.edit_question(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())

        self.add_button = QPushButton(_("Add…"))
        self.edit_button = QPushButton(_("Edit…"))
        self.duplicate_button = QPushButton(_("Duplicate"))
        self.remove_button = QPushButton(_("Remove"))
        self.up_button = QPushButton(_("Move up"))
        self.down_button = QPushButton(_("Move down"))
        self.remove_button.setToolTip(_("Answers already given keep this question"))
        self.remove_button.setAccessibleName(_("Remove the selected question"))
        self.up_button.setAccessibleName(_("Move the selected question up"))
        self.down_button.setAccessibleName(_("Move the selected question down"))
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(lambda: self.edit_question())
        self.duplicate_button.clicked.connect(self.duplicate_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        retire_note = QLabel(_("Removing a question retires it: answers already given keep it."))
        retire_note.setWordWrap(True)
        retire_note.setObjectName("comingNote")
        retire_note.setMaximumWidth(180)
        side.addWidget(retire_note)
        side.addStretch(1)
        questions = QHBoxLayout()
        questions.addWidget(self.table, 1)
        questions.addLayout(side)

        self.note = QLineEdit()
        self.note.setAccessibleName(_("What changed"))
        self.note.setPlaceholderText(_("e.g. Reworded question 3, added a question on meetings"))
        self.note_row = QWidget()
        note_layout = QFormLayout(self.note_row)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addRow(_("What changed"), self.note)
        self.note_row.setVisible(answered)

        self.errors = ErrorsLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(titles)
        layout.addLayout(questions, 1)
        layout.addWidget(self.note_row)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self.select_row(0)

    # The drafts ----------------------------------------------------------------------------

    def drafts(self) -> list[QuestionDraft]:
        return self.model.rows()

    def _set_drafts(self, drafts: list[QuestionDraft], select: int) -> None:
        self.model.set_rows(drafts)
        self.select_row(select)
        self.errors.clear_errors()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0, QModelIndex()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        chosen = row >= 0
        for button in (self.edit_button, self.duplicate_button, self.remove_button):
            button.setEnabled(chosen)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(chosen and row < self.model.rowCount() - 1)

    def is_dirty(self) -> bool:
        titles = (self.title_fr.text(), self.title_en.text())
        return (
            self.drafts() != self.initial
            or titles != (self.info.title_fr, self.info.title_en)
            or bool(self.note.text().strip())
        )

    # Editing -------------------------------------------------------------------------------

    def _check_at(self, index: int, replacing: bool) -> Check:
        """The rules for one question at ``index``, among the others as they are now."""

        def check(draft: QuestionDraft) -> list[FieldError]:
            drafts = self.drafts()
            if replacing:
                drafts[index] = draft
            else:
                drafts.insert(index, draft)
            field = question_field(index)
            return [e for e in validate_drafts(drafts) if e.field == field]

        return check

    def _ask(
        self, draft: QuestionDraft | None, index: int, replacing: bool
    ) -> QuestionDraft | None:
        dialog = QuestionDialog(draft, self._check_at(index, replacing), index + 1, self)
        done = self.run_dialog(dialog)
        result = dialog.result_draft if done else None
        dialog.deleteLater()
        return result

    def add_question(self) -> bool:
        """A new question after the chosen one (at the end when none is chosen)."""
        row = self.current_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        draft = self._ask(None, index, replacing=False)
        if draft is None:
            return False
        drafts = self.drafts()
        drafts.insert(index, draft)
        self._set_drafts(drafts, index)
        return True

    def edit_question(self, row: int | None = None) -> bool:
        row = self.current_row() if row is None else row
        if not 0 <= row < self.model.rowCount():
            return False
        draft = self._ask(self.model.row_at(row), row, replacing=True)
        if draft is None:
            return False
        drafts = self.drafts()
        drafts[row] = draft
        self._set_drafts(drafts, row)
        return True

    def duplicate_question(self) -> None:
        """A copy right after the original, as a new question with its own code."""
        row = self.current_row()
        if row < 0:
            return
        drafts = self.drafts()
        drafts.insert(row + 1, replace(drafts[row], code=""))
        self._set_drafts(drafts, row + 1)

    def remove_question(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        drafts = self.drafts()
        del drafts[row]
        self._set_drafts(drafts, min(row, len(drafts) - 1))

    def move_question(self, step: int) -> None:
        row = self.current_row()
        other = row + step
        drafts = self.drafts()
        if row < 0 or not 0 <= other < len(drafts):
            return
        drafts[row], drafts[other] = drafts[other], drafts[row]
        self._set_drafts(drafts, other)

    # Closing -------------------------------------------------------------------------------

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, _("Mentorat"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, errors: list[FieldError]) -> None:
        rows = [
            int(e.field.split(":", 1)[1])
            for e in errors
            if e.field.startswith("question:") and e.field.split(":", 1)[1].isdigit()
        ]
        if rows:
            self.select_row(min(rows))
        elif any(e.field == "title_fr" for e in errors):
            self.title_fr.setFocus()
        elif any(e.field == "title_en" for e in errors):
            self.title_en.setFocus()

    def accept(self) -> None:
        saved = self.errors.attempt(
            lambda: save_questions(
                self.context.db,
                self.info.questionnaire_id,
                self.drafts(),
                titles=(self.title_fr.text(), self.title_en.text()),
                note=self.note.text(),
                actor=self.context.actor,
            ),
            on_errors=self._show_problems,
        )
        if saved is None:
            return
        self.saved = saved
        super().accept()

    def reject(self) -> None:
        if self.is_dirty() and not self.confirm(
            _("Close without saving? Your changes to the questions will be lost.")
        ):
            return
        super().reject()
