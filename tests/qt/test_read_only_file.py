"""A read-only file opens for reading: a banner says why, editing is off, reading works.

The file is made read-only through the one question the app asks (``access.can_write``), as
a read-only mount or a file without write permission answers it; ``tests/unit`` checks that
question against a real read-only mount.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractButton

from mentorat_desktop import db as db_module
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.registration import list_participants
from mentorat_desktop.services.safekeeping.access import FileReadOnly
from mentorat_desktop.views.board import mime
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.main_window import PAGE_NAMES, MainWindow
from mentorat_desktop.views.safekeeping.read_only import EDITING, resolve

NOW = datetime(2026, 12, 4, 10, 0)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ro") / "program.sqlite3"
    db = open_database(path, FixedClock(NOW))
    try:
        write_demo(db)
    finally:
        db.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_db(demo_file: Path, monkeypatch) -> Iterator[Database]:
    monkeypatch.setattr(db_module, "can_write", lambda _path: False)
    db = open_database(demo_file, FixedClock(NOW))
    yield db
    db.close()


@pytest.fixture
def window(qtbot, read_only_db: Database) -> MainWindow:
    prefs = Preferences(committee_member="Sophie")
    window = MainWindow(ViewContext(read_only_db, prefs, read_only_db.clock))
    qtbot.addWidget(window)
    window.watcher.close()
    return window


def test_the_file_opens_read_only_with_a_banner_saying_why_and_what_to_do(window) -> None:
    assert window.context.db.read_only
    banner = window.read_only_banner
    assert banner is not None and not banner.isHidden()
    assert "lecture seule" in banner.text() and "copiez-le" in banner.text()
    assert "lecture seule" in window.windowTitle()


def test_every_editing_action_is_off_and_stays_off(qtbot, window, demo_file) -> None:
    before = _digest(demo_file)
    for action in (
        window.new_cohort_action,
        window.cohort_settings_action,
        window.erase_person_action,
        window.import_action,
        window.restore_action,
        window.register_action,
        window.edit_participant_action,
        window.withdraw_action,
        window.undo_action,
        window.redo_action,
    ):
        assert not action.isEnabled(), action.text()
        action.setEnabled(True)  # the window enables some when a year is chosen
        assert not action.isEnabled(), action.text()
    for index, name in enumerate(PAGE_NAMES):
        page = window.page(index)
        for path in EDITING.get(name, ()):
            control = resolve(page, path)
            assert not control.isEnabled(), (name, path)
            control.setEnabled(True)  # as a page does when something is selected
            assert not control.isEnabled(), (name, path)
    # A page enabling its buttons for a selection does not turn them back on.
    participants = window.participants
    participants.table.selectRow(0)
    assert participants.selected() is not None
    assert not participants.edit_button.isEnabled()
    # A person's file is reading: it stays offered; erasing them is not.
    assert window.export_person_action.isEnabled()
    assert not window.erase_person_action.isEnabled()
    assert _digest(demo_file) == before


def test_reading_exporting_and_documents_still_work(qtbot, window, tmp_path) -> None:
    assert window.backup_action.isEnabled() and window.export_menu.isEnabled()
    window.choose_export_path = lambda _suggested: tmp_path / "participants.xlsx"
    assert window.export("participants") == tmp_path / "participants.xlsx"
    assert (tmp_path / "participants.xlsx").stat().st_size > 0
    window.navigation.setCurrentRow(1)
    cohort = window.current_cohort()
    assert window.participants.model.rowCount() == len(
        list_participants(window.context.db, cohort.id)
    ) > 0
    window.navigation.setCurrentRow(6)
    assert window.documents.write_button.isEnabled()
    assert window.pairs.view.print_button.isEnabled()
    # A pair's engagement form is written from the read-only file.
    from mentorat_desktop.documents.kinds import DocumentKind

    actions = window.document_actions
    actions.run_dialog = lambda _dialog: True
    actions.choose_save_path = lambda _name: tmp_path / "engagement.pdf"
    actions.open_url = lambda _url: True
    written = actions.save_pair_document(_first_pair(window), DocumentKind.ENGAGEMENT)
    assert written == tmp_path / "engagement.pdf" and written.read_bytes().startswith(b"%PDF")


def _first_pair(window: MainWindow) -> int:
    window.navigation.setCurrentRow(4)
    window.pairs.table.selectRow(0)
    return window.pairs.current_pairing_id()


def test_a_pairs_phase_buttons_and_double_clicks_open_nothing(qtbot, window, monkeypatch):
    opened: list[object] = []
    monkeypatch.setattr(window, "run_dialog", lambda dialog: opened.append(dialog) or False)
    window.navigation.setCurrentRow(4)
    pairs = window.pairs
    assert pairs.proxy.rowCount() > 0
    pairs.table.selectRow(0)
    timeline_buttons = pairs.view.timeline.findChildren(QAbstractButton)
    assert timeline_buttons, "the chosen pair shows its phases"
    assert not any(button.isEnabled() for button in timeline_buttons)
    assert not pairs.view.session_button.isEnabled()
    window.navigation.setCurrentRow(1)
    participants = window.participants
    monkeypatch.setattr(participants, "run_dialog", lambda dialog: opened.append(dialog) or False)
    window.show()
    table = participants.table
    rect = table.visualRect(table.model().index(0, 0))
    assert rect.isValid()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []
    warned: list[str] = []
    monkeypatch.setattr(window.flows, "report", warned.append)
    assert not window.flows.edit_session(pairs.current_pairing_id(), 1)
    assert opened == [] and "lecture seule" in warned[0]


def test_the_board_takes_no_drag_and_refuses_a_drop_in_words(qtbot, window, demo_file) -> None:
    before = _digest(demo_file)
    window.navigation.setCurrentRow(3)
    page = window.matching
    for column in (page.waiting, page.mentors, page.pairs):
        assert not column.cards.dragEnabled() and not column.cards.acceptDrops()
    board = page.controller
    refused: list[str] = []
    board.refused.connect(refused.append)
    mentee = board.state.waiting[0].participation_id
    data: QMimeData = mime.encode(mime.MENTEE_MIME, mentee)
    target = board.mentors.index(0, 0)
    assert not board.mentors.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert refused and "lecture seule" in refused[-1]
    assert _digest(demo_file) == before


def test_a_change_that_slips_through_is_refused_in_words(read_only_db, demo_file) -> None:
    from sqlalchemy import select

    from mentorat_desktop.models.person import Person

    before = _digest(demo_file)
    with pytest.raises(FileReadOnly) as refused, read_only_db.unit_of_work() as session:
        session.scalars(select(Person)).first().first_name = "Autre"
    assert "lecture seule" in refused.value.message
    with pytest.raises(FileReadOnly):
        read_only_db.backup_before("import")
    assert _digest(demo_file) == before
