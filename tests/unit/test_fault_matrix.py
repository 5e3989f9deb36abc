"""Every fault answered in words, the file untouched, no traceback (the command line).

Each case runs real ``mentorat`` processes on a demo file: a damaged file (bytes overwritten,
truncated), a read-only file, a read-only folder, a full disk (a small tmpfs, when the test
may mount one), a file another writer holds, a file deleted while open. Read-only cases use
a read-only bind mount when the tests run as root (root ignores file permissions).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorat_desktop.cli import main
from mentorat_desktop.db import open_database
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.safekeeping.access import can_write

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "inscriptions-exemple.csv"
IMPORT = ("import", str(SAMPLE), "--role", "mentee", "--consent-given")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _copy(demo_file: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "program.sqlite3"
    shutil.copy(demo_file, target)
    return target


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "mentorat_desktop.cli", *args, "--lang", "en"]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120, check=False)


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def _damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset:offset + 512] = os.urandom(512)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["overwritten", "truncated"])
def test_a_damaged_file_is_refused_by_every_command_and_left_as_it_is(
    demo_file, tmp_path, how
) -> None:
    path = _copy(demo_file, tmp_path)
    if how == "overwritten":
        _damage(path, path.stat().st_size // 2)
    else:
        with path.open("r+b") as handle:
            handle.truncate(path.stat().st_size * 2 // 3)
    before = path.read_bytes()
    for args in (["cohorts"], ["due"], ["check"], list(IMPORT),
                 ["match", "--apply"]):
        result = run(*args, "--db", str(path))
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "damaged" in result.stdout + result.stderr
        assert "mentorat restore" in result.stdout + result.stderr
        _no_traceback(result)
    assert path.read_bytes() == before


def _read_only(path: Path, folder_too: bool) -> list[Path]:
    """Make the file (or its folder) read-only; returns the mounts to undo. Root ignores
    permissions, so as root a read-only bind mount does it (as a removable drive would)."""
    target = path.parent if folder_too else path
    if os.geteuid() != 0:
        path.chmod(0o400)
        if folder_too:
            path.parent.chmod(0o500)
        return []
    for command in (
        ["mount", "--bind", str(target), str(target)],
        ["mount", "-o", "remount,ro,bind", str(target)],
    ):
        if subprocess.run(command, capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", str(target)], capture_output=True, check=False)
            pytest.skip("no read-only mount can be made here")
    return [target]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
@pytest.mark.parametrize("folder_too", [False, True], ids=["read-only file", "read-only folder"])
def test_read_only_file_or_folder_reads_and_refuses_writes_in_words(
    demo_file, tmp_path, folder_too
) -> None:
    path = _copy(demo_file, tmp_path / "ro")
    before = path.read_bytes()
    mounts = _read_only(path, folder_too)
    try:
        listed = run("cohorts", "--db", str(path))
        _no_traceback(listed)
        assert listed.returncode == 0 and "2026" in listed.stdout, listed.stderr
        # The app asks the same question and opens the file for reading only.
        assert not can_write(path)
        opened = open_database(path)
        try:
            assert opened.read_only and list_cohorts(opened)
        finally:
            opened.close()
        written = run(*IMPORT, "--db", str(path))
        assert written.returncode == 1
        assert "read-only" in written.stderr or "not allowed to write" in written.stderr or (
            "cannot be read or written" in written.stderr
        ), written.stderr
        _no_traceback(written)
        assert path.read_bytes() == before
    finally:
        for mount in mounts:
            subprocess.run(["umount", str(mount)], capture_output=True, check=False)
        path.parent.chmod(0o700)
        path.chmod(0o600)


def _mount_tmpfs(folder: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


def test_a_full_disk_is_said_in_words_and_nothing_is_half_written(demo_file, tmp_path) -> None:
    folder = tmp_path / "small"
    if not _mount_tmpfs(folder, "1200k"):
        pytest.skip("no small disk can be mounted here (needs root and mount)")
    try:
        path = _copy(demo_file, folder)
        rows = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        count = rows.execute("SELECT count(*) FROM participations").fetchone()[0]
        rows.close()
        filler = folder / "filler"
        handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:  # fill the disk to the last block
            while True:
                os.write(handle, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(handle)
        result = run(*IMPORT, "--db", str(path))
        assert result.returncode == 1
        assert "disk is full" in result.stderr, result.stderr
        _no_traceback(result)
        filler.unlink()
        check = sqlite3.connect(path)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT count(*) FROM participations").fetchone()[0] == count
        check.close()
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_file_another_writer_holds_is_waited_for_with_a_message_then_written(
    demo_file, tmp_path
) -> None:
    """The second writer waits its turn: "still waiting" on stderr while the other one holds
    the file (read as it comes, no sleeping), then it goes on and succeeds."""
    path = _copy(demo_file, tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")  # another writer, mid-transaction
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen(
        [sys.executable, "-m", "mentorat_desktop.cli", *IMPORT, "--db", str(path),
         "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    try:
        said = second.stderr.readline()  # blocks until the command says it is waiting
        assert "Still waiting for another copy of Mentorat or a command" in said, said
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert "Traceback" not in err + out
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


OPENED_THEN_DELETED = """
import sys
from pathlib import Path
from mentorat_desktop import cli
from mentorat_desktop.commands import common
real = common.open_database
def opened_then_deleted(path, **options):
    db = real(path, **options)
    for side in ("", "-wal", "-shm"):  # gone from under the open file, drive removed, say
        Path(str(db.path) + side).unlink(missing_ok=True)
    return db
