"""An edit based on data another process changed since it was read is refused, never applied.

The measured case of the issue: a second copy ends a pair while the first still shows it open
and is recording its first contact. Here the other copy is a real process writing through its
own connection; the first copy's Finish is refused in words and the page shows the pair as it
is now.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers.pairs import ConfirmedPair, confirmed_pair
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from mentorat_desktop.models import Pairing
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.services.safekeeping.versions import ChangedElsewhere
from mentorat_desktop.views.main_window import PAIRS, MainWindow
from mentorat_desktop.views.wizards.first_contact_wizard import FirstContactWizard

ROOT = Path(__file__).resolve().parents[2]

END_ELSEWHERE = """
import sys
from datetime import date
from pathlib import Path
from mentorat_desktop.db import open_database
from mentorat_desktop.models.enums import EarlyEndReason, EndKind
from mentorat_desktop.services.followup.ending import EndForm, end_relationship
db = open_database(Path(sys.argv[1]))
end_relationship(db, int(sys.argv[2]), EndForm(
    kind=EndKind.EARLY, ended_on=date(2026, 10, 6),
    reason=EarlyEndReason.AVAILABILITY), "Autre copie")
db.close()
"""


def _elsewhere(script: str, *args: object) -> None:
    """Another process, with its own connection to the file, makes a change and commits."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture
def pair(db, cohort) -> ConfirmedPair:
    return confirmed_pair(db, cohort.id)


def _status(db, pairing_id: int) -> tuple[PairingStatus, date | None]:
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pairing_id)
        return pairing.status, pairing.first_contact_on


