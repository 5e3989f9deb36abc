"""Privacy where the work happens: a participant's file and erasure from the Participants page,
a year's retention date in its settings, and years past retention on the dashboard's due list."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from mentorat_desktop.models import AuditEntry
from mentorat_desktop.services.cohorts import CohortForm, create_cohort, list_cohorts
from mentorat_desktop.services.followup.due import DueKind
from mentorat_desktop.services.privacy.history import history
from mentorat_desktop.services.privacy.retention import years_to_destroy
from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog
from mentorat_desktop.views.main_window import DASHBOARD, PARTICIPANTS, MainWindow
from tests.helpers.evaluations import small_year
from tests.helpers.privacy import CANARY, CANARY_EMAIL, canary_count, plant_canary


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _answer_everything(window: MainWindow, told: list[str], path: str = "") -> None:
    actions = window.privacy_actions
    actions.confirm = lambda parent, title, text: told.append(text) or True
    actions.ask_text = lambda parent, title, label: ("Demande de la personne", True)
    actions.ask_path = lambda parent, suggested: path
    actions.inform = lambda parent, title, text: told.append(text)
    actions.refused = lambda parent, title, text: told.append("REFUSED " + text)


def _select_by_email(window: MainWindow, email: str) -> None:
    window.cohort_combo.setCurrentIndex(window.cohort_combo.findText("2026-2027"))
    page = window.participants
    for row in range(page.proxy.rowCount()):
        if page.proxy.row_at(row).email == email:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{email} not listed")


def _year_past_retention(context) -> int:
    return create_cohort(
        context.db,
        CohortForm(
            "2019-2020", date(2019, 9, 1), date(2020, 6, 30), retention_until=date(2022, 6, 30)
        ),
    ).id


def test_the_selected_participant_s_file_is_saved_from_the_participants_page(
    qtbot, context, cohort, tmp_path
) -> None:
    year = small_year(context.db, cohort.id)
    plant_canary(context.db, year.pairs["p1"])
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(PARTICIPANTS)
    page = window.participants
    assert not page.privacy_button.isEnabled()  # nothing selected yet
    assert not window.erase_person_action.isEnabled()
    _select_by_email(window, CANARY_EMAIL)
    assert page.privacy_button.isEnabled()
    assert page.privacy_button.menu().actions() == [
        window.export_person_action,
        window.erase_person_action,
    ]
    told: list[str] = []
    _answer_everything(window, told, str(tmp_path / "dossier.json"))
    window.export_person_action.trigger()
    written = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    assert written["person"]["email"] == CANARY_EMAIL
    assert str(tmp_path / "dossier.json") in told[-1]
    assert (tmp_path / "dossier.json").stat().st_mode & 0o077 == 0


def test_the_selected_participant_is_erased_from_the_participants_page(
    qtbot, context, cohort
) -> None:
    year = small_year(context.db, cohort.id)
    plant_canary(context.db, year.pairs["p1"])
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(PARTICIPANTS)
    _select_by_email(window, CANARY_EMAIL)
    told: list[str] = []
    _answer_everything(window, told)
    assert window.erase_participant()
    # The confirmation names the person and says what goes and what stays.
    assert "Tremblay-" + CANARY in told[0] and "Ce qui reste" in told[0]
    assert canary_count(context.db.path) == 0
    assert history(context.db)[-1].action == "privacy.erase_person"
    # The page shows the file as it is now: nobody listed under the erased e-mail.
    page = window.participants
    emails = {page.proxy.row_at(n).email for n in range(page.proxy.rowCount())}
    assert CANARY_EMAIL not in emails
    assert all(CANARY not in page.proxy.row_at(n).last_name for n in range(page.proxy.rowCount()))


def test_erasing_asks_first_and_no_changes_nothing(qtbot, context, cohort) -> None:
    year = small_year(context.db, cohort.id)
    plant_canary(context.db, year.pairs["p1"])
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(PARTICIPANTS)
    _select_by_email(window, CANARY_EMAIL)
    before = canary_count(context.db.path)
    window.privacy_actions.confirm = lambda parent, title, text: False
    assert not window.erase_participant()
    assert canary_count(context.db.path) == before > 0


def test_a_year_s_retention_date_is_set_in_its_settings_and_audited(qtbot, context, cohort) -> None:
    window = _window(qtbot, context)
    seen: list[CohortDialog] = []

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, CohortDialog)
        seen.append(dialog)
        assert dialog.windowTitle() == "Paramètres de l'année du programme"
        assert dialog.name.text() == "2026-2027"
        # The committee's default when the year was made: two years after it ends.
        assert dialog.retention.date() == QDate(2029, 6, 30)
        assert not dialog.anonymise_button.isVisibleTo(dialog)
        dialog.retention.setDate(QDate(2031, 6, 30))
        dialog.cadence.setValue(30)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    window.run_dialog = drive
    saved = window.edit_cohort()
    assert saved is not None and saved.retention_until == date(2031, 6, 30)
    stored = next(c for c in list_cohorts(context.db) if c.id == cohort.id)
    assert stored.retention_until == date(2031, 6, 30) and stored.session_cadence_days == 30
    with context.db.unit_of_work() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "cohort.update"
        assert entry.actor == "Sophie"
        assert entry.details["retention_until"] == {"before": "2029-06-30", "after": "2031-06-30"}
        assert set(entry.details) == {"retention_until", "session_cadence_days"}


def test_a_retention_date_before_the_year_ends_is_refused_in_words(qtbot, context, cohort) -> None:
    dialog = CohortDialog(context, None, list_cohorts(context.db)[0])
    qtbot.addWidget(dialog)
    dialog.retention.setDate(QDate(2027, 1, 31))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "jusqu'à la fin de l'année" in dialog.errors.text() or "fin" in dialog.errors.text()
    assert list_cohorts(context.db)[0].retention_until == date(2029, 6, 30)


def test_a_new_year_s_retention_follows_its_end_until_set_by_hand(qtbot, context) -> None:
    dialog = CohortDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.retention.date() == QDate(2029, 6, 30)  # 2026-2027 ends June 2027, + 2 years
    dialog.end.setDate(QDate(2027, 8, 31))
    assert dialog.retention.date() == QDate(2029, 8, 31)
    dialog.retention.setDate(QDate(2032, 1, 1))
    dialog.end.setDate(QDate(2027, 6, 30))
    assert dialog.retention.date() == QDate(2032, 1, 1)
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.retention_until == date(2032, 1, 1)


def test_the_dashboard_s_due_list_has_a_year_past_retention_and_anonymises_it(
    qtbot, context, cohort
) -> None:
    _year_past_retention(context)
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(DASHBOARD)
    page = window.dashboard
    first = page.due_model.row_at(0)
    assert first.kind == DueKind.INFORMATION_TO_DESTROY and first.cohort_name == "2019-2020"
    row = [page.due_model.index(0, c).data() for c in range(page.due_model.columnCount())]
    assert row[0] == "Renseignements personnels à détruire"
    assert "2019-2020" in row[4] and "30 juin 2022" in row[4]
    # It counts on the due list as a late item.
    assert "1 élément" in page.due_heading.text() and "1 en retard" in page.due_heading.text()
    page.select_row(0)
    assert page.open_button.text() == "Anonymiser l'année…"
    assert not page.pair_button.isEnabled() and not page.email_button.isEnabled()
    told: list[str] = []
    _answer_everything(window, told)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert "2019-2020" in told[0]  # the confirmation names the year
    assert years_to_destroy(context.db) == []
    assert page.due_model.rowCount() == 0
    assert history(context.db)[-1].action == "privacy.anonymise_year"


def test_a_year_past_retention_can_be_anonymised_from_its_settings(qtbot, context, cohort) -> None:
    old = _year_past_retention(context)
    window = _window(qtbot, context)
    window.cohort_combo.setCurrentIndex(window.cohort_combo.findText("2019-2020"))
    told: list[str] = []
    _answer_everything(window, told)
    closed: list[int] = []

    def drive(dialog: QDialog) -> bool:
        assert dialog.anonymise_button.isVisibleTo(dialog)
        assert "30 juin 2022" in dialog.retention_state.text()
        dialog.anonymise_button.click()
        closed.append(dialog.result())
        return dialog.result() == QDialog.DialogCode.Accepted

    window.run_dialog = drive
    assert window.edit_cohort() is None
    assert closed == [QDialog.DialogCode.Rejected]
    assert years_to_destroy(context.db) == []
    year = next(c for c in list_cohorts(context.db) if c.id == old)
    assert year.anonymised

    def look(dialog: QDialog) -> bool:
        assert not dialog.anonymise_button.isVisibleTo(dialog)
        assert "anonymisée" in dialog.retention_state.text()
        assert not dialog.retention.isEnabled()
        return False

    window.run_dialog = look
    window.edit_cohort()
