"""The Privacy section: the history of changes, the incident register, a person's file and
erasure, and the program years whose personal information is due for destruction."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.privacy.action_labels import action_label
from mentorat_desktop.services.privacy.history import (
    HistoryFilter,
    actions,
    history,
    pair_choices,
)
from mentorat_desktop.services.privacy.incidents import (
    correct_incident,
    list_incidents,
    record_incident,
)
from mentorat_desktop.services.privacy.purposes import privacy_statement
from mentorat_desktop.services.privacy.retention import years_to_destroy
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.item_models.privacy_tables import HistoryTableModel, IncidentTableModel
from mentorat_desktop.views.privacy.incident_dialog import IncidentDialog
from mentorat_desktop.views.privacy.privacy_actions import PrivacyActions
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import from_qdate
from mentorat_desktop.views.widgets.row_table import row_table

# The history's period fields: these ends mean "no limit".
EARLIEST = QDate(2000, 1, 1)
LATEST = QDate(2100, 12, 31)


class PrivacyPage(QWidget):
    changed = Signal()
    message = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = PrivacyActions(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._history_tab(), _("History"))
        self.tabs.addTab(self._incidents_tab(), _("Confidentiality incidents"))
        self.tabs.addTab(self._person_tab(), _("A person's information"))
        self.tabs.addTab(self._retention_tab(), _("Retention"))
        # A title like every other page's, so the page says where one is.
        title = QLabel(_("Privacy"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        # Loaded by its owner, as every page is (the window, when the page is first shown).

    # History -------------------------------------------------------------------------------

    def _history_tab(self) -> QWidget:
        self.history_model = HistoryTableModel()
        self.history_table = row_table(self.history_model, _("History"))
        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(_("Action"))
        self.person_filter = QLineEdit()
        self.person_filter.setPlaceholderText(_("E-mail of a person"))
        self.person_filter.setAccessibleName(_("Person"))
        self.since = QDateEdit(EARLIEST)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setAccessibleName(_("From"))
        self.until = QDateEdit(LATEST)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(_("To"))
        self.year_filter = QComboBox()
        self.year_filter.setAccessibleName(_("Program year"))
        self.year_filter.currentIndexChanged.connect(self._year_chosen)
        self.pair_filter = QComboBox()
        self.pair_filter.setAccessibleName(_("Pair (mentor – mentee)"))
        apply = QPushButton(_("Filter"))
        apply.clicked.connect(self.reload_history)
        self.person_filter.returnPressed.connect(self.reload_history)
        # Three rows: at 1.5x text one row of seven fields would cut them, and with four on a row
        # the person's e-mail field shrank to a few letters.
        rows = QVBoxLayout()
        for fields in (
            (
                (_("Program year"), self.year_filter),
                (_("Pair (mentor – mentee)"), self.pair_filter),
            ),
            (
                (_("Action"), self.action_filter),
                (_("Person"), self.person_filter),
            ),
            (
                (_("From"), self.since),
                (_("To"), self.until),
            ),
        ):
            row = QHBoxLayout()
            for label, widget in fields:
                row.addWidget(QLabel(label))
                row.addWidget(widget, 1 if isinstance(widget, QComboBox | QLineEdit) else 0)
            rows.addLayout(row)
        row.addStretch(1)
        row.addWidget(apply)
        self.history_errors = ErrorsLabel()
        note = QLabel(_("The history names what changed; it never shows what anyone answered."))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(rows)
        layout.addWidget(self.history_errors)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(note)
        return tab

    def history_filter(self) -> HistoryFilter:
        person_id = None
        email = self.person_filter.text().strip()
        if email:
            from mentorat_desktop.services.privacy.erasure import find_person

            with self.context.db.unit_of_work() as session:
                person_id = find_person(session, email).id
        since, until = self.since.date(), self.until.date()
        return HistoryFilter(
            cohort_id=self.year_filter.currentData(),
            pairing_id=self.pair_filter.currentData(),
            person_id=person_id,
            action=self.action_filter.currentData() or "",
            since=from_qdate(since) if since > EARLIEST else None,
            until=from_qdate(until) if until < LATEST else None,
        )

    def _year_chosen(self) -> None:
        """The pairs of the chosen year (a pair belongs to one year)."""
        cohort_id = self.year_filter.currentData()
        current = self.pair_filter.currentData()
        self.pair_filter.blockSignals(True)
        self.pair_filter.clear()
        self.pair_filter.addItem(_("— every pair —"), None)
        if cohort_id is not None:
            for pairing_id, names in pair_choices(self.context.db, cohort_id):
                self.pair_filter.addItem(names, pairing_id)
        self.pair_filter.setCurrentIndex(max(self.pair_filter.findData(current), 0))
        self.pair_filter.setEnabled(cohort_id is not None)
        self.pair_filter.blockSignals(False)

    def reload_history(self) -> None:
        rows = self.history_errors.attempt(lambda: history(self.context.db, self.history_filter()))
        self.history_model.set_rows(rows or [])

    # Incidents -----------------------------------------------------------------------------

    def _incidents_tab(self) -> QWidget:
        self.incident_model = IncidentTableModel()
        self.incident_table = row_table(self.incident_model, _("Confidentiality incidents"))
        self.record_button = QPushButton(_("Record an incident…"))
        self.record_button.clicked.connect(lambda: self.edit_incident(None))
        self.correct_button = QPushButton(_("Correct…"))
        self.correct_button.clicked.connect(self.correct_selected)
        note = QLabel(
            _(
                "The register keeps every incident: an entry is never deleted, and each "
                "correction keeps the earlier value."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.incident_table, 1)
        layout.addWidget(note)
        return tab

    def incident_dialog(self, incident_id: int | None) -> IncidentDialog:
        rows = [self.incident_model.row_at(n) for n in range(self.incident_model.rowCount())]
        current = next((r for r in rows if r.id == incident_id), None)
        dialog = IncidentDialog(
            QDate(self.context.clock.today()), current.form if current else None, self
        )
        db, actor = self.context.db, self.context.actor
        if incident_id is None:
            dialog.save = lambda form: record_incident(db, form, actor)
        else:
            dialog.save = lambda form: correct_incident(db, incident_id, form, actor)
        return dialog

    def edit_incident(self, incident_id: int | None) -> None:
        if self.incident_dialog(incident_id).exec():
            self.reload()

    def correct_selected(self) -> None:
        index = self.incident_table.currentIndex()
        row = self.incident_model.valid_row(index) if index.isValid() else None
        if row is not None:
            self.edit_incident(row.id)

    # A person ------------------------------------------------------------------------------

    def _person_tab(self) -> QWidget:
        self.person_email = QLineEdit()
        self.person_email.setAccessibleName(_("E-mail"))
        self.export_button = QPushButton(_("Save the person's file…"))
        self.export_button.clicked.connect(self.export_person)
        self.erase_button = QPushButton(_("Erase this person…"))
        self.erase_button.clicked.connect(self.erase_person)
        statement = QLabel(privacy_statement().purposes)
        statement.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("E-mail"), self.person_email)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(statement)
        layout.addStretch(1)
        return tab

    def export_person(self) -> None:
        path = self.operations.export_person(self, self.person_email.text())
        if path is not None:
            self.message.emit(_("Person's file written to {path}.").format(path=path))

    def erase_person(self) -> None:
        if self.operations.erase_person(self, self.person_email.text()) is not None:
            self.person_email.clear()
            self.reload()
            self.changed.emit()

    # Retention -----------------------------------------------------------------------------

    def _retention_tab(self) -> QWidget:
        self.due_years = QListWidget()
        self.due_years.setAccessibleName(_("Personal information to destroy"))
        self.anonymise_button = QPushButton(_("Anonymise the selected year…"))
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(_("Personal information to destroy")))
        layout.addWidget(self.due_years, 1)
        layout.addWidget(self.anonymise_button)
        return tab

    def anonymise_selected(self) -> None:
        item = self.due_years.currentItem()
        if item is None:
            return
        cohort_id, name = item.data(256)
        if self.operations.anonymise_year(self, cohort_id, name) is not None:
            self.reload()
            self.changed.emit()

    # Loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.action_filter.currentData()
        self.action_filter.clear()
        self.action_filter.addItem(_("— every action —"), "")
        for label, action in sorted(
            (action_label(code), code) for code in actions(self.context.db)
        ):
            self.action_filter.addItem(label, action)
        self.action_filter.setCurrentIndex(max(self.action_filter.findData(current or ""), 0))
        year = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(_("— every program year —"), None)
        for cohort in list_cohorts(self.context.db):
            self.year_filter.addItem(cohort.name, cohort.id)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(year), 0))
        self.year_filter.blockSignals(False)
        self._year_chosen()
        self.reload_history()
        self.incident_model.set_rows(list_incidents(self.context.db))
        self.due_years.clear()
        for due in years_to_destroy(self.context.db):
            self.due_years.addItem(
                _("{name}: kept until {date}").format(
                    name=due.name, date=format_date(due.retention_until)
                )
            )
            self.due_years.item(self.due_years.count() - 1).setData(256, (due.cohort_id, due.name))
