"""The cold start shows the window first and opens the file just after: the checks that come
before the window (a second copy, a file in use) and the refusals that come after it (a
damaged file) still behave as they did, and what the person does in between is harmless."""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from mentorat_desktop import app as app_module
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.safekeeping.lock import lock_path
from mentorat_desktop.views import main_window as mw
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.safekeeping import single_instance

NOW = datetime(2026, 10, 5, 9, 30)


class WindowsShown(QObject):
    """Counts the main windows that appear, however briefly."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            self.count += 1
        return False


def _watching_windows() -> WindowsShown:
    shown = WindowsShown()
    QApplication.instance().installEventFilter(shown)
    return shown


def _held_by_another_copy(db_path: Path) -> Path:
    """The lock of a first copy running on this computer (a live process: our parent)."""
    lock = lock_path(db_path.resolve())
    lock.write_text(
        json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "since": NOW.isoformat()}),
        encoding="utf-8",
    )
    return lock


def test_a_second_copy_brings_the_first_forward_and_shows_no_window(qapp, db, db_path) -> None:
    first_copy = _held_by_another_copy(db_path)
    raised: list[bool] = []
    server = single_instance.listen(db_path.resolve(), lambda: raised.append(True))
    shown = _watching_windows()
    try:
        assert app_module.main(["--db", str(db_path)]) == 0
    finally:
        QApplication.instance().removeEventFilter(shown)
        server.close()
        first_copy.unlink()
    assert shown.count == 0


def test_a_file_in_use_that_cannot_be_brought_forward_is_explained_without_a_window(
    qapp, db, db_path, monkeypatch
) -> None:
    first_copy = _held_by_another_copy(db_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    shown = _watching_windows()
    try:
        assert app_module.main(["--db", str(db_path)]) == 1
    finally:
        QApplication.instance().removeEventFilter(shown)
        first_copy.unlink()
    assert told and "déjà ouvert" in told[0]
    assert shown.count == 0


def test_a_damaged_file_closes_the_window_then_offers_the_restore(
    qapp, db, db_path, cohort, monkeypatch
) -> None:
    db.close()
    with db_path.open("r+b") as handle:
        handle.truncate(db_path.stat().st_size * 2 // 3)  # its last pages lost
    monkeypatch.setattr(QMessageBox, "critical", lambda *_args: qapp.exit(98))  # not this one
    # Were it opened after all, the test ends instead of waiting on the window.
    monkeypatch.setattr(mw.MainWindow, "attach", lambda window, _c: qapp.exit(99))
    offered: list[tuple[str, bool]] = []

    def answer(box: QMessageBox) -> int:
        visible = any(
            isinstance(w, mw.MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        offered.append((box.text(), visible))
        return 0  # closed without restoring

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert app_module.main(["--db", str(db_path)]) == 1
    assert len(offered) == 1
    text, window_still_visible = offered[0]
    assert str(db_path.name) in text or "endommag" in text, text
    assert not window_still_visible  # the window went before the message came
    assert not lock_path(db_path.resolve()).exists()


def test_what_is_pressed_while_the_file_opens_waits_for_it(qtbot, context, cohort) -> None:
    window = mw.MainWindow(path=context.db.path, preferences=context.preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    notice = window.findChild(QLabel, "openingNotice")
    assert notice is not None and notice.text() == "Ouverture du fichier…"
    # Busy from the turn after the first paint, while the file opens.
    qtbot.waitUntil(lambda: window.cursor().shape() == Qt.CursorShape.BusyCursor)
    assert not window.opened and window.cohort_combo.count() == 0
    # Only what needs no file works: the rest is greyed, and its keys do nothing.
    usable = {
        action.text()
        for action in window.findChildren(QAction)
        if action.isEnabled() and action.menu() is None and action.text()
    }
    titles = {spec.title for spec in window.page_specs()}
    toolbar = "Année du programme"  # the toolbar's own show/hide
    assert usable - titles == {"Quitter", "Liste des pages", "Guide d'utilisation", toolbar}
    for action in window.findChildren(QAction):
        if action is window.quit_action or action is window.guide_action:
            continue
        for key in action.shortcuts():
            qtbot.keyClick(window, key[0].key(), key[0].keyboardModifiers())
    assert QApplication.activeModalWidget() is None
    for menu_action in window.menuBar().actions():
        menu_action.menu().aboutToShow.emit()
    window.navigation.setCurrentRow(mw.PARTICIPANTS)  # a page chosen while it opens
    assert window.stack.currentIndex() == mw.DASHBOARD and not window.opened

    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.attach(context)
    qtbot.waitUntil(lambda: ready == [True])
    assert window.opened and window.cohort_combo.currentText() == "2026-2027"
    assert window.stack.currentWidget() is window.participants  # the page asked for
    assert window.findChild(QLabel, "openingNotice") is None or not notice.isVisible()
    assert window.cursor().shape() != Qt.CursorShape.BusyCursor
    assert window.register_action.isEnabled() and window.new_cohort_action.isEnabled()
    assert window.export_person_action.isEnabled() is False  # nobody chosen yet, as before
    # The keys work as soon as the file is open (set as lists with the frame), and the
    # welcome page, added once the file is open, is there for a file without a year.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.dashboard
    assert window.find_anything_action.shortcut().toString() == "Ctrl+K"
    assert window.body.indexOf(window.welcome) >= 0


def test_closing_the_window_while_the_file_opens_quits_without_opening_it(
    qtbot, db, db_path, monkeypatch
) -> None:
    db.close()
    attached: list[bool] = []
    open_file = app_module.ColdStart.open_file

    def closed_first(start: app_module.ColdStart) -> None:
        start.window.close()  # the person closed it before the file was open
        open_file(start)
        attached.append(start.controller is not None)

    monkeypatch.setattr(app_module.ColdStart, "open_file", closed_first)
    assert app_module.main(["--db", str(db_path)]) == 0
    assert attached[:1] == [False]
    assert not lock_path(db_path.resolve()).exists()


def test_the_window_built_on_an_open_file_is_ready_at_once(qtbot, context, cohort) -> None:
    """Rebuilding after a language change or a restore still makes the whole window at once."""
    window = mw.MainWindow(ViewContext(context.db, Preferences(), context.clock))
    qtbot.addWidget(window)
    assert window.opened and window.cohort_combo.count() == 1
    assert window.stack.currentWidget() is window.dashboard
