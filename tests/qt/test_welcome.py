"""First start: the welcome page of an empty file, the demonstration band, empty pages' hints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from mentorat_desktop.db import open_database
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog
from mentorat_desktop.views.main_window import MainWindow


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_file_opens_on_the_welcome_page_naming_the_file(qtbot, context) -> None:
    window = _window(qtbot, context)
    assert window.body.currentWidget() is window.welcome
    assert str(context.db.path) in window.welcome.where.text()
    assert window.demo_banner is None
    with qtbot.waitSignal(window.demo_requested):
        window.welcome.demo_button.click()
    with qtbot.waitSignal(window.open_file_requested):
        window.welcome.open_button.click()


def test_starting_the_year_from_the_welcome_page_leads_to_the_pages(qtbot, context, monkeypatch):
    window = _window(qtbot, context)
    shown = []

    def create(dialog: QDialog) -> bool:
        assert isinstance(dialog, CohortDialog)
        shown.append(dialog.findChildren(type(window.welcome.where))[0].text())
        dialog.accept()
        return dialog.saved is not None

    monkeypatch.setattr(window, "run_dialog", create)
    window.welcome.start_button.click()
    assert [c.name for c in list_cohorts(context.db)] == [window.current_cohort_name()]
    assert window.body.currentWidget() is not window.welcome
    assert "année du programme" in shown[0]  # the dialog explains what a year is


def test_import_from_the_welcome_page_creates_the_year_first(qtbot, context, monkeypatch):
    window = _window(qtbot, context)
    dialogs = []

    def run(dialog: QDialog) -> bool:
        dialogs.append(type(dialog).__name__)
        if isinstance(dialog, CohortDialog):
            dialog.accept()
            return True
        return False  # the import wizard, cancelled

    monkeypatch.setattr(window, "run_dialog", run)
    window.welcome.import_button.click()
    assert dialogs == ["CohortDialog", "ImportWizard"]


def test_the_demonstration_is_marked_on_every_page(qtbot, tmp_path, clock, context) -> None:
    folder = tmp_path / "mentorat-demo-abc"
    folder.mkdir()
    db = open_database(folder / "demo.sqlite3", clock)
    try:
        window = _window(qtbot, ViewContext(db, context.preferences, clock))
        assert window.demo_banner is not None and window.demo_banner.isVisible()
        assert "jetable" in window.demo_banner.text()
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            assert window.demo_banner.isVisible()
    finally:
        db.close()


def test_an_empty_participants_page_offers_import_and_register(qtbot, context, cohort):
    from mentorat_desktop.views.main_window import PARTICIPANTS

    window = _window(qtbot, context)
    window.navigation.setCurrentRow(PARTICIPANTS)
    page = window.participants
    assert page.import_button.isVisible() and page.register_button.isVisible()
    assert "Importez" in page.empty_hint.text()


def test_an_empty_board_says_who_waits_and_how_to_start(qtbot, context, cohort):
    from helpers.forms import mentee_form, mentor_form

    from mentorat_desktop.services.registration import register
    from mentorat_desktop.views.main_window import MATCHING

    window = _window(qtbot, context)
    window.navigation.setCurrentRow(MATCHING)
    assert "Aucun mentor ni mentoré" in window.matching.waiting.cards.empty_text
    register(context.db, cohort.id, mentee_form())
    register(context.db, cohort.id, mentor_form())
    window.board.reload()
    assert window.matching.waiting.cards.empty_text == ""
    hint = window.matching.pairs.cards.empty_text
    assert "1 mentoré attend un mentor" in hint and "Ctrl+Entrée" in hint
    assert window.matching.waiting.heading.text() == "Mentorés en attente (1)"


def test_unused_path_is_not_a_demo() -> None:
    from mentorat_desktop.views.welcome.demo_banner import is_demo_file

    assert is_demo_file(Path("/tmp/mentorat-demo-x1/demo.sqlite3"))
    assert not is_demo_file(Path("/home/ana/Mentorat/mentorat.sqlite3"))
