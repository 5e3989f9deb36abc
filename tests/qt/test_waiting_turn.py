"""The app waits its turn while another process writes: a "still waiting" dialog when the wait
is long (threshold injected: at once), the action done once the other writer lets go, or given
up in words with "Stop waiting"."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from mentorat_desktop.services.cohorts import CohortForm, create_cohort, list_cohorts
from mentorat_desktop.services.safekeeping.turns import FileBusy
from mentorat_desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, context, cohort) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.watcher.close()
    window.waiting.attach(context.db, notice_after=0)  # say it at once
    return window


@pytest.fixture
def other_writer(context):
    connection = sqlite3.connect(context.db.path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")  # a command-line import, say, mid-transaction
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


NEXT_YEAR = CohortForm(name="2027-2028", start_date=date(2027, 9, 1), end_date=date(2028, 6, 30))


def test_the_action_waits_says_so_then_is_done_when_the_other_writer_finishes(
    qtbot, window, context, other_writer
) -> None:
    seen: list[tuple[bool, str]] = []

    def other_finishes() -> None:
        dialog = window.waiting.dialog
        seen.append((dialog.isVisible(), dialog.labelText()))
        assert "autre copie de Mentorat ou une commande" in window.statusBar().currentMessage()
        other_writer.execute("COMMIT")

    window.waiting.shown.connect(other_finishes)
    with qtbot.waitSignal(window.waiting.hidden, timeout=10000):
        create_cohort(context.db, NEXT_YEAR)
    assert seen and seen[0][0] and "En attente" in seen[0][1]
    assert window.waiting.dialog is None
    assert "2027-2028" in [c.name for c in list_cohorts(context.db)]


def test_stop_waiting_gives_up_in_words_and_does_nothing(
    qtbot, window, context, other_writer
) -> None:
    window.waiting.shown.connect(lambda: window.waiting.dialog.cancel())
    with pytest.raises(FileBusy) as busy:
        create_cohort(context.db, NEXT_YEAR)
    assert "occupé" in busy.value.message
    other_writer.execute("ROLLBACK")
    assert "2027-2028" not in [c.name for c in list_cohorts(context.db)]
    assert window.waiting.dialog is None
