"""The guided flows of phases 5 to 7, driven like a committee volunteer would: page by page,
then Finish, and the database checked afterwards."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers.pairs import ConfirmedPair, confirmed_pair
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QGroupBox, QPlainTextEdit, QWizard

from mentorat_desktop.i18n import _
from mentorat_desktop.models import AuditEntry, Goal, MentoringSession, Pairing
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    GoalStatus,
    MeetingMode,
    PairingStatus,
)
from mentorat_desktop.services.followup.first_contact import (
    FirstContactForm,
    FirstContactOutcome,
    record_first_contact,
)
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_CODES, GUIDE_GROUPS
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.sessions import SessionForm
from mentorat_desktop.services.followup.shared_understanding import (
    SharedUnderstandingForm,
    record_shared_understanding,
)
from mentorat_desktop.services.matching.board_state import load_board
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate
from mentorat_desktop.views.wizards.first_contact_wizard import FirstContactWizard
from mentorat_desktop.views.wizards.first_meeting_wizard import FirstMeetingWizard
from mentorat_desktop.views.wizards.shared_understanding_wizard import (
    SharedUnderstandingWizard,
)

ASSIGNED = date(2026, 10, 5)


@pytest.fixture
def pair(db, cohort) -> ConfirmedPair:
    return confirmed_pair(db, cohort.id)


def _open(qtbot, wizard_class, context, pair: ConfirmedPair):
    wizard = wizard_class(context, pair.pairing_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _finish(wizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _pairing(db, pairing_id: int) -> Pairing:
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pairing_id)
        session.expunge(pairing)
        return pairing


def _audit(db, action: str) -> list[AuditEntry]:
    with db.unit_of_work() as session:
        entries = session.query(AuditEntry).filter_by(action=action).order_by(AuditEntry.id).all()
        session.expunge_all()
        return entries


def _goals(db, pairing_id: int) -> list[tuple[int, str, int]]:
    with db.unit_of_work() as session:
        rows = session.query(Goal).filter_by(pairing_id=pairing_id).order_by(Goal.position)
        return [(g.id, g.title, g.position) for g in rows]


def _contact(db, pair, clock, days: int = 2) -> None:
    clock.advance(days=days)
    record_first_contact(
        db,
        pair.pairing_id,
        FirstContactForm(clock.today(), {"frequency": "Mensuelle"}, True, ("success",)),
    )


def _understood(db, pair, clock, days: int = 5) -> None:
    clock.advance(days=days)
    record_shared_understanding(
        db, pair.pairing_id, SharedUnderstandingForm(clock.today(), True, True)
    )


def _tick(qtbot, button) -> None:
    """Click a check box or radio button on its indicator, where people click."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def _set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(to_qdate(day))


# Phase 5: first contact ---------------------------------------------------------------------


def test_first_contact_with_agreements_starts_the_relationship(qtbot, context, pair, clock):
    clock.advance(days=2)
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    assert from_qdate(wizard.contact_on.date()) == clock.today()
    assert wizard.contact_on.calendarPopup()
    _next(wizard)
    assert wizard.currentPage() is wizard.topics_page
    _tick(qtbot, wizard.topic_checks["hopes"])
    _tick(qtbot, wizard.topic_checks["boundaries"])
    _next(wizard)
    assert wizard.currentPage() is wizard.agreements_page
    edits = wizard.agreement_edits
    assert list(edits) == [
        "calendar",
        "frequency",
        "modes",
        "cancellations",
        "problems",
        "confidentiality",
    ]
    assert all(e.placeholderText() and e.tabChangesFocus() for e in edits.values())
    qtbot.keyClicks(edits["calendar"], "Premier mardi du mois")
    qtbot.keyClicks(edits["confidentiality"], "Rien ne sort de nos rencontres")
    _next(wizard)
    assert wizard.currentPage() is wizard.suits_page
    # A new record asks explicitly: neither answer is chosen in advance.
    assert not wizard.suits_yes.isChecked() and not wizard.suits_no.isChecked()
    _tick(qtbot, wizard.suits_yes)
    with qtbot.waitSignal(wizard.recorded) as signal:
        _finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert signal.args[0] == wizard.outcome == FirstContactOutcome(pair.pairing_id, False, False)
    saved = _pairing(context.db, pair.pairing_id)
    assert saved.status == PairingStatus.ACTIVE
    assert saved.first_contact_on == clock.today() and saved.suits_both is True
    assert saved.agreements == {
        "calendar": "Premier mardi du mois",
        "confidentiality": "Rien ne sort de nos rencontres",
    }
    # Which questions were talked about is kept, in the guide's order; never any answer.
    assert saved.topics_discussed == ["hopes", "boundaries"]
    (entry,) = _audit(context.db, "pairing.first_contact")
    assert entry.actor == "Sophie" and entry.details["correction"] is False


