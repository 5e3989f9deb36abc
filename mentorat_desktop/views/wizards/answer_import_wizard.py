"""Importing answers to a questionnaire: choose the questionnaire and the file, check the
columns, look at every row, then write all accepted rows in one transaction on Finish.

The same steps, widgets and rules as the registration import; nothing is written before
Finish, and the rows show who answered, never what they answered.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, current_language, ngettext
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.importing.contract import ColumnMapping
from mentorat_desktop.services.questionnaires.answer_columns import (
    EMAIL,
    answer_targets,
    guess_answer_mapping,
    remember_answer_mapping,
    remembered_answer_mapping,
    unmapped_required,
)
from mentorat_desktop.services.questionnaires.answer_import import (
    AnswerImportResult,
    apply_answer_import,
)
from mentorat_desktop.services.questionnaires.answer_preview import (
    AnswerImportPreview,
    preview_answers,
)
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for, questionnaires
from mentorat_desktop.services.questionnaires.shapes import QuestionnaireInfo
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.answer_preview_table import AnswerPreviewModel
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.mapping_table import MappingTable
from mentorat_desktop.views.wizards.import_pages import (
    CheckedFile,
    CheckPage,
    ColumnsPage,
    FileChoicePage,
    TableImportWizard,
)

SOURCE, MAPPING, PREVIEW = range(3)
WARNING_STYLE = "color: #8a4b00;"


class SourcePage(FileChoicePage):
    """Which questionnaire the file answers, and the file itself."""

    EXCEL_SUFFIXES = (".xlsx", ".xlsm")
    _wizard: AnswerImportWizard

    def __init__(self, wizard: AnswerImportWizard) -> None:
        super().__init__(
            wizard,
            _("Questionnaire and file"),
            _(
                "Choose the questionnaire the file answers, then the form service's CSV or "
                "Excel export."
            ),
        )
        self.questionnaire = QComboBox()
        self.questionnaire.setAccessibleName(_("Questionnaire"))
        self.infos = questionnaires(wizard.context.db)
        language = current_language()
        for info in self.infos:
            self.questionnaire.addItem(info.title_in(language))
        if wizard.kind is not None:
            first = next((i for i, q in enumerate(self.infos) if q.kind == wizard.kind), 0)
            self.questionnaire.setCurrentIndex(first)
        self.questionnaire.currentIndexChanged.connect(self.show_version)
        self.version = QLabel()
        self.version.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Questionnaire"), self.questionnaire)
        form.addRow("", self.version)
        self.lay_out(form)
        self.show_version()

    def chosen(self) -> QuestionnaireInfo:
        return self.infos[max(self.questionnaire.currentIndex(), 0)]

    def show_version(self) -> None:
        info = self.chosen()
        self.version.setText(
            ngettext(
                "The answers go to version {number} of this questionnaire ({n} question).",
                "The answers go to version {number} of this questionnaire ({n} questions).",
                len(info.questions),
            ).format(number=info.version_number, n=len(info.questions))
        )

    def validatePage(self) -> bool:
        table = self.chosen_table()
        if table is None:
            return False
        picked = self.chosen()
        info = self.errors.attempt(  # the current version now, were it edited meanwhile
            lambda: questionnaire_for(self._wizard.context.db, picked.kind, picked.audience)
        )
        if info is None:
            return False
        self._wizard.info = info
        self.keep(table)
        return True


class MappingPage(ColumnsPage):
    _wizard: AnswerImportWizard

    def __init__(self, wizard: AnswerImportWizard) -> None:
        super().__init__(
            wizard, _("Columns and questions"), MappingTable(target_title=_("Question or field"))
        )
        self.setSubTitle(
            _(
                "Check which question each column answers, and which column gives the e-mail "
                "of the person who answered. Columns set to “ignore” are not imported."
            )
        )
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        table, info = self._wizard.table, self._wizard.info
        assert table is not None and info is not None
        remembered = remembered_answer_mapping(table.headers, info)
        mapping = remembered or guess_answer_mapping(table.headers, info)
        self.show_origin(
            bool(remembered),
            _("The columns were recognised from their headers and the questions' texts."),
        )
        self.table.load(table, mapping, answer_targets(info))
        for combo in self.table.combos:
            combo.currentIndexChanged.connect(self.show_unmapped)
        self.show_unmapped()
        self.errors.clear_errors()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(columns=self.table.columns())

    def show_unmapped(self) -> None:
        """Required questions no column answers: every row would be refused for them."""
        info = self._wizard.info
        assert info is not None
        missing = unmapped_required(info, self.mapping())
        numbers = ", ".join(str(q.position) for q in missing)
        self.warning.setText(
            ngettext(
                "No column answers required question {numbers}: every row will be in error "
                "unless a column is chosen for it.",
                "No column answers required questions {numbers}: every row will be in error "
                "unless a column is chosen for each.",
                len(missing),
            ).format(numbers=numbers)
            if missing
            else ""
        )
        self.warning.setVisible(bool(missing))

    def validatePage(self) -> bool:
        if self.refuse_doubled(
            _("Each question or field can come from one column only: {fields}.")
        ):
            return False
        mapping = self.mapping()
        if EMAIL not in mapping.columns.values():
            self.errors.show_message(
                _("Choose the column that gives the e-mail of the person who answered.")
            )
            return False
        table, info = self._wizard.table, self._wizard.info
        assert table is not None and info is not None
        context, cohort = self._wizard.context, self._wizard.cohort
        return self.keep_preview(
            mapping, lambda: preview_answers(context.db, cohort.id, info, table, mapping)
        )


class PreviewPage(CheckPage):
    _wizard: AnswerImportWizard

    def __init__(self, wizard: AnswerImportWizard) -> None:
        super().__init__(
            wizard,
            _(
                "Nothing has been written yet. Every row and every problem is listed below; "
                "the answers themselves are not shown."
            ),
            AnswerPreviewModel,
        )
        self.lay_out()

    def show_columns(self, preview: CheckedFile) -> None:
        assert isinstance(preview, AnswerImportPreview)
        self.view.setColumnHidden(
            AnswerPreviewModel.PARTNER, preview.kind != QuestionnaireKind.EVALUATION
        )

    def write(self) -> bool:
        return self._wizard.write(self.skip_invalid.isChecked(), self.errors)


class AnswerImportWizard(TableImportWizard):
    """Import a form service's export of answers into one program year.

    After ``exec()`` returns Accepted, ``result`` holds what was written (it shadows
    ``QDialog.result()``: read the dialog's outcome from ``exec()``)."""

    def __init__(
        self,
        context: ViewContext,
        cohort: CohortSummary,
        kind: QuestionnaireKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, cohort, parent)
        self.kind = kind
        self.info: QuestionnaireInfo | None = None
        self.preview: AnswerImportPreview | None = None
        self.result: AnswerImportResult | None = None  # shadows QDialog.result(), as asked
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.set_pages(
            _("Import answers — {cohort}").format(cohort=cohort.name),
            [
                (SOURCE, self.source_page),
                (MAPPING, self.mapping_page),
                (PREVIEW, self.preview_page),
            ],
        )

    def choose_file(self) -> str:
        """The file dialog; tests replace this."""
        return self.open_file_dialog(
            _("Import answers"), _("Form exports (*.csv *.xlsx);;All files (*)")
        )

    def write(self, skip_invalid: bool, errors: ErrorsLabel) -> bool:
        preview, table, mapping, info = self.preview, self.table, self.mapping, self.info
        assert preview is not None and table is not None
        assert mapping is not None and info is not None
        result = errors.attempt(
            lambda: apply_answer_import(
                self.context.db,
                self.cohort.id,
                preview,
                skip_invalid=skip_invalid,
                actor=self.context.actor,
            )
        )
        if result is None:
            return False
        remember_answer_mapping(table.headers, info, mapping)
        self.result = result
        return True

    def summary(self) -> str:
        return self.result.describe() if self.result is not None else ""

    def accept(self) -> None:
        super().accept()
        if self.result is not None:
            self.announce(self.summary())

    def announce(self, message: str) -> None:
        """Tell the user what was imported; tests replace this."""
        QMessageBox.information(self, _("Import answers"), message)
