"""One writer per file, others kept in step: the lock, the second copy, another process's write."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from mentorat_desktop.services.safekeeping.lock import FileInUse, WriterLock, lock_path
from mentorat_desktop.views.safekeeping import single_instance
from mentorat_desktop.views.safekeeping.data_version import DataVersionWatcher

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 10, 5, 9, 30)


def _write_lock(db_path: Path, host: str, pid: int) -> None:
    lock_path(db_path).write_text(
        json.dumps({"host": host, "pid": pid, "since": "2026-10-05T08:00:00"}), encoding="utf-8"
    )


def test_a_second_copy_on_this_computer_is_refused_while_the_first_runs(db_path) -> None:
    _write_lock(db_path, socket.gethostname(), os.getppid())  # a live process: the first copy
    with pytest.raises(FileInUse) as refused:
        WriterLock(db_path, NOW).acquire()
    assert refused.value.here and "déjà ouvert" in refused.value.message


def test_a_copy_on_another_computer_is_named_with_its_time(db_path) -> None:
    _write_lock(db_path, "poste-accueil", 4242)
    with pytest.raises(FileInUse) as refused:
        WriterLock(db_path, NOW).acquire()
    assert not refused.value.here
    assert "poste-accueil" in refused.value.message and "8:00" in refused.value.message.replace(
        "08:00", "8:00"
    )


def test_a_crashed_copys_lock_is_taken_over_and_calls_for_a_full_check(db_path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    _write_lock(db_path, socket.gethostname(), int(dead.stdout))
    lock = WriterLock(db_path, NOW).acquire()
    assert lock.held and lock.recovered
    assert json.loads(lock_path(db_path).read_text())["pid"] == os.getpid()
    assert lock_path(db_path).stat().st_mode & 0o077 == 0
    lock.release()
    assert not lock_path(db_path).exists()
    clean = WriterLock(db_path, NOW).acquire()
    assert clean.held and not clean.recovered
    clean.release()


def test_a_second_copy_brings_the_first_window_forward(qtbot, tmp_path) -> None:
    raised: list[bool] = []
    path = tmp_path / "program.sqlite3"
    server = single_instance.listen(path, lambda: raised.append(True))
    try:
        assert single_instance.bring_forward(path)
        qtbot.waitUntil(lambda: raised == [True])
        assert not single_instance.bring_forward(tmp_path / "other.sqlite3")
    finally:
        server.close()


def test_a_command_line_import_is_noticed_by_the_open_window(qtbot, db, cohort) -> None:
    watcher = DataVersionWatcher(db)
    watcher.timer.stop()  # polled by hand: no waiting on the clock
    try:
        assert not watcher.poll()
        with db.unit_of_work() as session:  # the app's own write is not "elsewhere"
            session.execute(__import__("sqlalchemy").text("UPDATE cohorts SET name = name"))
        qtbot.wait(1)  # the app's commit rebases the watcher on the next event-loop turn
        assert not watcher.poll()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        done = subprocess.run(
            [sys.executable, "-m", "mentorat_desktop.cli", "import",
             str(ROOT / "resources/samples/inscriptions-exemple.csv"), "--role", "mentee",
             "--consent-given",
             "--db", str(db.path)],
            capture_output=True, text=True, env=env, check=False,
        )
        assert done.returncode == 0, done.stderr
        with qtbot.waitSignal(watcher.changed_elsewhere, timeout=1000):
            assert watcher.poll()
    finally:
        watcher.close()


def test_the_window_reloads_its_pages_when_another_process_writes(qtbot, context, cohort):
    from mentorat_desktop.services import registration
    from mentorat_desktop.views.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.watcher.timer.stop()
    window.navigation.setCurrentRow(1)  # the Participants page on screen
    before = window.participants.model.rowCount()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, "-m", "mentorat_desktop.cli", "import",
         str(ROOT / "resources/samples/inscriptions-exemple.csv"), "--role", "mentee",
         "--consent-given",
         "--db", str(context.db.path)],
        capture_output=True, text=True, env=env, check=True,
    )
    assert window.watcher.poll()
    shown = window.participants.model.rowCount()  # reloaded at once: it is on screen
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(1)
    assert shown == len(registration.list_participants(context.db, cohort.id)) > before
    window.watcher.close()
