"""Benchmark: from launch to the main window's first paint, and to the window ready with its
file, beside a bare Qt window.

Run with ``QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs 5] [--source DIR]
[--before DIR]``. Each run is a new Python process that opens the app on a file (the demo,
then the ten-year file of ``bench/ten_years.py``) and quits either on the main window's first
paint ("first paint": the window on screen, possibly still opening its file) or on its first
paint once the file is open and the dashboard filled ("ready"); the floor is a process that
imports PySide6 and paints a bare ``QMainWindow`` the same way. Times are wall-clock medians
from process start to exit; memory is each process's peak resident size (``os.wait4``'s
``ru_maxrss``), also as medians; "modules" is ``len(sys.modules)`` when the child quits.
Each checkout has a data folder of its own (its compiled catalog, as an installed copy keeps
it), filled by one untimed run of each line first. ``--source`` is the checkout measured
(default: this one); ``--before`` another checkout measured in the same run, turn about with
it (a before and an after in one session). A version without a progressive start paints its
window once, filled: both figures are then that paint.

On the ten-year file, a third line: "ready, day's first opening", the app started on a fresh
copy of the file in a folder of its own, so that the day's backup is due (the usual case for
a volunteer who opens the app once a day). Its time runs from process start to that ready
paint (not to exit: the backup may still be finishing then, on its own thread).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bytecode import SOURCE_ONLY, compile_app  # noqa: E402
from ten_years_path import ten_years_path  # noqa: E402

# The child quits on the first paint of any widget inside a QMainWindow (READY: of a window
# whose file is open; a window without the ``opened`` flag is open when it first paints).
PAINT_FILTER = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

import time

READY = sys.argv[-1] != "first paint"
PAINTED_AT = [0.0]

class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if isinstance(window, QMainWindow) and (
                not READY or getattr(window, "opened", True)
            ):
                PAINTED_AT[0] = time.time()
                QTimer.singleShot(0, QApplication.instance().quit)
                QApplication.instance().removeEventFilter(self)
        return False

app = QApplication([])
quitter = QuitOnPaint()
app.installEventFilter(quitter)
"""

BARE = (
    PAINT_FILTER
    + """
window = QMainWindow()
window.resize(1280, 720)
window.show()
app.exec()
print(PAINTED_AT[0], len(sys.modules))
"""
)

APP = (
    PAINT_FILTER
    + """
from mentorat_desktop import app as mentorat_app
code = mentorat_app.main(["--db", sys.argv[1]])
print(PAINTED_AT[0], len(sys.modules))
sys.exit(code)
"""
)

FIRST_PAINT, READY, DAY_FIRST = "first paint", "ready", "ready, day's first opening"


def run_once(code: str, source: Path, *args: str) -> tuple[float, float, int]:
    """Seconds from start to exit (to the ready paint for the day's first opening), peak
    memory in MiB and modules loaded, of one child."""
    env = {**os.environ, "PYTHONPATH": str(source), "QT_QPA_PLATFORM": "offscreen"}
    # A data folder per checkout: each keeps its own compiled catalog, as one installed copy
    # does (two catalogs in one folder would be compiled again at every start).
    data = Path(os.environ["MENTORAT_DATA_DIR"]) / source.resolve().relative_to("/")
    env["MENTORAT_DATA_DIR"] = str(data)
    start, wall_start = time.perf_counter(), time.time()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, cwd=source, stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"the child process failed ({child.returncode})")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    painted_at, modules = output.split()[-2:]
    if args[-1:] == (DAY_FIRST,):
        elapsed = float(painted_at) - wall_start
    return elapsed, peak, int(modules)


def run_app(
    source: Path, path: Path, copy: Path, folder: Path, mode: str
) -> tuple[float, float, int]:
    """One child of the app on ``copy`` (on a fresh copy of ``path`` for the day's first
    opening)."""
    opened = day_first_copy(path, folder) if mode == DAY_FIRST else copy
    figures = run_once(APP, source, str(opened), mode)
    if mode == DAY_FIRST:
        shutil.rmtree(opened.parent)
    return figures


def day_first_copy(path: Path, folder: Path) -> Path:
    """``path`` copied into a new folder of ``folder``: no backup of it yet today."""
    home = Path(tempfile.mkdtemp(dir=folder))
    copy = home / path.name
    shutil.copyfile(path, copy)
    copy.chmod(0o600)
    return copy


class Figures:
    """The runs of one line of the table, kept until the medians are printed."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.runs: list[tuple[float, float, int]] = []

    def seconds(self) -> float:
        return statistics.median(run[0] for run in self.runs)

    def mib(self) -> float:
        return statistics.median(run[1] for run in self.runs)

    def line(self, floor: Figures | None) -> str:
        modules = statistics.median(run[2] for run in self.runs)
        text = f"  {self.label:<58} {self.seconds() * 1000:7.0f} ms {self.mib():6.0f} MiB"
        text += f" {modules:5.0f} modules"
        if floor is not None:
            text += (
                f"   {self.seconds() / floor.seconds():5.1f}x time"
                f" {self.mib() / floor.mib():5.1f}x memory"
            )
        return text


def demo_file(folder: Path, source: Path) -> Path:
    path = folder / "demo.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(source)}
    subprocess.run(
        [sys.executable, "-m", "mentorat_desktop.cli", "demo", "--db", str(path)],
        env=env,
        cwd=source,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="start-up to first paint and to ready")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=ROOT, help="checkout of the code to run")
    parser.add_argument("--before", type=Path, help="another checkout, measured turn about")
    parser.add_argument(
        SOURCE_ONLY, action="store_true", help="do not compile the app's modules beforehand"
    )
    args = parser.parse_args()
    if not args.source_only:  # measured as installed: see bench/bytecode.py
        for checkout in {args.source, args.before or args.source}:
            compile_app(checkout)
    sources = (
        {"": args.source}
        if args.before is None
        else {"before, ": args.before, "after, ": args.source}
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["MENTORAT_DATA_DIR"] = str(folder / "data")
        os.environ["MENTORAT_CONFIG_DIR"] = str(folder / "config")
        files = {"demo file": demo_file(folder, args.source), "10-year file": ten_years_path()}
        print(f"Start to first paint and to ready, median of {args.runs} processes")
        for tag, source in sources.items():
            print(f"  {tag or 'code: '}{source}")
        for name, path in files.items():
            copy = folder / f"copy-{path.name}"
            copy.write_bytes(path.read_bytes())  # the app may write; the cache stays intact
            floor = Figures("bare QMainWindow (floor)")
            modes = (FIRST_PAINT, READY) + ((DAY_FIRST,) if path != files["demo file"] else ())
            lines = {
                (tag, mode): Figures(f"Mentorat, {tag}{name}, {mode}")
                for tag in sources
                for mode in modes
            }
            run_once(BARE, args.source, FIRST_PAINT)  # untimed: catalogs compiled, files read
            for tag, mode in lines:
                run_app(sources[tag], path, copy, folder, mode)
            for _run in range(args.runs):  # turn about, so that load on the machine is shared
                floor.runs.append(run_once(BARE, args.source, FIRST_PAINT))
                for (tag, mode), figures in lines.items():
                    figures.runs.append(run_app(sources[tag], path, copy, folder, mode))
            print(floor.line(None))
            for figures in lines.values():
                print(figures.line(floor))
        print("  target: at most 2x the floor's time and memory")


if __name__ == "__main__":
    main()
