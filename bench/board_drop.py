"""Benchmark: from a drop on the matching board to the repainted board, with 1,000 cards.

Run with ``QT_QPA_PLATFORM=offscreen python bench/board_drop.py``. A program year of 1,000
registrations (a third mentors) is imported, the main window opens on the Matching page
(1600 x 900), and a waiting mentee is dropped on a mentor through the item models, exactly
as a mouse drop arrives; the time runs until the event loop has painted what changed, as a
user sees it (the mentor's card is checked to have been painted again). Beside it, measured
in the same run: the service call alone (the draft written, the floor for any screen),
reading the board alone, reading and showing the whole board again, and the waiting mentees'
lines that follow the repaint. Medians of 15 drops (``BENCH_DROPS`` to change). The drops
start on a board without pairs, where the first pair clears the start hint drawn in the
empty Pairs list (and its undo draws it again); the same drops are also timed on a board that
already has a pair, as during most of the matching.

Earlier figures timed each drop until ``QWidget.grab`` had rendered the whole page once more,
a second paint no user waits for; that render is timed after each drop and printed too, so
"drop + grab" compares with those figures. Also printed: while the waiting lines are worked
out after a drop (on another thread when the board has one), the longest time the window's
event loop went without turning: how long a click would wait.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers.import_files import (  # noqa: E402
    FR_HEADERS,
    consenting_guess,
    french_row,
    people,
    write_xlsx,
)
from paint_count import PaintCount  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mentorat_desktop.clock import SystemClock  # noqa: E402
from mentorat_desktop.collector_tuning import tune_collector  # noqa: E402
from mentorat_desktop.db import open_database  # noqa: E402
from mentorat_desktop.preferences import Preferences  # noqa: E402
from mentorat_desktop.services.cohorts import CohortForm, create_cohort  # noqa: E402
from mentorat_desktop.services.importing.apply import apply_import  # noqa: E402
from mentorat_desktop.services.importing.preview import preview_import  # noqa: E402
from mentorat_desktop.services.importing.reader import read_table  # noqa: E402
from mentorat_desktop.services.matching import board_actions  # noqa: E402
from mentorat_desktop.services.matching.board_state import load_board  # noqa: E402
from mentorat_desktop.views.context import ViewContext  # noqa: E402
from mentorat_desktop.views.item_models.board_cards import ID_ROLE  # noqa: E402
from mentorat_desktop.views.main_window import MATCHING, MainWindow  # noqa: E402
from mentorat_desktop.views.style import STYLE_SHEET  # noqa: E402

CARDS = 1_000
DROPS = int(__import__("os").environ.get("BENCH_DROPS", "15"))


def median_ms(timings: list[float]) -> str:
    return f"{statistics.median(timings) * 1000:7.1f} ms"


# CPU time of the window's thread, beside each wall-clock figure of a drop or an undo: on a
# machine shared with other work, the wall clock also counts the time spent waiting for a core.
CPU: dict[str, list[float]] = {"drop": [], "undo": [], "paired drop": [], "paired undo": []}


def timed(run: Callable[[], object], cpu: str | None = None) -> float:
    start, start_cpu = time.perf_counter(), time.thread_time()
    run()
    if cpu is not None:
        CPU[cpu].append(time.thread_time() - start_cpu)
    return time.perf_counter() - start


# The render of the whole page by ``grab`` after each drop or undo, timed apart: earlier
# figures counted it in the drop.
GRAB: dict[str, list[float]] = {name: [] for name in CPU}


def until_painted(step: Callable[[], object], name: str, paints: PaintCount, page) -> float:
    """Run ``step`` and the event loop until it has painted what changed; wall seconds."""
    app = QApplication.instance()
    painted = paints.count

    def run() -> None:
        step()
        app.processEvents()  # the paint of what changed, as on screen
        app.processEvents()  # and of what that paint's layout changed

    took = timed(run, name)
    assert paints.count > painted, f"{name}: the mentor's card was not painted again"
    GRAB[name].append(timed(page.grab))
    return took


def longest_stall(done: Callable[[], bool]) -> float:
    """Run the event loop until ``done``; the longest gap between two turns of a timer that
    fires at every turn, in seconds: how long a click would have waited."""
    loop = QEventLoop()
    ticks = QTimer()
    ticks.setInterval(0)
    gaps = [0.0]
    last = [time.perf_counter()]
    deadline = last[0] + 30

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now
        if done() or now > deadline:
            loop.quit()

    ticks.timeout.connect(tick)
    ticks.start()
    loop.exec()
    ticks.stop()
    return gaps[0]


def main() -> None:
    tune_collector()  # as the app does at start-up
    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    from datetime import date

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(folder / "board.sqlite3")
        cohort = create_cohort(db, CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30)))
        source = write_xlsx(folder / "r.xlsx", FR_HEADERS, [french_row(p) for p in people(CARDS)])
        table = read_table(source)
        apply_import(
            db, cohort.id, preview_import(db, cohort.id, table, consenting_guess(table.headers))
        )
        state = load_board(db, cohort.id)
        print(
            f"Board: {len(state.waiting)} waiting mentees + {len(state.mentors)} mentors "
            f"= {len(state.waiting) + len(state.mentors)} cards"
        )

        window = MainWindow(ViewContext(db, Preferences(), SystemClock()))
        window.resize(1600, 900)
        window.show()
        window.navigation.setCurrentRow(MATCHING)
        page = window.matching
        app.processEvents()
        page.grab()
        # As a user looks at the board before the first drop: its waiting lines are shown.
        longest_stall(lambda: not page.controller.lines_pending)
        app.processEvents()

        waiting, mentors = page.waiting.proxy, page.mentors.proxy
        paints = PaintCount()
        page.mentors.cards.viewport().installEventFilter(paints)
        drops, undos = [], []
        for n in range(DROPS):
            mentee = waiting.index(0, 0)
            mentor = mentors.index(n % mentors.rowCount(), 0)
            data = waiting.mimeData([mentee])

            def drop(data=data, mentor=mentor) -> None:
                accepted = mentors.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, mentor)
                assert accepted, page.banner.text()

            drops.append(until_painted(drop, "drop", paints, page))
            undos.append(until_painted(window.undo_action.trigger, "undo", paints, page))

        stalls = []
        controller = page.controller
        for n in range(DROPS):
            mentee = waiting.index(0, 0)
            mentor = mentors.index(n % mentors.rowCount(), 0)
            data = waiting.mimeData([mentee])

            def drop_only(data=data, mentor=mentor) -> None:
                assert mentors.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, mentor)
                app.processEvents()

            drop_only()
            stalls.append(longest_stall(lambda: not controller.lines_pending))
            app.processEvents()  # the cards repainted with their lines
            window.undo_action.trigger()
            app.processEvents()
            longest_stall(lambda: not controller.lines_pending)
            app.processEvents()

        # The usual board: pairs already made, so the start hint in the empty Pairs list
        # neither goes nor comes back.
        last = waiting.index(waiting.rowCount() - 1, 0)
        assert mentors.dropMimeData(
            waiting.mimeData([last]), Qt.DropAction.MoveAction, -1, -1, mentors.index(0, 0)
        )
        app.processEvents()
        longest_stall(lambda: not controller.lines_pending)
        app.processEvents()
        paired_drops, paired_undos = [], []
        for n in range(DROPS):
            mentee = waiting.index(0, 0)
            mentor = mentors.index(1 + n % (mentors.rowCount() - 1), 0)
            data = waiting.mimeData([mentee])

            def paired_drop(data=data, mentor=mentor) -> None:
                assert mentors.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, mentor)

            paired_drops.append(until_painted(paired_drop, "paired drop", paints, page))
            paired_undos.append(
                until_painted(window.undo_action.trigger, "paired undo", paints, page)
            )
            longest_stall(lambda: not controller.lines_pending)
            app.processEvents()
        window.undo_action.trigger()  # the board as before, without that first pair
        app.processEvents()
        longest_stall(lambda: not controller.lines_pending)
        app.processEvents()

        mentee_id = waiting.index(0, 0).data(ID_ROLE)
        services, reads = [], []
        for n in range(DROPS):
            mentor_id = mentors.index(n % mentors.rowCount(), 0).data(ID_ROLE)
            draft = board_actions.Draft(mentor_id, mentee_id)
            services.append(timed(lambda d=draft: board_actions.make_drafts(db, cohort.id, [d])))
            board_actions.remove_drafts(db, [mentee_id])
            reads.append(timed(lambda: load_board(db, cohort.id)))
        paints = [timed(page.grab) for _ in range(DROPS)]
        full = [timed(lambda: (controller.reload(), app.processEvents(), page.grab()))]
        full += [timed(lambda: (controller.reload(), app.processEvents(), page.grab()))]
        lines_step = getattr(controller, "show_waiting_lines", None)
        lines = [timed(lines_step) for _ in range(3)] if lines_step else []

        def line(label: str, times: list[float], name: str) -> None:
            grab = statistics.median(GRAB[name]) * 1000
            print(f"{label:<42}{median_ms(times)}   (+ grab {grab:5.1f} ms)")

        print(f'medians of {DROPS}; "+ grab": a second render of the whole page, not waited for')
        line("drop -> board repainted, first pair:", drops, "drop")
        line("undo -> board repainted, first pair:", undos, "undo")
        print(f"  the same, CPU of the window's thread:   {median_ms(CPU['drop'])}")
        print(f"  undo, CPU of the window's thread:       {median_ms(CPU['undo'])}")
        line("the same with pairs on the board, drop:", paired_drops, "paired drop")
        line("  and undo:", paired_undos, "paired undo")
        print(f"  CPU of the window's thread, drop:       {median_ms(CPU['paired drop'])}")
        print(f"  and undo:                               {median_ms(CPU['paired undo'])}")
        print(f"longest event-loop stall, lines on the way: {median_ms(stalls)}")
        print(f"floor: the draft written by the service:  {median_ms(services)}")
        print(f"reading the board (1,000 cards):          {median_ms(reads)}")
        print(f"painting the page alone:                  {median_ms(paints)}")
        print(f"whole board read and shown again:         {median_ms(full)}")
        if lines:
            print(f"waiting lines, after the repaint:         {median_ms(lines)}")
        drop, floor = statistics.median(drops), statistics.median(services)
        print(
            f"drop / service write: {drop / floor:.1f}x; undo / service write: "
            f"{statistics.median(undos) / floor:.1f}x"
        )
        window.close()
        db.close()


if __name__ == "__main__":
    main()
