"""Pages are built and loaded when first shown, yet always show what the file holds."""

from __future__ import annotations

from datetime import date

from helpers.forms import mentee_form, mentor_form

from mentorat_desktop.db import open_database
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.registration import register
from mentorat_desktop.views.main_window import (
    DASHBOARD,
    DOCUMENTS,
    MATCHING,
    PAIRS,
    PARTICIPANTS,
    MainWindow,
)


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _show(window: MainWindow, index: int):
    window.navigation.setCurrentRow(index)
    return window.stack.currentWidget()


def _draft(context, cohort) -> int:
    mentor = register(context.db, cohort.id, mentor_form())
    mentee = register(context.db, cohort.id, mentee_form())
    draft = board_actions.Draft(mentor.participation_id, mentee.participation_id)
    board_actions.make_drafts(context.db, cohort.id, [draft])
    return mentee.participation_id


def test_only_the_dashboard_is_built_at_start(qtbot, context, cohort) -> None:
    window = _window(qtbot, context)
    built = [page is not None for page in window._pages.pages]
    assert built == [True] + [False] * (len(built) - 1)
    assert window.stack.currentIndex() == DASHBOARD


def test_a_pair_confirmed_while_the_pairs_page_was_hidden_shows_when_shown(
    qtbot, context, cohort
) -> None:
    mentee_id = _draft(context, cohort)
    window = _window(qtbot, context)
    pairs = _show(window, PAIRS)
    before = pairs.model.rowCount()
    dashboard = window._pages.pages[DASHBOARD]
    phases_before = dashboard.phase_model.rowCount()

    _show(window, MATCHING)
    assert window.board.confirm([mentee_id])
    assert _show(window, PAIRS).model.rowCount() == before + 1

    # Undone while the pairs page is hidden: shown again, the pair is gone.
    _show(window, MATCHING)
    window.undo_stack.undo()
    assert _show(window, PAIRS).model.rowCount() == before
    _show(window, DASHBOARD)
    assert dashboard.phase_model.rowCount() == phases_before


def test_a_page_shown_after_a_year_switch_shows_that_year(qtbot, context, cohort) -> None:
    register(context.db, cohort.id, mentor_form())
    window = _window(qtbot, context)
    participants = _show(window, PARTICIPANTS)
    assert participants.model.rowCount() == 1
    _show(window, DASHBOARD)
    create_cohort(context.db, CohortForm("2027-2028", date(2027, 9, 1), date(2028, 6, 30)))
    window.reload_cohorts(select_name="2027-2028")
    assert window.current_cohort_name() == "2027-2028"
    assert _show(window, PARTICIPANTS).model.rowCount() == 0
    window.cohort_combo.setCurrentIndex(window.cohort_combo.findText("2026-2027"))
    assert participants.model.rowCount() == 1  # on screen: reloaded at once


def test_a_page_first_shown_after_another_programs_write_shows_it(qtbot, context, cohort) -> None:
    window = _window(qtbot, context)
    other = open_database(context.db.path, context.clock)
    try:
        register(other, cohort.id, mentee_form())
    finally:
        other.close()
    assert _show(window, PARTICIPANTS).model.rowCount() == 1


def test_an_edit_on_a_shown_page_reloads_it_at_once(qtbot, context, cohort) -> None:
    mentee_id = _draft(context, cohort)
    window = _window(qtbot, context)
    _show(window, PAIRS)
    pairs = window._pages.pages[PAIRS]
    before = pairs.model.rowCount()
    window.pages_changed(PAIRS)  # as after an edit elsewhere, with the page on screen
    board_actions.confirm(context.db, [mentee_id])
    window.pages_changed(PAIRS)
    assert pairs.model.rowCount() == before + 1


def test_the_documents_page_shown_again_lists_a_pair_confirmed_and_undone_meanwhile(
    qtbot, context, cohort
) -> None:
    """Shown again without a change, the page only repaints; after a change, it reads."""
    mentee_id = _draft(context, cohort)
    window = _window(qtbot, context)
    documents = _show(window, DOCUMENTS)
    before = documents.choice.models[True].rowCount()

    _show(window, MATCHING)
    assert window.board.confirm([mentee_id])
    assert _show(window, DOCUMENTS).choice.models[True].rowCount() == before + 1

    _show(window, MATCHING)
    window.undo_stack.undo()
    assert _show(window, DOCUMENTS).choice.models[True].rowCount() == before


def test_the_privacy_page_first_shown_is_read_once_and_shows_the_file(
    qtbot, context, cohort, monkeypatch
) -> None:
    from mentorat_desktop.views.main_window import PRIVACY
    from mentorat_desktop.views.privacy.privacy_page import PrivacyPage

    reads = []
    reload = PrivacyPage.reload
    monkeypatch.setattr(PrivacyPage, "reload", lambda page: (reads.append(1), reload(page)))
    window = _window(qtbot, context)
    page = _show(window, PRIVACY)
    assert len(reads) == 1
    assert page.history_model.rowCount() >= 1  # the year's creation
    assert page.year_filter.findText(cohort.name) >= 0
