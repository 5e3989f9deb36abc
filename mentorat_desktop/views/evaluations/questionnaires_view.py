"""The program's four questionnaires (self-reflection and evaluation, for mentors and for
mentees): which version is in use, how much was answered, and each one's history of
versions, with the editor one click away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, current_language
from mentorat_desktop.services.questionnaires.catalog import questionnaires, versions
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.evaluations.running import RunDialog, run_modal
from mentorat_desktop.views.item_models.questionnaire_table import (
    QUESTIONNAIRE_ROLE,
    QuestionnaireTableModel,
)
from mentorat_desktop.views.item_models.version_table import VersionTableModel
from mentorat_desktop.views.widgets.row_table import row_table


class QuestionnairesView(QWidget):
    changed = Signal()  # a questionnaire's questions or titles were saved

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        *,
        run_dialog: RunDialog | None = None,
        load: bool = True,
    ) -> None:
        """``load=False`` leaves the lists empty until ``reload`` (the Evaluations page reads
        them when the tab is first shown)."""
        super().__init__(parent)
        self.context = context
        self.run_dialog = run_dialog or run_modal
        self.model = QuestionnaireTableModel(self)
        self.table = row_table(self.model, _("Questionnaires"))
        self.table.horizontalHeader().setSectionResizeMode(
            QuestionnaireTableModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_history())
        self.edit_button = QPushButton(_("Edit questions…"))
        self.edit_button.clicked.connect(self.edit_selected)
        explanation = QLabel(
            _(
                "Mentors and mentees each have their own self-reflection (phase 1) and "
                "evaluation (phase 10). Once someone has answered, an edit makes a new version: "
                "answers stay with the questions they answered."
            )
        )
        explanation.setWordWrap(True)

        self.history_title = QLabel()
        self.history_title.setObjectName("panelHeading")
        self.versions = VersionTableModel(self)
        self.history = row_table(self.versions, _("Versions"))
        history_header = self.history.horizontalHeader()
        history_header.setStretchLastSection(False)
        history_header.setSectionResizeMode(VersionTableModel.NOTE, QHeaderView.ResizeMode.Stretch)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history, 1)
        if load:
            self.reload()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(QUESTIONNAIRE_ROLE) if index.isValid() else None

    def select(self, questionnaire_id: int) -> bool:
        row = self.model.row_of(questionnaire_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def reload(self) -> None:
        keep = self.selected_id()
        self.model.set_rows(questionnaires(self.context.db))
        if keep is None or not self.select(keep):
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_history()

    def _show_history(self) -> None:
        questionnaire_id = self.selected_id()
        self.edit_button.setEnabled(questionnaire_id is not None)
        if questionnaire_id is None:
            self.history_title.setText(_("Versions"))
            self.versions.set_rows([])
            return
        row = self.model.row_of(questionnaire_id)
        assert row is not None
        title = self.model.row_at(row).title_in(current_language())
        self.history_title.setText(_("Versions of “{title}”").format(title=title))
        self.versions.set_rows(versions(self.context.db, questionnaire_id))

    def edit_selected(self) -> bool:
        questionnaire_id = self.selected_id()
        if questionnaire_id is None:
            return False
        from mentorat_desktop.views.evaluations.questionnaire_editor import QuestionnaireEditor

        editor = QuestionnaireEditor(
            self.context, questionnaire_id, self, run_dialog=self.run_dialog
        )
        done = self.run_dialog(editor)
        editor.deleteLater()
        if done:
            self.reload()
            self.changed.emit()
        return done
