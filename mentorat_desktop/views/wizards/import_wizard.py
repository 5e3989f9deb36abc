"""Importing registrations: choose the file, check the columns, look at every row, then
write all accepted rows in one transaction. Nothing is written before Finish."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models.enums import Role
from mentorat_desktop.paths import resources_dir
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.importing import describe
from mentorat_desktop.services.importing.apply import apply_import, missing_columns_message
from mentorat_desktop.services.importing.columns import guess_mapping, twins_of
from mentorat_desktop.services.importing.contract import (
    ColumnMapping,
    DuplicatePolicy,
    ImportPreview,
    ImportResult,
)
from mentorat_desktop.services.importing.mapping_memory import (
    remember_mapping,
    remembered_mapping,
)
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.import_preview_table import ImportPreviewModel
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.mapping_table import MappingTable
from mentorat_desktop.views.wizards.answers_to_place_page import (
    AnswersToPlacePage,
    needs_placing,
)
from mentorat_desktop.views.wizards.import_pages import (
    CheckPage,
    ColumnsPage,
    FileChoicePage,
    TableImportWizard,
)

FILE, MAPPING, PLACE, PREVIEW = range(4)
SAMPLE_FILE = resources_dir() / "samples" / "inscriptions-exemple.csv"


class FilePage(FileChoicePage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            _("The file to import"),
            _("A CSV or Excel export of the registration form."),
        )
        self.sample = QPushButton(_("Try the sample file"))
        self.sample.setToolTip(
            _(
                "A fictional export of the registration form, to see how an "
                "import works before using a real file."
            )
        )
        self.sample.clicked.connect(self.use_sample)
        self.file_row.addWidget(self.sample)
        self.lay_out(QFormLayout())

    def use_sample(self) -> None:
        self.path.setText(str(SAMPLE_FILE))
        self.refresh_sheets()

    def validatePage(self) -> bool:
        table = self.chosen_table()
        if table is None:
            return False
        self.keep(table)
        return True


class MappingPage(ColumnsPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, _("Columns and fields"), MappingTable())
        self.setSubTitle(
            _("Check which question each column answers. Columns set to “ignore” are not imported.")
        )
        self.role = QComboBox()
        self.role.addItem(_("— from the role column —"), "")
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.setAccessibleName(_("Role of everyone in the file"))
        role_row = QFormLayout()
        role_row.addRow(_("Without a role column, everyone registers as"), self.role)
        # Consent is never assumed: a file without a consent column needs the committee's word.
        self.consent = QCheckBox(
            _(
                "Without a consent column: everyone in this file consented to the purposes "
                "of collection"
            )
        )
        self.consent.setAccessibleName(_("Everyone in the file consented"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table, 1)
        layout.addLayout(role_row)
        layout.addWidget(self.consent)
        layout.addWidget(self.errors)

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        remembered = remembered_mapping(table.headers)
        mapping = remembered or guess_mapping(table.headers)
        self.chosen = mapping  # placements and date orders ride along with the columns
        self.show_origin(bool(remembered), _("The columns were recognised from their headers."))
        self.table.load(table, mapping)
        self.role.setCurrentIndex(
            max(self.role.findData(mapping.role.value if mapping.role else ""), 0)
        )
        self.errors.clear_errors()

    def mapping(self) -> ColumnMapping:
        role = self.role.currentData()
        table = self._wizard.table
        assert table is not None
        columns = self.table.columns()
        return replace(
            self.chosen,
            columns=columns,
            role=Role(role) if role else None,
            twins=twins_of(table.headers, columns),
            consent_given=self.consent.isChecked(),
        )

    def nextId(self) -> int:
        return PLACE if needs_placing(self._wizard.preview) else PREVIEW

    def validatePage(self) -> bool:
        if self.refuse_doubled(_("Each field can come from one column only: {fields}.")):
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
        if "consent" not in mapping.columns.values() and not mapping.consent_given:
            self.errors.show_message(
                _(
                    "The file has no consent column: confirm that everyone in it consented to "
                    "the purposes of collection, or map the column that records consent."
                )
            )
            return False
        table = self._wizard.table
        assert table is not None
        db, cohort_id = self._wizard.context.db, self._wizard.cohort.id
        if not self.keep_preview(mapping, lambda: preview_import(db, cohort_id, table, mapping)):
            return False
        preview = self._wizard.preview
        if preview is not None and preview.missing_fields:
            self.errors.show_message(missing_columns_message(preview))
            return False
        return True


class PreviewPage(CheckPage):
    _wizard: ImportWizard

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            _("Nothing has been written yet. Every row and every problem is listed below."),
            ImportPreviewModel,
        )
        self.update_existing = QRadioButton(_("Update them with the file's answers"))
        self.skip_existing = QRadioButton(_("Leave them as they are"))
        self.skip_existing.setChecked(True)
        existing = QHBoxLayout()
        existing.addWidget(QLabel(_("People already registered this year:")))
        existing.addWidget(self.update_existing)
        existing.addWidget(self.skip_existing)
        existing.addStretch()
        self.lay_out(existing)

    def initializePage(self) -> None:
        super().initializePage()
        preview = self._wizard.preview
        assert preview is not None
        lines = [self.summary.text()]
        lines += [describe.date_line(column) for column in preview.date_columns]
        if preview.incomplete:
            lines.append(describe.incomplete_line(preview))
        if preview.rows_to_review:
            lines.append(
                ngettext(
                    "{n} registration keeps answers as written: it will be flagged “to review”.",
                    "{n} registrations keep answers as written: they will be flagged “to "
                    "review”.",
                    preview.rows_to_review,
                ).format(n=preview.rows_to_review)
            )
        self.summary.setText("\n".join(lines))

    def policy(self) -> DuplicatePolicy:
        return DuplicatePolicy.UPDATE if self.update_existing.isChecked() else DuplicatePolicy.SKIP

    def write(self) -> bool:
        return self._wizard.write(self.policy(), self.skip_invalid.isChecked(), self.errors)


class ImportWizard(TableImportWizard):
    def __init__(
        self, context: ViewContext, cohort: CohortSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, cohort, parent)
        self.preview: ImportPreview | None = None
        self.result_of_import: ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.place_page = AnswersToPlacePage(self)
        self.preview_page = PreviewPage(self)
        self.set_pages(
            _("Import registrations — {cohort}").format(cohort=cohort.name),
            [
                (FILE, self.file_page),
                (MAPPING, self.mapping_page),
                (PLACE, self.place_page),
                (PREVIEW, self.preview_page),
            ],
        )

    def choose_file(self) -> str:
        """The file dialog; tests replace this."""
        return self.open_file_dialog(
            _("Import registrations"), _("Registration exports (*.csv *.xlsx);;All files (*)")
        )

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
