"""Importing answers to a questionnaire: choose the questionnaire and the file, check the
columns, look at every row, then write all accepted rows in one transaction on Finish.

The same steps, widgets and rules as the registration import; nothing is written before
Finish, and the rows show who answered, never what they answered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentorat_desktop.i18n import _, current_language, ngettext
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.importing.contract import ColumnMapping, RowStatus, SourceTable
from mentorat_desktop.services.importing.reader import list_sheets, read_table
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

SOURCE, MAPPING, PREVIEW = range(3)
WARNING_STYLE = "color: #8a4b00;"


class SourcePage(QWizardPage):
    """Which questionnaire the file answers, and the file itself."""

    def __init__(self, wizard: AnswerImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Questionnaire and file"))
        self.setSubTitle(
            _(
                "Choose the questionnaire the file answers, then the form service's CSV or "
                "Excel export."
            )
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
        self.path = QLineEdit()
        self.path.setAccessibleName(_("File"))
        self.path.setPlaceholderText(_("Choose a .csv or .xlsx file"))
        self.path.editingFinished.connect(self.refresh_sheets)
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(_("Sheet"))
        self.sheet.setEnabled(False)
        form = QFormLayout()
        form.addRow(_("Questionnaire"), self.questionnaire)
        form.addRow("", self.version)
        form.addRow(_("File"), row)
        form.addRow(_("Sheet"), self.sheet)
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch()
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

    def browse(self) -> None:
        chosen = self._wizard.choose_file()
        if chosen:
            self.path.setText(str(chosen))
            self.refresh_sheets()

    def refresh_sheets(self) -> None:
        self.sheet.clear()
        path = Path(self.path.text().strip())
        is_excel = path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file()
        sheets = self.errors.attempt(lambda: list_sheets(path)) if is_excel else None
        for name in sheets or []:
            self.sheet.addItem(name)
        self.sheet.setEnabled(bool(sheets))

    def validatePage(self) -> bool:
        text = self.path.text().strip()
        if not text:
            self.errors.show_message(_("Choose the file to import."))
            return False
        sheet = self.sheet.currentText() if self.sheet.isEnabled() else None
        table = self.errors.attempt(lambda: read_table(Path(text), sheet))
        if table is None:
            return False
        picked = self.chosen()
        info = self.errors.attempt(  # the current version now, were it edited meanwhile
            lambda: questionnaire_for(self._wizard.context.db, picked.kind, picked.audience)
        )
        if info is None:
            return False
        self._wizard.info = info
        self._wizard.table = table
        self._wizard.source = Path(text)
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: AnswerImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Columns and questions"))
        self.setSubTitle(
            _(
                "Check which question each column answers, and which column gives the e-mail "
                "of the person who answered. Columns set to “ignore” are not imported."
            )
        )
        self.table = MappingTable(target_title=_("Question or field"))
        self.remembered = QLabel()
        self.remembered.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.errors = ErrorsLabel()
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
        self.remembered.setText(
            _("The columns were set as for the last file with the same headers.")
            if remembered
            else _("The columns were recognised from their headers and the questions' texts.")
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
        doubled = self.table.duplicated_fields()
        if doubled:
            self.errors.show_message(
                _("Each question or field can come from one column only: {fields}.").format(
                    fields=", ".join(doubled)
                )
            )
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
        preview = self.errors.attempt(
            lambda: preview_answers(context.db, cohort.id, info, table, mapping)
        )
        if preview is None:
            return False
        self._wizard.mapping = mapping
        self._wizard.preview = preview
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: AnswerImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Check before importing"))
        self.setSubTitle(
            _(
                "Nothing has been written yet. Every row and every problem is listed below; "
                "the answers themselves are not shown."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = AnswerPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(
            AnswerPreviewModel.PROBLEMS, QHeaderView.ResizeMode.Stretch
        )
        self.view.setAccessibleName(_("Rows of the file"))
        self.skip_invalid = QCheckBox(_("Import the valid rows and leave out the rows with errors"))
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self.model.set_rows(preview.rows)
        self.view.setColumnHidden(
            AnswerPreviewModel.PARTNER, preview.kind != QuestionnaireKind.EVALUATION
        )
        self.view.resizeColumnsToContents()
        self.view.resizeRowsToContents()
        lines = [preview.describe(), *preview.notes]
        if preview.ignored_columns:
            lines.append(
                _("Columns ignored: {columns}").format(columns=", ".join(preview.ignored_columns))
            )
        self.summary.setText("\n".join(lines))
        self.skip_invalid.setVisible(preview.count(RowStatus.ERROR) > 0)
        self.skip_invalid.setChecked(False)
        self.errors.clear_errors()

    def validatePage(self) -> bool:
        preview = self._wizard.preview
        assert preview is not None
        errors = preview.count(RowStatus.ERROR)
        if errors and not self.skip_invalid.isChecked():
            self.errors.show_message(
                ngettext(
                    "{n} row has errors. Correct the file and import it again, or choose to "
                    "leave out the rows with errors.",
                    "{n} rows have errors. Correct the file and import it again, or choose to "
                    "leave out the rows with errors.",
                    errors,
                ).format(n=errors)
            )
            return False
        return self._wizard.write(self.skip_invalid.isChecked(), self.errors)


class AnswerImportWizard(QWizard):
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
        super().__init__(parent)
        self.context = context
        self.cohort = cohort
        self.kind = kind
        self.info: QuestionnaireInfo | None = None
        self.source: Path | None = None
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: AnswerImportPreview | None = None
        self.result: AnswerImportResult | None = None  # shadows QDialog.result(), as asked
        self.setWindowTitle(_("Import answers — {cohort}").format(cohort=cohort.name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(SOURCE, self.source_page)
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(PREVIEW, self.preview_page)
        self.resize(980, 680)

    def choose_file(self) -> str:
        """The file dialog; tests replace this."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Import answers"),
            str(Path.home()),
            _("Form exports (*.csv *.xlsx);;All files (*)"),
        )
        return name

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