common.open_database = opened_then_deleted
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", [("cohorts",), IMPORT], ids=["read", "write"])
def test_a_file_deleted_while_open_is_said_in_words_and_not_made_again(
    demo_file, tmp_path, command
) -> None:
    path = _copy(demo_file, tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", OPENED_THEN_DELETED, *command, "--db", str(path), "--lang", "en"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "is no longer where it was opened" in result.stderr, result.stderr
    _no_traceback(result)
    assert not path.exists()  # no empty file made in its place


def test_the_app_says_a_file_deleted_while_open_in_words(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mentorat_desktop.clock import FixedClock
    from mentorat_desktop.db import FileGone
    from mentorat_desktop.preferences import Preferences
    from mentorat_desktop.services.cohorts import CohortForm, create_cohort
    from mentorat_desktop.views import error_handler
    from mentorat_desktop.views.context import ViewContext
    from mentorat_desktop.views.main_window import MainWindow

    path = tmp_path / "program.sqlite3"
    db = open_database(path, FixedClock(datetime(2026, 10, 5, 9, 30)))
    window = MainWindow(ViewContext(db, Preferences(), db.clock))
    qtbot.addWidget(window)
    window.watcher.timer.stop()  # looked at by hand below
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    path.unlink()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    # The window's next look at the file says it at once, and only once.
    window.watcher.poll()
    window.watcher.poll()
    assert len(warned) == 1 and "n'est plus là où il a été ouvert" in warned[0]
    assert "n'est plus là" in window.statusBar().currentMessage()
    window.watcher.close()
    form = CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30))
    with pytest.raises(FileGone) as gone:
        create_cohort(db, form)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    error_handler.show_error(FileGone, gone.value, None)  # what the app does with it
    assert shown and "n'est plus là où il a été ouvert" in shown[0]
    assert "inattendu" not in shown[0]
    assert not path.exists()
    db.close()


def test_the_app_says_a_fault_in_words_instead_of_unexpected_error(qapp, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mentorat_desktop.views import error_handler

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    for fault, words in (
        (sqlite3.OperationalError("database is locked"), "busy"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (sqlite3.OperationalError("disk I/O error"), "removed"),
    ):
        error_handler.show_error(type(fault), fault, None)
        assert "lecture seule" in shown[-1] or words in shown[-1] or "occupé" in shown[-1] or (
            "plein" in shown[-1] or "retiré" in shown[-1]
        ), shown[-1]
        assert "inattendu" not in shown[-1]
