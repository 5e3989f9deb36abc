"""Importing registrations: choose the file, check the columns, look at every row, then
write all accepted rows in one transaction. Nothing is written before Finish."""

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
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models.enums import Role
from mentorat_desktop.paths import resources_dir
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.importing.apply import apply_import
from mentorat_desktop.services.importing.columns import guess_mapping
from mentorat_desktop.services.importing.contract import (
    ColumnMapping,
    DuplicatePolicy,
    ImportPreview,
    ImportResult,
    RowStatus,
    SourceTable,
)
from mentorat_desktop.services.importing.mapping_memory import (
    remember_mapping,
    remembered_mapping,
)
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.importing.reader import list_sheets, read_table
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.import_preview_table import ImportPreviewModel
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.mapping_table import MappingTable

FILE, MAPPING, PREVIEW = range(3)
SAMPLE_FILE = resources_dir() / "samples" / "inscriptions-exemple.csv"


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("The file to import"))
        self.setSubTitle(_("A CSV or Excel export of the registration form."))
        self.path = QLineEdit()
        self.path.setAccessibleName(_("File"))
        self.path.setPlaceholderText(_("Choose a .csv or .xlsx file"))
        self.path.editingFinished.connect(self.refresh_sheets)
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self.browse)
        self.sample = QPushButton(_("Try the sample file"))
        self.sample.setToolTip(
            _(
                "A fictional export of the registration form, to see how an "
                "import works before using a real file."
            )
        )
        self.sample.clicked.connect(self.use_sample)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.sample)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(_("Sheet"))
        self.sheet.setEnabled(False)
        form = QFormLayout()
        form.addRow(_("File"), row)
        form.addRow(_("Sheet"), self.sheet)
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch()

    def browse(self) -> None:
        chosen = self._wizard.choose_file()
        if chosen:
            self.path.setText(str(chosen))
            self.refresh_sheets()

    def use_sample(self) -> None:
        self.path.setText(str(SAMPLE_FILE))
        self.refresh_sheets()

    def refresh_sheets(self) -> None:
        self.sheet.clear()
        path = Path(self.path.text().strip())
        is_excel = path.suffix.lower() == ".xlsx" and path.is_file()
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
        self._wizard.table = table
        self._wizard.source = Path(text)
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Columns and fields"))
        self.setSubTitle(
            _("Check which question each column answers. Columns set to “ignore” are not imported.")
        )
        self.table = MappingTable()
        self.role = QComboBox()
        self.role.addItem(_("— from the role column —"), "")
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.setAccessibleName(_("Role of everyone in the file"))
        role_row = QFormLayout()
        role_row.addRow(_("Without a role column, everyone registers as"), self.role)
        self.remembered = QLabel()
        self.remembered.setWordWrap(True)
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table, 1)
        layout.addLayout(role_row)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        remembered = remembered_mapping(table.headers)
        mapping = remembered or guess_mapping(table.headers)
        self.remembered.setText(
            _("The columns were set as for the last file with the same headers.")
            if remembered
            else _("The columns were recognised from their headers.")
        )
        self.table.load(table, mapping)
        self.role.setCurrentIndex(
            max(self.role.findData(mapping.role.value if mapping.role else ""), 0)
        )
        self.errors.clear_errors()

    def mapping(self) -> ColumnMapping:
        role = self.role.currentData()
        return ColumnMapping(columns=self.table.columns(), role=Role(role) if role else None)

    def validatePage(self) -> bool:
        doubled = self.table.duplicated_fields()
        if doubled:
            self.errors.show_message(
                _("Each field can come from one column only: {fields}.").format(
                    fields=", ".join(doubled)
                )
            )
            return False
        mapping = self.mapping()
        if "role" not in mapping.columns.values() and mapping.role is None:
            self.errors.show_message(
                _(
                    "The file has no role column: choose whether everyone in it registers as a "
                    "mentor or as a mentee."
                )
            )
            return False
        table = self._wizard.table
        assert table is not None
        preview = self.errors.attempt(
            lambda: preview_import(self._wizard.context.db, self._wizard.cohort.id, table, mapping)
        )
        if preview is None:
            return False
        self._wizard.mapping = mapping
        self._wizard.preview = preview
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Check before importing"))
        self.setSubTitle(
            _("Nothing has been written yet. Every row and every problem is listed below.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(
            ImportPreviewModel.PROBLEMS, QHeaderView.ResizeMode.Stretch
        )
        self.view.setAccessibleName(_("Rows of the file"))
        self.update_existing = QRadioButton(_("Update them with the file's answers"))
        self.skip_existing = QRadioButton(_("Leave them as they are"))
        self.skip_existing.setChecked(True)
        existing = QHBoxLayout()
        existing.addWidget(QLabel(_("People already registered this year:")))
        existing.addWidget(self.update_existing)
        existing.addWidget(self.skip_existing)
        existing.addStretch()
        self.skip_invalid = QCheckBox(_("Import the valid rows and leave out the rows with errors"))
        self.errors = ErrorsLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(existing)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self.model.set_rows(preview.rows)
        self.view.resizeColumnsToContents()
        self.view.resizeRowsToContents()
        lines = [
            preview.describe(),
            *preview.notes,
        ]
        if preview.ignored_columns:
            lines.append(
                _("Columns ignored: {columns}").format(columns=", ".join(preview.ignored_columns))
            )
        self.summary.setText("\n".join(lines))
        has_errors = preview.count(RowStatus.ERROR) > 0
        self.skip_invalid.setVisible(has_errors)
        self.skip_invalid.setChecked(False)
        self.errors.clear_errors()

    def policy(self) -> DuplicatePolicy:
        return DuplicatePolicy.UPDATE if self.update_existing.isChecked() else DuplicatePolicy.SKIP

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
        return self._wizard.write(self.policy(), self.skip_invalid.isChecked(), self.errors)


class ImportWizard(QWizard):
    def __init__(
        self, context: ViewContext, cohort: CohortSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort = cohort
        self.source: Path | None = None
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.result_of_import: ImportResult | None = None
        self.setWindowTitle(_("Import registrations — {cohort}").format(cohort=cohort.name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(FILE, self.file_page)
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(PREVIEW, self.preview_page)
        self.resize(980, 680)

    def choose_file(self) -> str:
        """The file dialog; tests replace this."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Import registrations"),
            str(Path.home()),
            _("Registration exports (*.csv *.xlsx);;All files (*)"),
        )
        return name

    def write(self, policy: DuplicatePolicy, skip_invalid: bool, errors: ErrorsLabel) -> bool:
        preview, table, mapping = self.preview, self.table, self.mapping
        assert preview is not None and table is not None and mapping is not None
        result = errors.attempt(
            lambda: apply_import(
                self.context.db,
                self.cohort.id,
                preview,
                policy,
                skip_invalid=skip_invalid,
                actor=self.context.actor,
            )
        )
        if result is None:
            return False
        remember_mapping(table.headers, mapping)
        self.result_of_import = result
        return True

    def summary(self) -> str:
        result = self.result_of_import
        if result is None:
            return ""
        return _("Import done: {created} created, {updated} updated, {skipped} skipped.").format(
            created=result.created, updated=result.updated, skipped=result.skipped
        )