def test_does_not_suit_ends_the_pair_and_the_mentee_waits_again(
    qtbot, context, cohort, pair, clock
) -> None:
    clock.advance(days=1)
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    _next(wizard)
    _next(wizard)
    _next(wizard)
    assert wizard.choice_note.isHidden()
    _tick(qtbot, wizard.suits_no)
    # The consequence is spelled out before Finish, with the mentee named.
    assert wizard.choice_note.isVisible()
    assert wizard.detail.mentee.full_name in wizard.choice_note.text()
    _finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.outcome.ended and wizard.outcome.mentee_back_to_waiting
    saved = _pairing(context.db, pair.pairing_id)
    assert saved.status == PairingStatus.ENDED
    assert saved.end_reason == EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT
    assert saved.ended_on == clock.today()
    waiting = {card.participation_id for card in load_board(context.db, cohort.id).waiting}
    assert pair.mentee_id in waiting


def test_a_date_before_the_assignment_keeps_the_wizard_open(qtbot, context, pair) -> None:
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    _set_date(wizard.contact_on, ASSIGNED - timedelta(days=1))
    _next(wizard)
    assert wizard.isVisible() and wizard.currentPage() is wizard.when_page
    assert wizard.when_page.errors.isVisible() and wizard.when_page.errors.text()
    assert wizard.focusWidget() is wizard.contact_on
    _set_date(wizard.contact_on, ASSIGNED)
    _next(wizard)
    assert wizard.currentPage() is wizard.topics_page
    assert not wizard.when_page.errors.isVisible()
    saved = _pairing(context.db, pair.pairing_id)
    assert saved.first_contact_on is None and saved.status == PairingStatus.CONFIRMED
    assert _audit(context.db, "pairing.first_contact") == []


def test_finish_without_an_answer_on_suitability_saves_nothing(qtbot, context, pair) -> None:
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    _next(wizard)
    _next(wizard)
    _next(wizard)
    _finish(wizard)
    assert wizard.isVisible() and wizard.currentPage() is wizard.suits_page
    assert wizard.suits_page.errors.isVisible()
    assert wizard.outcome is None
    assert _pairing(context.db, pair.pairing_id).first_contact_on is None


def test_reopening_a_recorded_first_contact_shows_it_and_saves_a_correction(
    qtbot, context, pair, clock
) -> None:
    _contact(context.db, pair, clock)
    contacted = clock.today()
    clock.advance(days=3)
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    assert from_qdate(wizard.contact_on.date()) == contacted
    assert wizard.agreement_edits["frequency"].toPlainText() == "Mensuelle"
    assert wizard.agreement_edits["calendar"].toPlainText() == ""
    assert wizard.suits_yes.isChecked()
    _set_date(wizard.contact_on, contacted - timedelta(days=1))
    _next(wizard)
    assert [c for c, box in wizard.topic_checks.items() if box.isChecked()] == ["success"]
    _tick(qtbot, wizard.topic_checks["outside_work"])
    _next(wizard)
    wizard.agreement_edits["frequency"].setPlainText("Toutes les trois semaines")
    _next(wizard)
    _finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = _pairing(context.db, pair.pairing_id)
    assert saved.first_contact_on == contacted - timedelta(days=1)
    assert saved.agreements == {"frequency": "Toutes les trois semaines"}
    assert saved.topics_discussed == ["outside_work", "success"]
    first, correction = _audit(context.db, "pairing.first_contact")
    assert first.details["correction"] is False
    assert correction.details["correction"] is True
    assert correction.details["changes"]["first_contact_on"] == [
        contacted.isoformat(),
        (contacted - timedelta(days=1)).isoformat(),
    ]


def test_the_guide_questions_are_a_checklist_grouped_by_purpose(qtbot, context, pair) -> None:
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    _next(wizard)
    assert list(wizard.topic_checks) == list(GUIDE_CODES)
    assert not any(box.isChecked() for box in wizard.topic_checks.values())
    groups = [box.title() for box in wizard.topics_page.findChildren(QGroupBox)]
    assert groups == [_(group) for group in GUIDE_GROUPS]
    assert all(box.isVisible() and box.text() for box in wizard.topic_checks.values())


