"""The answers on file for the program year: who should answer the self-reflection or the
evaluation, who did and when, and the way to enter, correct, delete or import answers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.questionnaires.answers import delete_response
from mentorat_desktop.services.questionnaires.respondents import Respondent, respondents
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.evaluations.kinds import kind_choices
from mentorat_desktop.views.evaluations.running import RunDialog, run_modal
from mentorat_desktop.views.item_models.respondent_table import (
    RESPONDENT_ROLE,
    RespondentFilterProxy,
    RespondentTableModel,
)
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.fit_columns import fit_columns
from mentorat_desktop.views.widgets.row_table import row_table


class AnswersView(QWidget):
    changed = Signal()  # answers were recorded or deleted
    import_requested = Signal(object)  # QuestionnaireKind: the lead opens the import

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        *,
        run_dialog: RunDialog | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.run_dialog = run_dialog or run_modal
        self.cohort: CohortSummary | None = None
        self.counts = (0, 0)  # (answered, expected), as the count line says
        self.model = RespondentTableModel(self)
        self.proxy = RespondentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.kind_combo = CodeCombo(kind_choices())
        self.kind_combo.setAccessibleName(_("Questionnaire"))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.missing_only = QCheckBox(_("Missing only"))
        self.missing_only.setToolTip(_("Show only the people whose answers have not come back"))
        self.missing_only.toggled.connect(self.proxy.set_missing_only)
        self.count = QLabel()
        self.count.setObjectName("panelHeading")
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Questionnaire:")))
        top.addWidget(self.kind_combo)
        top.addSpacing(16)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.missing_only)

        self.table = row_table(
            self.proxy, _("People expected to answer"), resize=QHeaderView.ResizeMode.Interactive
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RespondentTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.empty = QLabel()
        self.empty.setObjectName("comingNote")
        self.empty.setWordWrap(True)

        self.enter_button = QPushButton(_("Enter answers…"))
        self.edit_button = QPushButton(_("Edit answers…"))
        self.delete_button = QPushButton(_("Delete answers…"))
        self.import_button = QPushButton(_("Import answers…"))
        self.enter_button.clicked.connect(self.enter_answers)
        self.edit_button.clicked.connect(self.edit_answers)
        self.delete_button.clicked.connect(self.delete_answers)
        self.import_button.clicked.connect(lambda: self.import_requested.emit(self.kind()))
        self.import_button.setToolTip(_("Read answers exported from the online form service"))
        buttons = QHBoxLayout()
        for button in (self.enter_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.set_cohort(None)

    # Loading -------------------------------------------------------------------------------

    def kind(self) -> QuestionnaireKind:
        return QuestionnaireKind(self.kind_combo.code())

    def set_kind(self, kind: QuestionnaireKind) -> None:
        self.kind_combo.set_code(kind.value)

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self.reload()

    def reload(self, keep: tuple[int, int | None] | None = None) -> None:
        selected = self.selected()
        if keep is None and selected is not None:
            keep = (selected.participation_id, selected.pairing_id)
        kind = self.kind()
        rows = respondents(self.context.db, self.cohort.id, kind) if self.cohort else []
        self.model.set_rows(rows)
        self.table.setColumnHidden(
            RespondentTableModel.PARTNER, kind != QuestionnaireKind.EVALUATION
        )
        fit_columns(self.table)
        # Hiding a column leaves the stretch on it; set again, it goes to the last shown one.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)
        answered = sum(r.response_id is not None for r in rows)
        self.counts = (answered, len(rows))
        self.count.setText(
            ngettext("{answered} of {n} answered", "{answered} of {n} answered", len(rows)).format(
                answered=answered, n=len(rows)
            )
        )
        self.empty.setText(self._empty_text(kind) if not rows else "")
        self.empty.setVisible(not rows)
        if keep is not None:
            self.select(*keep)
        self._update_buttons()

    def _empty_text(self, kind: QuestionnaireKind) -> str:
        if self.cohort is None:
            return _("Choose or create a program year first.")
        if kind == QuestionnaireKind.EVALUATION:
            return _(
                "Nobody is expected to evaluate yet: each person of a pair evaluates it once "
                "the relationship has ended."
            )
        return _("Nobody is registered in this program year yet.")

    # Selection -----------------------------------------------------------------------------

    def selected(self) -> Respondent | None:
        index = self.table.currentIndex()
        return index.data(RESPONDENT_ROLE) if index.isValid() else None

    def select(self, participation_id: int, pairing_id: int | None) -> bool:
        row = self.model.row_of(participation_id, pairing_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        return True

    def _update_buttons(self) -> None:
        row = self.selected()
        answered = row is not None and row.response_id is not None
        self.enter_button.setEnabled(self.cohort is not None)
        self.import_button.setEnabled(self.cohort is not None)
        self.edit_button.setEnabled(answered)
        self.delete_button.setEnabled(answered)

    # Actions -------------------------------------------------------------------------------

    def report(self, message: str) -> None:
        QMessageBox.warning(self, _("Mentorat"), message)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, _("Mentorat"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _run_wizard(self, **chosen: int | None) -> bool:
        if self.cohort is None:
            return False
        # The wizard (and the pair's follow-up it reads) loads when answers are entered.
        from mentorat_desktop.views.evaluations.answer_wizard import AnswerWizard

        try:
            wizard = AnswerWizard(self.context, self.cohort, self.kind(), parent=self, **chosen)
        except UserError as error:
            self.report(error.message)
            return False
        done = self.run_dialog(wizard)
        keep = None
        if done:
            person = wizard.who_page.person()
            if person is not None:
                keep = (person.participation_id, wizard.pairing_id)
        wizard.deleteLater()
        if done:
            self.reload(keep)
            self.changed.emit()
        return done

    def enter_answers(self) -> bool:
        """For the person chosen in the list if they have not answered; else asked first."""
        row = self.selected()
        if row is None or row.response_id is not None:
            return self._run_wizard()
        return self._run_wizard(participation_id=row.participation_id, pairing_id=row.pairing_id)

    def edit_answers(self) -> bool:
        row = self.selected()
        if row is None or row.response_id is None:
            return False
        return self._run_wizard(response_id=row.response_id)

    def delete_answers(self) -> bool:
        row = self.selected()
        if row is None or row.response_id is None:
            return False
        if row.partner_name:
            question = _(
                "Delete the evaluation {name} gave of the pair with {partner}? "
                "This cannot be undone."
            ).format(name=row.name, partner=row.partner_name)
        else:
            question = _("Delete the self-reflection answers of {name}? This cannot be undone.")
            question = question.format(name=row.name)
        if not self.confirm(question):
            return False
        try:
            delete_response(self.context.db, row.response_id, actor=self.context.actor)
        except UserError as error:
            self.report(error.message)
            return False
        self.reload((row.participation_id, row.pairing_id))
        self.changed.emit()
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        row = index.data(RESPONDENT_ROLE)
        if row is None:
            return
        if row.response_id is not None:
            self.edit_answers()
        else:
            self.enter_answers()
