"""The Pairs page and the dashboard's follow-up: lists, the pair page, flows opened from a due
item, e-mails drafted in each person's language, hours and credits per person."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from helpers.forms import mentee_form
from helpers.pairs import ConfirmedPair, confirmed_pair
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentorat_desktop.models.enums import MeetingMode
from mentorat_desktop.services.followup.first_contact import (
    FirstContactForm,
    record_first_contact,
)
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.services.followup.sessions import SessionForm
from mentorat_desktop.services.followup.shared_understanding import (
    SharedUnderstandingForm,
    record_shared_understanding,
)
from mentorat_desktop.views.item_models.participant_table import ParticipantTableModel
from mentorat_desktop.views.main_window import DASHBOARD, PAIRS, MainWindow
from mentorat_desktop.views.wizards.end_wizard import EndWizard
from mentorat_desktop.views.wizards.first_contact_wizard import FirstContactWizard
from mentorat_desktop.views.wizards.first_meeting_wizard import FirstMeetingWizard
from mentorat_desktop.views.wizards.session_wizard import SessionWizard


@pytest.fixture
def pairs(db, cohort, clock) -> tuple[ConfirmedPair, ConfirmedPair]:
    """Two pairs of the same certified mentor: one just confirmed, one in its sessions."""
    fresh = confirmed_pair(db, cohort.id)
    going = confirmed_pair(
        db,
        cohort.id,
        mentee=mentee_form(email="zoe@example.org", first_name="Zoé"),
        mentor_id=fresh.mentor_id,
    )
    clock.advance(days=1)
    record_first_contact(
        db,
        going.pairing_id,
        FirstContactForm(clock.today(), {"calendar": "Le mardi"}, True, ("hopes", "success")),
    )
    record_shared_understanding(
        db, going.pairing_id, SharedUnderstandingForm(clock.today(), True, True)
    )
    record_first_meeting(
        db,
        going.pairing_id,
        FirstMeetingForm(
            clock.today(),
            [GoalForm(title="Bâtir un réseau", leads_capabilities=("D1",))],
            None,
            SessionForm(clock.today(), 90, MeetingMode.VIDEO, "Objectifs"),
        ),
    )
    clock.advance(days=3)  # the fresh pair is now 4 days without a first contact: late
    return fresh, going


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)

    def report(message: str) -> None:
        raise AssertionError(message)  # a message box would block the test

    window.flows.report = report
    window.show()
    return window


def test_the_pairs_page_lists_pairs_with_their_phase(qtbot, qtmodeltester, context, pairs):
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(PAIRS)
    page = window.pairs
    qtmodeltester.check(page.model)
    assert page.proxy.rowCount() == 2
    phases = {
        page.proxy.index(r, page.model.MENTEE).data(): page.proxy.index(r, page.model.PHASE).data()
        for r in range(2)
    }
    assert phases == {
        "Élodie Bérubé": "5. Prise de contact",
        "Zoé Bérubé": "8. Rencontres de suivi",
    }
    # Both are late: no first contact after 4 days; no signed engagement after the meeting.
    page.late_only.setChecked(True)
    assert page.proxy.rowCount() == 2
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.phase_filter.set_code("5")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Élodie Bérubé"
    page.phase_filter.setCurrentIndex(0)
    page.late_only.setChecked(False)
    page.search.setText("zoe")
    assert page.proxy.rowCount() == 1


def test_the_pair_page_shows_timeline_goals_sessions_and_credits(qtbot, context, pairs):
    fresh, going = pairs
    window = _window(qtbot, context)
    window.show_pair(going.pairing_id)
    assert window.stack.currentWidget() is window.pairs
    view = window.pairs.view
    assert view.pair.pairing_id == going.pairing_id
    assert "Zoé Bérubé" in view.title.text()
    assert view.goals.rowCount() == 1 and view.goals.index(0, 0).data() == "Bâtir un réseau"
    assert view.sessions.rowCount() == 1
    assert view.sessions.index(0, 1).data() == "1\u00a0h\u00a030"  # never wraps
    # What they agreed, and how many of the guide's questions they went through (not which
    # answers: those are never recorded).
    assert not view.agreements_box.isHidden()
    assert "Le mardi" in view.agreements.text()
    assert "2 des 7 questions du guide ont été abordées." in view.agreements.text()
    # The mentor is certified: his box shows hours and credits; the mentee's only hours.
    assert "1,5" in view.mentor_box.body.text() and "crédit" in view.mentor_box.body.text()
    assert "crédit" not in view.mentee_box.body.text()
    buttons = view.timeline.buttons
    assert set(buttons) >= {Phase.FIRST_CONTACT, Phase.SESSIONS, Phase.END}
    window.show_pair(fresh.pairing_id)
    assert view.goals_box.isHidden() and view.sessions_box.isHidden()


def test_timeline_buttons_open_the_flow_of_their_step(qtbot, context, pairs, monkeypatch):
    fresh, going = pairs
    window = _window(qtbot, context)
    opened: list[type] = []

    def run(dialog: QDialog) -> bool:
        opened.append(type(dialog))
        return False

    monkeypatch.setattr(window, "run_dialog", run)
    window.show_pair(fresh.pairing_id)
    window.pairs.view.timeline.buttons[Phase.FIRST_CONTACT].click()
    window.show_pair(going.pairing_id)
    window.pairs.view.timeline.buttons[Phase.FIRST_MEETING].click()
    window.pairs.view.session_button.click()
    window.pairs.view.timeline.buttons[Phase.END].click()
    assert opened == [FirstContactWizard, FirstMeetingWizard, SessionWizard, EndWizard]


def test_a_due_item_opens_its_flow_and_drafts_its_email(qtbot, context, pairs, monkeypatch):
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(DASHBOARD)
    dashboard = window.dashboard
    kinds = [
        dashboard.due_model.row_at(r).kind.value for r in range(dashboard.due_model.rowCount())
    ]
    assert kinds == ["first_contact_late", "engagement_not_signed"]
    opened: list[QDialog] = []
    monkeypatch.setattr(window, "run_dialog", lambda d: opened.append(d) or False)
    urls: list[str] = []
    window.flows.open_url = lambda url: urls.append(url.toString()) or True
    dashboard.select_row(0)
    dashboard.open_button.click()
    assert isinstance(opened[-1], FirstContactWizard)
    assert dashboard.email_button.isEnabled()
    dashboard.email_button.click()
    (url,) = urls
    assert url.startswith("mailto:marc.obrien@example.org")
    assert "first contact" in unquote(url)  # Marc prefers English
    dashboard.select_row(1)
    dashboard.open_button.click()
    assert isinstance(opened[-1], FirstMeetingWizard)
    assert not dashboard.email_button.isEnabled()
    dashboard.pair_button.click()
    assert window.stack.currentWidget() is window.pairs


def test_the_dashboard_counts_people_and_pairs_in_each_phase(qtbot, context, pairs):
    window = _window(qtbot, context)
    model = window.dashboard.phase_model
    counts = {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }
    assert counts["5. Prise de contact"] == ("2", "1")
    assert counts["8. Rencontres de suivi"] == ("2", "1")


def test_participants_show_hours_and_credits(qtbot, context, pairs):
    window = _window(qtbot, context)
    model = window.participants.model
    by_name = {
        model.index(r, model.NAME).data(): (
            model.index(r, ParticipantTableModel.HOURS).data(),
            model.index(r, ParticipantTableModel.CREDITS).data(),
        )
        for r in range(model.rowCount())
    }
    assert by_name["Marc O'Brien"] == ("1,5", "1,5")
    assert by_name["Zoé Bérubé"] == ("1,5", "–")
    assert by_name["Élodie Bérubé"] == ("0", "–")


def test_a_partners_phone_number_reads_on_a_line_of_its_own(qtbot) -> None:
    """Beside the e-mail address, a narrow box broke the number between its digits."""
    from mentorat_desktop.models.enums import Language, Role
    from mentorat_desktop.services.followup.pair_detail import PairPerson
    from mentorat_desktop.views.pairs.people_box import PersonBox

    box = PersonBox("Mentor")
    qtbot.addWidget(box)
    person = PairPerson(
        1,
        "Éric Béland",
        "eric@example.org",
        "450 555-0140",
        Role.MENTEE,
        Language.FR,
        "CISSS de Laval",
        "Cadre",
        False,
    )
    box.set_person(person, None)
    lines = box.body.text().split("<br>")
    assert "eric@example.org" in lines
    assert "450 555-0140" in lines
    assert "Langue de préférence\u00a0: Français" in box.body.text()