def test_does_not_suit_is_not_offered_once_later_steps_are_recorded(
    qtbot, context, pair, clock
) -> None:
    _contact(context.db, pair, clock)
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    assert wizard.suits_no.isEnabled()
    wizard.close()
    _understood(context.db, pair, clock)
    wizard = _open(qtbot, FirstContactWizard, context, pair)
    assert wizard.suits_yes.isChecked() and not wizard.suits_no.isEnabled()


# Phase 6: shared understanding --------------------------------------------------------------


def test_shared_understanding_needs_both_boxes_then_saves(qtbot, context, pair, clock) -> None:
    _contact(context.db, pair, clock)
    clock.advance(days=6)
    wizard = _open(qtbot, SharedUnderstandingWizard, context, pair)
    assert not wizard.roles_reviewed.isChecked() and not wizard.expectations_agreed.isChecked()
    _tick(qtbot, wizard.roles_reviewed)
    _finish(wizard)
    assert wizard.isVisible() and wizard.page.errors.isVisible()
    assert _pairing(context.db, pair.pairing_id).shared_understanding_on is None
    _tick(qtbot, wizard.expectations_agreed)
    _set_date(wizard.understood_on, clock.today() - timedelta(days=1))
    with qtbot.waitSignal(wizard.recorded):
        _finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = _pairing(context.db, pair.pairing_id)
    assert saved.shared_understanding_on == clock.today() - timedelta(days=1)
    assert saved.roles_reviewed and saved.expectations_agreed
    (entry,) = _audit(context.db, "pairing.shared_understanding")
    assert entry.details["correction"] is False


# Phase 7: first formal meeting --------------------------------------------------------------


def test_first_meeting_with_goals_engagement_and_session(qtbot, context, pair, clock) -> None:
    _contact(context.db, pair, clock)
    _understood(context.db, pair, clock)
    clock.advance(days=7)
    met = clock.today()
    wizard = _open(qtbot, FirstMeetingWizard, context, pair)
    assert wizard.log_session.isChecked() and wizard.log_session.isEnabled()
    assert wizard.duration.value() == 90
    _next(wizard)
    assert wizard.currentPage() is wizard.meeting_page  # how they met is not chosen yet
    wizard.mode.set_code(MeetingMode.VIDEO.value)
    wizard.duration.setValue(120)
    _next(wizard)
    assert wizard.currentPage() is wizard.goals_page
    editor = wizard.goal_editor
    assert editor.list.count() == 1 and editor.current_row() == 0
    qtbot.keyClicks(editor.title, "Prendre la parole en public")
    qtbot.keyClicks(editor.action_steps, "Animer deux rencontres")
    editor.leads.set_codes(["E3", "L1"])
    assert editor.no_target.isChecked() and not editor.target.isEnabled()
    editor.no_target.setChecked(False)
    _set_date(editor.target, date(2027, 3, 31))
    editor.status.set_code(GoalStatus.IN_PROGRESS.value)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.current_row() == 1 and editor.title.text() == ""
    qtbot.keyClicks(editor.title, "Tisser des liens")
    assert editor.list.item(1).text().endswith("Tisser des liens")
    _next(wizard)
    assert wizard.currentPage() is wizard.engagement_page
    assert not wizard.signed_on.isEnabled()
    _tick(qtbot, wizard.signed)
    assert wizard.signed_on.isEnabled() and from_qdate(wizard.signed_on.date()) == met
    with qtbot.waitSignal(wizard.recorded):
        _finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    with context.db.unit_of_work() as session:
        pairing = session.get(Pairing, pair.pairing_id)
        assert pairing.first_meeting_on == met and pairing.engagement_signed_on == met
        first, second = pairing.goals
        assert first.title == "Prendre la parole en public"
        assert first.leads_capabilities == ["E3", "L1"]
        assert first.target_on == date(2027, 3, 31) and first.status == GoalStatus.IN_PROGRESS
        assert first.actions == "Animer deux rencontres"
        assert (second.title, second.target_on, second.leads_capabilities) == (
            "Tisser des liens",
            None,
            [],
        )
        [logged] = pairing.sessions
        assert (logged.held_on, logged.duration_minutes, logged.mode) == (
            met,
            120,
            MeetingMode.VIDEO,
        )


