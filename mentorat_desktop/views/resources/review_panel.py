"""The "who has reviewed the resources" tab: the year's registered participants, the date each
reviewed the resources, and the two actions that record or clear that date."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.resources.reviewed import (
    ReviewStatus,
    record_resources_reviewed,
    resources_status,
)
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.dialogs.resources_reviewed_dialog import ResourcesReviewedDialog
from mentorat_desktop.views.item_models.resources_table import (
    ResourcesSortProxy,
    ResourcesTableModel,
)
from mentorat_desktop.views.widgets.fit_columns import fit_columns
from mentorat_desktop.views.widgets.row_table import row_table


class ReviewPanel(QWidget):
    """``changed`` after dates were recorded or cleared; ``message`` for the status bar."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortSummary | None = None
        self.model = ResourcesTableModel(self)
        self.proxy = ResourcesSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.intro = QLabel(
            _(
                "Before the pairing, every mentor and mentee reads the program's resources. "
                "Record here who has done so: select people, then mark them as reviewed."
            )
        )
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("panelHeading")
        self.summary.setWordWrap(True)
        self.table = row_table(
            self.proxy,
            _("Who has reviewed the resources"),
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
            resize=QHeaderView.ResizeMode.Interactive,
            word_wrap=True,
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ResourcesTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.mark_selected())

        self.selection_label = QLabel()
        self.mark_button = QPushButton(_("Mark as reviewed…"))
        self.mark_button.setDefault(True)
        self.clear_button = QPushButton(_("Clear the date"))
        self.clear_button.setToolTip(_("Remove the review date of the selected people"))
        self.mark_button.clicked.connect(self.mark_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.selection_label)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_summary()
        self._update_buttons()

    # Loading -------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self.reload()

    def reload(self, select_ids: list[int] | None = None) -> None:
        """Read the list again, keeping the selection (people register on other pages)."""
        keep = (
            select_ids if select_ids is not None else [r.participation_id for r in self.selected()]
        )
        rows = resources_status(self.context.db, self.cohort.id) if self.cohort else []
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.select(keep)
        self._update_summary()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def select(self, participation_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for participation_id in participation_ids:
            source_row = self.model.row_of(participation_id)
            if source_row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                selection.select(index, flags)

    def selected(self) -> list[ReviewStatus]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.row_at(row) for row in rows]

    # What tests replace --------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, _("Mentorat"), question)
        return answer == QMessageBox.StandardButton.Yes

    def report(self, message: str) -> None:
        QMessageBox.warning(self, _("Mentorat"), message)

    # Actions -------------------------------------------------------------------------------

    def mark_selected(self) -> int | None:
        """Ask the date and record it for every selected person; how many changed."""
        rows = self.selected()
        if not rows:
            return None
        dialog = ResourcesReviewedDialog(self.context, rows, self)
        if not self.run_dialog(dialog) or dialog.saved is None:
            return None
        self._after_change(rows, dialog.saved)
        return dialog.saved

    def clear_selected(self) -> int | None:
        rows = [row for row in self.selected() if row.reviewed_on is not None]
        if not rows:
            return None
        question = ngettext(
            "Remove the review date of {name}?",
            "Remove the review date of these {n} people?",
            len(rows),
        ).format(name=rows[0].name, n=len(rows))
        if not self.confirm(question):
            return None
        try:
            changed = record_resources_reviewed(
                self.context.db,
                [row.participation_id for row in rows],
                None,
                actor=self.context.actor,
            )
        except UserError as error:
            self.report(error.message)
            self.reload()
            return None
        self._after_change(rows, changed)
        return changed

    # Internals -----------------------------------------------------------------------------

    def _after_change(self, rows: list[ReviewStatus], changed: int) -> None:
        self.reload(select_ids=[row.participation_id for row in rows])
        self.message.emit(
            ngettext(
                "The review of the resources was updated for {n} participant.",
                "The review of the resources was updated for {n} participants.",
                changed,
            ).format(n=changed)
        )
        if changed:
            self.changed.emit()

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        reviewed = sum(1 for row in range(total) if self.model.row_at(row).reviewed_on is not None)
        if self.cohort is None:
            text = _("Create a program year first (File ▸ New program year).")
        elif total == 0:
            text = _("No one is registered in {cohort} yet.").format(cohort=self.cohort.name)
        else:
            text = ngettext(
                "{reviewed} of {n} registered participant has reviewed the resources.",
                "{reviewed} of {n} registered participants have reviewed the resources.",
                total,
            ).format(reviewed=reviewed, n=total)
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        rows = self.selected()
        self.mark_button.setEnabled(bool(rows))
        self.clear_button.setEnabled(any(row.reviewed_on is not None for row in rows))
        self.selection_label.setText(
            ngettext("{n} selected", "{n} selected", len(rows)).format(n=len(rows)) if rows else ""
        )
