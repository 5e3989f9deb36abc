"""The Activities page driven as a committee member would: plan through the wizard, see the
invitation list with languages, record attendance in one step, cancel, undo each step."""

from __future__ import annotations

from datetime import date, datetime

from helpers.activities import activity_year, plan
from PySide6.QtCore import QDate, Qt

from mentorat_desktop.models.enums import ActivityAudience, ActivityStatus, Attendance
from mentorat_desktop.services.activities import planning
from mentorat_desktop.views.activities.attendance_dialog import AttendanceDialog
from mentorat_desktop.views.activities.plan_wizard import PlanWizard
from mentorat_desktop.views.item_models.activity_table import (
    LATE_COLOUR,
    STATUS,
    ActivityTableModel,
)
from mentorat_desktop.views.pages.activities_page import ActivitiesPage


def _page(qtbot, context, cohort, run_dialog) -> ActivitiesPage:
    page = ActivitiesPage(context, run_dialog=run_dialog)
    qtbot.addWidget(page)
    page.set_cohort(cohort)
    return page


def test_plan_with_the_wizard_then_undo_and_redo(qtbot, context, db, cohort):
    activity_year(db, cohort.id)

    def fill(wizard: PlanWizard) -> bool:
        wizard.show()
        wizard.what.title.setText("Atelier : gérer son temps")
        wizard.what.held_on.setDate(QDate(2026, 11, 20))
        wizard.what.video_link.setText("visio sans protocole")
        assert not wizard.what.validatePage()
        assert "https://" in wizard.what.error.text()
        wizard.what.video_link.setText("https://visio.example.org/temps")
        assert wizard.what.validatePage()
        wizard.next()
        who = wizard.who
        who.audience.setCurrentIndex(list(ActivityAudience).index(ActivityAudience.CHOSEN))
        assert not who.validatePage()
        assert who.chosen.isEnabled()
        names = [who.chosen.item(i).text() for i in range(who.chosen.count())]
        assert not any("Gagnon" in n for n in names)  # withdrawn
        who.chosen.item(0).setCheckState(Qt.CheckState.Checked)
        assert who.validatePage()
        return True

    page = _page(qtbot, context, cohort, fill)
    row = page.plan()
    assert row is not None and row.title == "Atelier : gérer son temps"
    assert page.model.rowCount() == 1 and page.selected_id() == row.id
    assert page.invitees.rowCount() == 1
    page.undo_stack.undo()
    assert page.model.rowCount() == 0
    page.undo_stack.redo()
    assert page.model.rowCount() == 1


def test_invitation_list_attendance_and_cancel(qtbot, context, db, cohort, clock):
    year = activity_year(db, cohort.id)
    held = plan(db, cohort.id, held_on=date(2026, 10, 1))
    later = plan(db, cohort.id, title="Plus tard", held_on=date(2026, 12, 1))

    def mark(dialog) -> bool:
        if isinstance(dialog, AttendanceDialog):
            index = [i.participation_id for i in dialog.invitees].index(year.mentee_en)
            dialog.choices[index].setCurrentIndex(list(Attendance).index(Attendance.EXCUSED))
        return True

    page = _page(qtbot, context, cohort, mark)
    assert [page.model.row_at(i).id for i in range(2)] == [later.id, held.id]
    page.select(held.id)
    languages = {
        page.invitees.item(r, 0).text(): page.invitees.item(r, 2).text()
        for r in range(page.invitees.rowCount())
    }
    assert languages == {"Élodie Bérubé": "FR", "Grace Hopper": "EN"}
    assert page.model.index(1, STATUS).data() == "Présences à consigner"
    assert page.model.index(1, STATUS).data(Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOUR

    assert page.record_attendance()
    after = planning.get_activity(db, held.id)
    assert (after.status, after.present, after.excused) == (ActivityStatus.HELD, 1, 1)
    page.undo_stack.undo()
    assert planning.get_activity(db, held.id).status == ActivityStatus.PLANNED

    page.select(later.id)
    assert not page.attendance_button.isEnabled()
    page.ask_reason = lambda _title: "Salle indisponible"
    assert page.cancel()
    assert planning.get_activity(db, later.id).status == ActivityStatus.CANCELLED
    page.undo_stack.undo()
    assert planning.get_activity(db, later.id).status == ActivityStatus.PLANNED


def test_mail_drafts_and_calendar_file_from_the_page(qtbot, context, db, cohort, tmp_path):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    page = _page(qtbot, context, cohort, lambda _d: True)
    page.select(row.id)
    opened: list[str] = []
    page.open_url = opened.append
    assert page.open_mail_drafts() == 2
    assert all(url.startswith("mailto:?bcc=") for url in opened)
    page.choose_calendar_path = lambda suggested: tmp_path / suggested
    paths = page.save_calendar_file()
    assert [p.name for p in paths] == [f"activite-{row.id}.fr.ics", f"activite-{row.id}.en.ics"]


def test_activity_table_model(qtmodeltester, db, cohort):
    activity_year(db, cohort.id)
    plan(db, cohort.id)
    model = ActivityTableModel(datetime(2026, 12, 1))
    model.set_rows(planning.list_activities(db, cohort.id))
    qtmodeltester.check(model)


def test_dashboard_shows_next_activity_and_attendance_to_record(qtbot, context, db, cohort):
    from mentorat_desktop.views.main_window import ACTIVITIES, MainWindow

    activity_year(db, cohort.id)
    held = plan(db, cohort.id, title="Atelier passé", held_on=date(2026, 10, 1))
    plan(db, cohort.id, title="Conférence à venir", held_on=date(2026, 11, 3))
    window = MainWindow(context)
    qtbot.addWidget(window)
    line = window.dashboard.activities_line.text()
    assert "Prochaine activité\u00a0: Conférence à venir, le 3 novembre 2026 à 12 h" in line
    assert "Présences à consigner\u00a0: 1 activité (Atelier passé)" in line
    window.dashboard.activities_button.click()
    assert window.navigation.currentRow() == ACTIVITIES
    assert window.activities.selected_id() == held.id


def test_participant_page_lists_activities_attended(qtbot, context, db, cohort, clock):
    from mentorat_desktop.services.activities.attendance import record_attendance
    from mentorat_desktop.views.pages.participants_page import ParticipantsPage

    year = activity_year(db, cohort.id)
    held = plan(db, cohort.id, title="Atelier", held_on=date(2026, 10, 1))
    record_attendance(
        db, held.id, {year.mentee_fr: Attendance.PRESENT, year.mentee_en: Attendance.ABSENT}
    )
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.set_cohort(cohort)
    page.select(year.mentee_fr)
    text = page.activities_label.text()
    assert "Élodie Bérubé" in text and "présence à 1 sur 1 activité tenue" in text
    assert "Atelier (1er oct. 2026, présent(e))" in text
    page.select(year.mentor)
    assert "Aucune activité tenue" in page.activities_label.text()


def test_a_request_is_recorded_then_offered_in_the_wizard(qtbot, context, db, cohort):
    from mentorat_desktop.views.activities.request_dialog import RequestDialog

    activity_year(db, cohort.id)
    offered: list[str] = []

    def drive(dialog) -> bool:
        if isinstance(dialog, RequestDialog):
            dialog.topic.setText("Négocier un budget")
            return True
        offered.extend(
            dialog.who.requests.item(i).text() for i in range(dialog.who.requests.count())
        )
        return False

    page = _page(qtbot, context, cohort, drive)
    assert page.record_request()
    assert "Négocier un budget" in page.pending.text()
    page.plan()
    assert len(offered) == 1 and offered[0].startswith("Négocier un budget (")
