"""Benchmark: pages and program-year switches on the ten-year file.

Run with ``QT_QPA_PLATFORM=offscreen python bench/pages.py [--source DIR] [--runs N]
[--before DIR]``. Opens the main
window (1280 x 800) on the file of ``bench/ten_years.py`` and prints milliseconds, each until
the window has painted what changed (the event loop's own paint, as a user sees it; if nothing
was painted, a repaint is forced): the window's construction, the first show of every page, a
click back to a page already shown, and a program-year switch (median of a few, between the
two most recent years). The floor is a full repaint of the window, measured in the same run.
Between two measurements the window idles 400 ms, as a user pauses between clicks, so that
work a page defers until after its paint is not charged to the next one. The window's
preload of the pages' code runs in the two seconds before the first page is shown, as it does
while a user looks at the opened window. Targets: a first show or a year switch within
100 ms, a click back within 16 ms.

Beside each time, the process's own CPU time over the same span: on a machine shared with
other work, wall time swells with the load, the CPU time much less, so comparisons between
runs are fairer on it. ``--source`` is the checkout measured (another one, for a before and
after with this script); its modules are compiled first (see bench/bytecode.py).

One process's figures vary by a third from one run to the next on a shared machine:
``--runs N`` runs N processes and prints each line's medians (wall and CPU), and
``--before DIR`` runs another checkout's processes turn about with them, in a second column.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))


def option(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


SOURCE = Path(option("--source") or ROOT.parent).resolve()  # the checkout measured
sys.path.insert(0, str(SOURCE))

from bytecode import SOURCE_ONLY, compile_app  # noqa: E402

if SOURCE_ONLY not in sys.argv:  # measured as installed: see bench/bytecode.py
    compile_app(SOURCE)

from paint_count import PaintCount  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ten_years_path import ten_years_path  # noqa: E402

from mentorat_desktop.clock import SystemClock  # noqa: E402
from mentorat_desktop.collector_tuning import tune_collector  # noqa: E402
from mentorat_desktop.db import open_database  # noqa: E402
from mentorat_desktop.preferences import Preferences  # noqa: E402
from mentorat_desktop.views.context import ViewContext  # noqa: E402
from mentorat_desktop.views.main_window import MainWindow  # noqa: E402
from mentorat_desktop.views.style import STYLE_SHEET  # noqa: E402

if not Path(sys.modules["mentorat_desktop"].__file__ or "").resolve().is_relative_to(SOURCE):
    raise SystemExit(f"the code measured is not that of {SOURCE}")

SWITCHES = 5
IDLE_MS = 400


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(took: tuple[float, float]) -> str:
    """Wall time, then CPU time."""
    return f"{ms(took[0])}  (cpu {took[1] * 1000:6.1f} ms)"


def median(times: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        statistics.median(wall for wall, _cpu in times),
        statistics.median(cpu for _wall, cpu in times),
    )


LINE = re.compile(r"^(?P<label>.*?)\s+(?P<wall>[\d.]+) ms(?:\s+\(cpu\s+(?P<cpu>[\d.]+) ms\))?")


def one_process(source: Path, extra: tuple[str, ...] = ()) -> dict[str, tuple[float, float]]:
    """This script run once in a child process on ``source``: its lines, by label."""
    done = subprocess.run(
        [sys.executable, __file__, "--source", str(source), *extra],
        env={**os.environ, "PYTHONPATH": str(source)},
        capture_output=True,
        text=True,
        check=True,
    )
    figures = {}
    for line in done.stdout.splitlines():
        found = LINE.match(line)
        if found:
            wall, cpu = float(found["wall"]), float(found["cpu"] or found["wall"])
            figures[found["label"]] = (wall, cpu)
    return figures


def medians(runs: int, sources: dict[str, Path]) -> None:
    """Each line's medians over ``runs`` processes of each checkout, taken turn about."""
    results: dict[str, list[dict[str, tuple[float, float]]]] = {tag: [] for tag in sources}
    extra = tuple(flag for flag in ("--no-preload",) if flag in sys.argv)
    for _run in range(runs):
        for tag, source in sources.items():
            results[tag].append(one_process(source, extra))
    print(f"Medians of {runs} processes each, wall (cpu) in ms")
    print(f"{'':36}" + "".join(f"{tag:>22}" for tag in sources))
    for label in results[next(iter(sources))][0]:
        cells = []
        for tag in sources:
            walls = [run[label][0] for run in results[tag] if label in run]
            cpus = [run[label][1] for run in results[tag] if label in run]
            cells.append(f"{statistics.median(walls):10.1f} ({statistics.median(cpus):6.1f})")
        print(f"{label:<36}" + "".join(f"{cell:>22}" for cell in cells))


