"""Ctrl+K, Help ▸ Keyboard shortcuts and Help ▸ User guide, driven as a person would."""

from __future__ import annotations

import pytest
from helpers.forms import mentee_form, mentor_form
from helpers.pairs import confirmed_pair
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from mentorat_desktop import i18n
from mentorat_desktop.services.resources.library import Heading
from mentorat_desktop.services.user_guide import load_guide
from mentorat_desktop.views.find.quick_open import QuickOpen
from mentorat_desktop.views.find.shortcuts_dialog import ShortcutsDialog, plain_text
from mentorat_desktop.views.main_window import DOCUMENTS, PAIRS, PARTICIPANTS, MainWindow


@pytest.fixture
def window(qtbot, context, cohort) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def _typing(qtbot, text: str, *keys: Qt.Key):
    """A run_dialog that types ``text`` in the search, presses ``keys``, then Enter."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, QuickOpen)
        qtbot.keyClicks(dialog.query, text)
        for key in keys:
            qtbot.keyClick(dialog.query, key)
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_ctrl_k_is_the_search_and_enter_goes_to_the_person(qtbot, window, db, cohort) -> None:
    pair = confirmed_pair(db, cohort.id)
    assert window.find_anything_action.shortcut() == QKeySequence("Ctrl+K")
    window.navigation.setCurrentRow(PARTICIPANTS)
    window.participants.search.setText("nobody at all")  # a filter hiding everyone
    window.run_dialog = _typing(qtbot, "elodie berube")
    found = window.find_anything()
    assert found is not None and found.key == pair.mentee_id
    assert window.navigation.currentRow() == PARTICIPANTS
    assert window.participants.search.text() == ""
    selected = window.participants.selected()
    assert selected is not None and selected.participation_id == pair.mentee_id


def test_arrow_keys_choose_the_pair_line(qtbot, window, db, cohort) -> None:
    pair = confirmed_pair(db, cohort.id)
    # "berube" matches the person first, then her pair: Down picks the pair.
    window.run_dialog = _typing(qtbot, "BERUBE", Qt.Key.Key_Down)
    found = window.find_anything()
    assert found is not None and found.key == pair.pairing_id
    assert window.navigation.currentRow() == PAIRS
    assert window.pairs.current_pairing_id() == pair.pairing_id


@pytest.mark.parametrize(("language", "typed"), [("fr", "documents"), ("en", "DOCUMENTS")])
def test_pages_are_found_in_the_language_of_the_screen(qtbot, context, cohort, language, typed):
    i18n.set_language(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.run_dialog = _typing(qtbot, typed)
    window.find_anything()
    assert window.navigation.currentRow() == DOCUMENTS


@pytest.mark.parametrize(("language", "typed"), [("fr", "pairs"), ("en", "duos")])
def test_a_page_is_found_by_its_name_in_the_other_language(
    qtbot, context, cohort, language, typed
) -> None:
    """A bilingual committee: "pairs" in the French interface finds « Duos », and back."""
    i18n.set_language(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.run_dialog = _typing(qtbot, typed)
    window.find_anything()
    assert window.navigation.currentRow() == PAIRS


def test_escape_goes_nowhere_and_nothing_found_says_so(qtbot, window, db, cohort) -> None:
    confirmed_pair(db, cohort.id, mentor=mentor_form(), mentee=mentee_form())
    window.navigation.setCurrentRow(PARTICIPANTS)

    def run(dialog: QDialog) -> bool:
        qtbot.keyClicks(dialog.query, "zzzz")
        assert dialog.model.rowCount() == 0
        assert "zzzz" in dialog.hint.text()
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # nothing to go to: stays open
        assert dialog.result() != QDialog.DialogCode.Accepted
        qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
        return False

    window.run_dialog = run
    assert window.find_anything() is None
    assert window.navigation.currentRow() == PARTICIPANTS


def test_found_list_model_is_sound(qtmodeltester, window, db, cohort) -> None:
    confirmed_pair(db, cohort.id)
    from mentorat_desktop.services.finding import people_and_pairs

    dialog = QuickOpen(people_and_pairs(db, cohort.id), window)
    qtmodeltester.check(dialog.model)
    dialog.query.setText("marc")
    qtmodeltester.check(dialog.model)


def _row_named(rows, action: str):
    return next(row for row in rows if row.action == action)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_shortcuts_dialog_lists_every_key_of_the_window(qtbot, context, cohort, language):
    i18n.set_language(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    rows = window.shortcut_rows()
    listed = {(row.action, row.keys) for row in rows}
    # Every action of the window that has a key is in the list, with that key.
    from PySide6.QtGui import QAction

    from mentorat_desktop.views.find.shortcuts_dialog import keys_text, plain_text

    for action in window.findChildren(QAction):
        if keys_text(action):
            assert (plain_text(action.text()), keys_text(action)) in listed, action.text()
    groups = {row.group for row in rows}
    edit = "Édition" if language == "fr" else "Edit"
    assert edit in groups
    assert any("Ctrl+K" in row.keys for row in rows if row.group == edit)
    # The board's own keys (pair, back to waiting) are there, under its page.
    board = window.matching.pair_action  # Ctrl+Enter, named as the platform names it
    assert _row_named(rows, plain_text(board.text())).keys == keys_text(board)
    shown: list[QDialog] = []
    window.run_dialog = lambda dialog: shown.append(dialog) or True
    window.shortcuts_action.trigger()
    assert isinstance(shown[0], ShortcutsDialog)
    assert "Ctrl+K" in shown[0].browser.toPlainText()


def test_shortcuts_list_only_keys_a_usual_keyboard_has(qtbot, context, cohort) -> None:
    """Undo also answers to F14 and a dedicated Undo key; listing them only puzzles people."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.undo_action.setShortcuts(
        [QKeySequence("Ctrl+Z"), QKeySequence(Qt.Key.Key_F14), QKeySequence(Qt.Key.Key_Undo)]
    )
    row = _row_named(window.shortcut_rows(), plain_text(window.undo_action.text()))
    assert row.keys == QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_user_guide_walks_the_ten_phases_in_both_languages(qtbot, window, language) -> None:
    guide = load_guide(language)
    sections = [b.text for b in guide.blocks if isinstance(b, Heading) and b.level == 2]
    numbered = [text for text in sections if text[:2].rstrip(".").isdigit()]
    assert len(numbered) == 10
    other = load_guide("en" if language == "fr" else "fr")
    assert len([b for b in other.blocks if isinstance(b, Heading)]) == len(
        [b for b in guide.blocks if isinstance(b, Heading)]
    )


def test_user_guide_opens_from_help_and_switches_language(qtbot, window) -> None:
    assert QKeySequence("F1") in window.guide_action.shortcuts()
    window.guide_action.trigger()
    from mentorat_desktop.views.find.user_guide import UserGuide

    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    assert "Jumelage" in guide.browser.toPlainText()
    assert guide.other_button.text() == "English version"
    qtbot.mouseClick(guide.other_button, Qt.MouseButton.LeftButton)
    assert "Matching" in guide.browser.toPlainText()
    assert guide.other_button.text() == "Version française"
    window.guide_action.trigger()  # F1 again: the same guide comes to the front
    assert len(window.findChildren(UserGuide)) == 1