def _fill_first_contact(qtbot, wizard: FirstContactWizard) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    while wizard.currentPage() is not wizard.suits_page:
        next_button.click()
    yes = wizard.suits_yes
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton, pos=QPoint(6, yes.height() // 2))


def test_a_first_contact_on_a_pair_ended_elsewhere_is_refused_and_the_page_reloads(
    qtbot, context, pair, clock, monkeypatch
) -> None:
    clock.advance(days=2)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.watcher.timer.stop()  # the stale edit is refused even before the watcher looks
    window.navigation.setCurrentRow(PAIRS)
    assert window.pairs.select_pair(pair.pairing_id)
    assert window.pairs.view.pair.status == PairingStatus.CONFIRMED
    reported: list[str] = []
    monkeypatch.setattr(window.flows, "report", reported.append)

    def user_fills_in_while_another_copy_ends_the_pair(wizard) -> bool:
        qtbot.addWidget(wizard)
        wizard.show()
        _elsewhere(END_ELSEWHERE, context.db.path, pair.pairing_id)
        _fill_first_contact(qtbot, wizard)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result() == QWizard.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", user_fills_in_while_another_copy_ends_the_pair)
    assert not window.flows.open_step(pair.pairing_id, Phase.FIRST_CONTACT)
    # Refused in words; the other copy's end stands; nothing of the first contact written.
    assert len(reported) == 1 and "modifié ailleurs" in reported[0], reported
    assert _status(context.db, pair.pairing_id) == (PairingStatus.ENDED, None)
    # The page shows the pair as it is now.
    assert window.pairs.view.pair.status == PairingStatus.ENDED


def test_without_a_change_elsewhere_the_same_edit_is_saved(qtbot, context, pair, clock):
    clock.advance(days=2)
    wizard = FirstContactWizard(context, pair.pairing_id)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_first_contact(qtbot, wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.changed_elsewhere is None
    assert _status(context.db, pair.pairing_id) == (PairingStatus.ACTIVE, clock.today())


def test_a_session_logged_elsewhere_refuses_an_edit_based_on_the_older_read(
    db, pair, clock
) -> None:
    """Two connections: the stamp read by one, a session added through the other."""
    from mentorat_desktop.db import open_database
    from mentorat_desktop.models.enums import MeetingMode
    from mentorat_desktop.services.followup.first_contact import (
        FirstContactForm,
        record_first_contact,
    )
    from mentorat_desktop.services.followup.pair_detail import pair_detail
    from mentorat_desktop.services.followup.sessions import SessionForm, add_session

    clock.advance(days=2)
    record_first_contact(
        db, pair.pairing_id, FirstContactForm(clock.today(), {}, True, ())
    )
    seen = pair_detail(db, pair.pairing_id).stamp
    other = open_database(db.path, clock)
    try:
        add_session(
            other, pair.pairing_id, SessionForm(clock.today(), 60, MeetingMode.VIDEO, "Suivi")
        )
    finally:
        other.close()
    with pytest.raises(ChangedElsewhere) as refused, db.based_on(seen):
        record_first_contact(
            db, pair.pairing_id, FirstContactForm(clock.today(), {"frequency": "x"}, True, ())
        )
    assert "modifié ailleurs" in refused.value.message


PHONE_ELSEWHERE = """
import sys
from dataclasses import replace
from pathlib import Path
from mentorat_desktop.db import open_database
from mentorat_desktop.services import registration
db = open_database(Path(sys.argv[1]))
participation_id = int(sys.argv[2])
form = registration.load_form(db, participation_id)
registration.update(db, participation_id, replace(form, phone=sys.argv[3]))
db.close()
"""


def test_a_registration_corrected_elsewhere_is_not_overwritten_and_is_shown_again(
    qtbot, context, pair
) -> None:
    from mentorat_desktop.services import registration
    from mentorat_desktop.views.dialogs.participant_dialog import ParticipantDialog

    dialog = ParticipantDialog(context, pair.mentee_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.phone.setText("819 555-0000")  # the user corrects the phone here...
    _elsewhere(PHONE_ELSEWHERE, context.db.path, pair.mentee_id, "514 555-9999")  # ...and there
    dialog.accept()
    # Refused, the other correction stands, the dialog shows the registration as it is now.
    assert dialog.saved is None and dialog.isVisible() and dialog.changed_elsewhere
    assert "modifiée ailleurs" in dialog.errors.text()
    assert registration.load_form(context.db, pair.mentee_id).phone == "514 555-9999"
    assert dialog.fields.phone.text() == "514 555-9999"
    # Made again on what the file holds now, the change is saved.
    dialog.fields.phone.setText("819 555-0000")
    dialog.accept()
    assert dialog.saved is not None
    assert registration.load_form(context.db, pair.mentee_id).phone == "819 555-0000"


CONFIRM_ELSEWHERE = """
import sys
from pathlib import Path
from mentorat_desktop.db import open_database
from mentorat_desktop.services.matching import board_actions
db = open_database(Path(sys.argv[1]))
board_actions.confirm(db, [int(sys.argv[2])], "Autre copie")
db.close()
"""


def test_a_draft_confirmed_elsewhere_is_not_sent_back_to_waiting_from_the_board(
    qtbot, context, cohort
) -> None:
    from helpers.forms import mentee_form, mentor_form

    from mentorat_desktop.services.matching import board_actions
    from mentorat_desktop.services.registration import register
    from mentorat_desktop.views.main_window import MATCHING

    mentor = register(context.db, cohort.id, mentor_form()).participation_id
    mentee = register(context.db, cohort.id, mentee_form()).participation_id
    board_actions.make_drafts(context.db, cohort.id, [board_actions.Draft(mentor, mentee)])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.watcher.timer.stop()
    window.navigation.setCurrentRow(MATCHING)
    board = window.board
    assert board.state.pair_of(mentee).is_draft  # what the committee sees on the projector
    refused: list[str] = []
    board.refused.connect(refused.append)
    _elsewhere(CONFIRM_ELSEWHERE, context.db.path, mentee)  # another copy confirms it
    assert not board.request_unpair([mentee])  # dragged back to the waiting list here
    assert refused and "modifié ailleurs" in refused[-1]
    with context.db.unit_of_work() as session:
        pairing = session.query(Pairing).filter_by(mentee_id=mentee).one()
        assert pairing.status == PairingStatus.CONFIRMED
    assert not board.state.pair_of(mentee).is_draft  # the board shows it as it is now
    assert board.undo_stack.count() == 0