def boards_built() -> list:
    """The board controllers made so far, without loading the board for the bench itself."""
    module = sys.modules.get("mentorat_desktop.views.board.board_controller")
    if module is None:
        return []
    app = QApplication.instance()
    return [w for top in app.topLevelWidgets() for w in top.findChildren(module.BoardController)]


def main() -> None:
    if "--no-preload" in sys.argv:  # the first shows of a user who clicks at once
        from mentorat_desktop.views import page_preload

        page_preload.PagePreload.start = lambda self, *args: None
    tune_collector()  # as the app does at start-up
    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    paints = PaintCount()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ten.sqlite3"
        shutil.copy(ten_years_path(), path)
        db = open_database(path, SystemClock())
        start = time.perf_counter()
        window = MainWindow(ViewContext(db, Preferences(), SystemClock()))
        window.resize(1280, 800)
        window.installEventFilter(paints)
        window.show()
        app.processEvents()
        window.grab()
        print(f"window built and painted:        {ms(time.perf_counter() - start)}")

        def shown(run) -> tuple[float, float]:
            begin, cpu, painted = time.perf_counter(), time.process_time(), paints.count
            run()
            app.processEvents()  # the paint of what changed, as on screen
            app.processEvents()  # and of what that paint's layout changed
            if paints.count == painted:
                window.repaint()
            took = (time.perf_counter() - begin, time.process_time() - cpu)
            # A user's pause before the next click: work a page defers until after its
            # repaint (the board's waiting lines) is done here, not charged to the next page.
            QTest.qWait(IDLE_MS)
            # The board works its lines out on another thread (the first time with scipy's
            # import): the pause lasts until they are shown, as it did when they blocked.
            for board in boards_built():
                while board.lines_pending:
                    QTest.qWait(20)
            return took

        floor = median([shown(window.update) for _ in range(5)])
        for row in range(window.navigation.count()):
            title = window.navigation.item(row).text()
            took = shown(lambda row=row: window.navigation.setCurrentRow(row))
            print(f"first show of {title:<18} {timed(took)}")
        backs = [shown(lambda r=r: window.navigation.setCurrentRow(r)) for r in (1, 4, 5, 1, 4, 5)]
        print(f"click back to a shown page:      {timed(median(backs))}  (target 16 ms)")
        combo = window.cohort_combo
        for row in (1, 4):  # participants, pairs on screen
            window.navigation.setCurrentRow(row)
            switches = [
                shown(lambda n=n: combo.setCurrentIndex(n % 2)) for n in range(1, SWITCHES + 1)
            ]
            title = window.navigation.item(row).text()
            print(f"year switch on {title:<17} {timed(median(switches))}  (target 100 ms)")
        print(f"floor: repaint of the window:    {timed(floor)}")
        window.close()
        db.close()


if __name__ == "__main__":
    runs, before = int(option("--runs") or 1), option("--before")
    if runs > 1 or before:
        sources = (
            {"after": SOURCE}
            if before is None
            else {"before": Path(before).resolve(), "after": SOURCE}
        )
        medians(runs, sources)
    else:
        main()
