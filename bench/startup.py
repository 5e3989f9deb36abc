"""Benchmark: from launch to the main window's first paint, beside a bare Qt window.

Run with ``QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs 5] [--source DIR]``.
Each run is a new Python process that opens the app on a file (the demo, then the ten-year
file of ``bench/ten_years.py``) and quits as soon as the main window receives its first paint
event; the floor is a process that imports PySide6 and paints a bare ``QMainWindow`` the same
way. Times are wall-clock medians from process start to exit; memory is each process's peak
resident size (``os.wait4``'s ``ru_maxrss``). ``--source`` points at another checkout of the
code (to measure a before and an after in the same session).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

# The child quits on the first paint of any widget inside a QMainWindow.
PAINT_FILTER = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if isinstance(watched.window(), QMainWindow):
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
"""
)

APP = (
    PAINT_FILTER
    + """
import sys
from mentorat_desktop import app as mentorat_app
sys.exit(mentorat_app.main(["--db", sys.argv[1]]))
"""
)


def run_once(code: str, source: Path, *args: str) -> tuple[float, float]:
    """Seconds from start to exit, and peak memory in MiB, of one child process."""
    env = {**os.environ, "PYTHONPATH": str(source), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, cwd=source, stdout=subprocess.DEVNULL
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"the child process failed ({child.returncode})")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return elapsed, peak


def measure(label: str, runs: int, code: str, source: Path, *args: str) -> tuple[float, float]:
    results = [run_once(code, source, *args) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    mib = statistics.median(r[1] for r in results)
    print(f"  {label:<34} {seconds * 1000:7.0f} ms {mib:7.0f} MiB")
    return seconds, mib


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


def ten_years_path() -> Path:
    """The cached ten-year file, found by another process: on Linux a child's peak memory
    counts its parent's size at the fork, so this process must stay small."""
    found = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "ten_years.py")],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(found.stdout.split(" (", 1)[0].strip())


def main() -> None:
    parser = argparse.ArgumentParser(description="start-up to first paint")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=ROOT, help="checkout of the code to run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["MENTORAT_DATA_DIR"] = str(folder / "data")
        os.environ["MENTORAT_CONFIG_DIR"] = str(folder / "config")
        files = {"demo file": demo_file(folder, args.source), "10-year file": ten_years_path()}
        print(f"Start to first paint, median of {args.runs} processes ({args.source}):")
        for name, path in files.items():
            copy = folder / f"copy-{path.name}"
            copy.write_bytes(path.read_bytes())  # the app may write; the cache stays intact
            floor_s, floor_mib = measure("bare QMainWindow (floor)", args.runs, BARE, args.source)
            app_s, app_mib = measure(f"Mentorat, {name}", args.runs, APP, args.source, str(copy))
            print(
                f"  {'ratio (target at most 2x)':<34} {app_s / floor_s:7.1f} x  "
                f"{app_mib / floor_mib:7.1f} x"
            )


if __name__ == "__main__":
    main()
