"""What the registration import and the answers import share: the same three steps (file,
columns, check) with the same widgets and rules; each wizard adds only what its rows need.

Nothing is written before Finish: the last page hands the accepted rows to the wizard's
``write``. Widgets keep their names (``path``, ``sheet``, ``table``, ``skip_invalid``...)
because tests drive them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.importing.contract import ColumnMapping, RowStatus, SourceTable
from mentorat_desktop.services.importing.reader import list_sheets, read_table
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.import_preview_table import CheckedRowsModel
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.hinted_field import show_whole_hint
from mentorat_desktop.views.widgets.mapping_table import MappingTable


class CheckedFile(Protocol):
    """A preview as the check page shows it (``ImportPreview``, ``AnswerImportPreview``)."""

    @property
    def rows(self) -> Sequence[Any]: ...

    @property
    def ignored_columns(self) -> tuple[str, ...]: ...

    @property
    def notes(self) -> tuple[str, ...]: ...

    def count(self, status: RowStatus) -> int: ...

    def describe(self) -> str: ...


class TableImportWizard(QWizard):
    """The state the steps pass along; subclasses add their pages, ``preview``, ``write``
    and ``choose_file`` (the file dialog tests replace)."""

    preview: CheckedFile | None

    def __init__(
        self, context: ViewContext, cohort: CohortSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort = cohort
        self.source: Path | None = None
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None

    def set_pages(self, title: str, pages: Sequence[tuple[int, QWizardPage]]) -> None:
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        for page_id, page in pages:
            self.setPage(page_id, page)
        self.resize(980, 680)

    def choose_file(self) -> str:
        raise NotImplementedError

    def open_file_dialog(self, title: str, filters: str) -> str:
        name, _filter = QFileDialog.getOpenFileName(self, title, str(Path.home()), filters)
        return name


class FileChoicePage(QWizardPage):
    """The file and, for a workbook, its sheet. Subclasses may add widgets to ``file_row``
    and rows to the form before calling ``lay_out``."""

    EXCEL_SUFFIXES: tuple[str, ...] = (".xlsx",)

    def __init__(self, wizard: TableImportWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.path = QLineEdit()
        self.path.setAccessibleName(_("File"))
        self.path.setPlaceholderText(_("Choose a .csv or .xlsx file"))
        # With large type the form's long labels squeezed the hint to a few words.
        show_whole_hint(self.path)
        self.path.editingFinished.connect(self.refresh_sheets)
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self.browse)
        self.file_row = QHBoxLayout()
        self.file_row.addWidget(self.path, 1)
        self.file_row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(_("Sheet"))
        self.sheet.setEnabled(False)
        self.errors = ErrorsLabel()

    def lay_out(self, form: QFormLayout) -> None:
        form.addRow(_("File"), self.file_row)
        form.addRow(_("Sheet"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch()

    def browse(self) -> None:
        chosen = self._wizard.choose_file()
        if chosen:
            self.path.setText(str(chosen))
            self.refresh_sheets()

    def refresh_sheets(self) -> None:
        self.sheet.clear()
        path = Path(self.path.text().strip())
        is_excel = path.suffix.lower() in self.EXCEL_SUFFIXES and path.is_file()
        sheets = self.errors.attempt(lambda: list_sheets(path)) if is_excel else None
        for name in sheets or []:
            self.sheet.addItem(name)
        self.sheet.setEnabled(bool(sheets))

    def chosen_table(self) -> SourceTable | None:
        """The chosen file's table; None after showing why there is none."""
        text = self.path.text().strip()
        if not text:
            self.errors.show_message(_("Choose the file to import."))
            return None
        sheet = self.sheet.currentText() if self.sheet.isEnabled() else None
        return self.errors.attempt(lambda: read_table(Path(text), sheet))

    def keep(self, table: SourceTable) -> None:
        self._wizard.table = table
        self._wizard.source = Path(self.path.text().strip())


class ColumnsPage(QWizardPage):
    """Which column feeds what; subclasses lay it out, load the table and check the
    mapping."""

    def __init__(self, wizard: TableImportWizard, title: str, table: MappingTable) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(title)
        self.table = table
        self.remembered = QLabel()
        self.remembered.setWordWrap(True)
        self.errors = ErrorsLabel()

    def show_origin(self, remembered: bool, recognised: str) -> None:
        """Say whether the columns come from the last file with these headers."""
        self.remembered.setText(
            _("The columns were set as for the last file with the same headers.")
            if remembered
            else recognised
        )

    def refuse_doubled(self, message: str) -> bool:
        """Show ``message`` (with ``{fields}``) when a target has two columns."""
        doubled = self.table.duplicated_fields()
        if doubled:
            self.errors.show_message(message.format(fields=", ".join(doubled)))
        return bool(doubled)

    def keep_preview(self, mapping: ColumnMapping, check: Callable[[], CheckedFile]) -> bool:
        preview = self.errors.attempt(check)
        if preview is None:
            return False
        self._wizard.mapping = mapping
        self._wizard.preview = preview
        return True


class CheckPage(QWizardPage):
    """Every row with its status and problems, before anything is written."""

    def __init__(
        self, wizard: TableImportWizard, subtitle: str, model_type: type[CheckedRowsModel]
    ) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Check before importing"))
        self.setSubTitle(subtitle)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = model_type(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(
            model_type.PROBLEMS, QHeaderView.ResizeMode.Stretch
        )
        self.view.setAccessibleName(_("Rows of the file"))
        self.skip_invalid = QCheckBox(_("Import the valid rows and leave out the rows with errors"))
        self.errors = ErrorsLabel()

    def lay_out(self, *choices: QLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        for choice in choices:
            layout.addLayout(choice)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.errors)

    def show_columns(self, preview: CheckedFile) -> None:
        """Hide the columns this preview has nothing for; all shown here."""

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self.model.set_rows(preview.rows)
        self.show_columns(preview)
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

    def write(self) -> bool:
        """Hand the accepted rows to the wizard; True when they were written."""
        raise NotImplementedError

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
        return self.write()