def test_correcting_goals_keeps_the_ids_of_existing_goals(qtbot, context, pair, clock) -> None:
    _contact(context.db, pair, clock)
    met = clock.today()
    record_first_meeting(
        context.db,
        pair.pairing_id,
        FirstMeetingForm(
            met,
            [GoalForm(title="Parler en public"), GoalForm(title="Budget")],
            None,
            SessionForm(met, 60, MeetingMode.PHONE),
        ),
    )
    (speak_id, _, _), (budget_id, _, _) = _goals(context.db, pair.pairing_id)
    clock.advance(days=2)
    wizard = _open(qtbot, FirstMeetingWizard, context, pair)
    # A session already exists on the meeting's date: it is not offered twice.
    assert not wizard.log_session.isChecked() and not wizard.log_session.isEnabled()
    assert wizard.already_logged.isVisible()
    _next(wizard)
    editor = wizard.goal_editor
    assert [g.goal_id for g in editor.goals()] == [speak_id, budget_id]
    editor.add_goal()
    qtbot.keyClicks(editor.title, "Finances")
    editor.list.setCurrentRow(0)
    assert not editor.up_button.isEnabled()
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [g.title for g in editor.goals()] == ["Budget", "Parler en public", "Finances"]
    assert editor.current_row() == 1 and editor.title.text() == "Parler en public"
    editor.list.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.title.text() == "Parler en public"
    editor.title.setText("Parler au conseil d'administration")
    assert [(g.goal_id, g.title) for g in editor.goals()] == [
        (speak_id, "Parler au conseil d'administration"),
        (None, "Finances"),
    ]
    _next(wizard)
    _finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    goals = _goals(context.db, pair.pairing_id)
    assert [(g[1], g[2]) for g in goals] == [
        ("Parler au conseil d'administration", 0),
        ("Finances", 1),
    ]
    assert goals[0][0] == speak_id and budget_id not in {g[0] for g in goals}
    with context.db.unit_of_work() as session:
        assert session.query(MentoringSession).count() == 1
    entry = _audit(context.db, "pairing.first_meeting")[-1]
    assert entry.details["correction"] is True
    assert entry.details["goals"]["removed"] == ["Budget"]
    assert entry.details["goals"]["added"] == ["Finances"]


def test_a_goal_without_title_is_refused_and_nothing_is_saved(qtbot, context, pair, clock):
    _contact(context.db, pair, clock)
    wizard = _open(qtbot, FirstMeetingWizard, context, pair)
    wizard.mode.set_code(MeetingMode.IN_PERSON.value)
    _next(wizard)
    editor = wizard.goal_editor
    qtbot.keyClicks(editor.title, "Savoir dire non")
    editor.add_goal()
    qtbot.keyClicks(editor.description, "Un objectif sans titre")
    editor.list.setCurrentRow(0)
    _next(wizard)
    assert wizard.currentPage() is wizard.goals_page
    assert wizard.goals_page.errors.isVisible()
    # The goal to fix is shown, cursor in its title.
    assert editor.current_row() == 1 and wizard.focusWidget() is editor.title
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    wizard.reject()
    saved = _pairing(context.db, pair.pairing_id)
    assert saved.first_meeting_on is None
    assert _goals(context.db, pair.pairing_id) == []
    with context.db.unit_of_work() as session:
        assert session.query(MentoringSession).count() == 0


def test_removing_every_goal_is_refused(qtbot, context, pair, clock) -> None:
    _contact(context.db, pair, clock)
    wizard = _open(qtbot, FirstMeetingWizard, context, pair)
    wizard.log_session.setChecked(False)
    assert not wizard.mode.isEnabled()
    _next(wizard)
    editor = wizard.goal_editor
    editor.remove_goal()
    assert editor.goals() == [] and not editor.remove_button.isEnabled()
    assert not editor.title.isEnabled() and editor.empty_note.isVisible()
    _next(wizard)
    assert wizard.currentPage() is wizard.goals_page and wizard.goals_page.errors.isVisible()


def test_inputs_are_named_and_multiline_fields_pass_the_tab_on(qtbot, context, pair, clock):
    _contact(context.db, pair, clock)
    for wizard_class in (FirstContactWizard, SharedUnderstandingWizard, FirstMeetingWizard):
        wizard = _open(qtbot, wizard_class, context, pair)
        inputs = wizard.findChildren(QAbstractSpinBox) + wizard.findChildren(QPlainTextEdit)
        assert inputs
        assert [w for w in inputs if not w.accessibleName()] == []
        assert all(e.tabChangesFocus() for e in wizard.findChildren(QPlainTextEdit))
