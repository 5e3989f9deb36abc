"""Composition root of the GUI: language, Qt application, the file to open, the main window."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorat_desktop import __version__, argparse_messages, i18n, qt_platform_check
from mentorat_desktop.clock import SystemClock
from mentorat_desktop.collector_tuning import tune_collector
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.paths import default_database_path, resources_dir
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.safekeeping.lock import FileInUse, WriterLock, process_running
from mentorat_desktop.views import error_handler
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.main_window import MainWindow
from mentorat_desktop.views.text_size import apply_text_size, saved_scale
from mentorat_desktop.views.welcome.demo_banner import DEMO_FOLDER_PREFIX

if TYPE_CHECKING:
    # The file's code (SQLAlchemy, the models) loads after the window's first paint.
    from PySide6.QtNetwork import QLocalServer

    from mentorat_desktop.db import Database

DEMO_PREFIX = DEMO_FOLDER_PREFIX

_QT_LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.Canada),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Canada),
}


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argparse_messages.install()
    parser = argparse.ArgumentParser(
        prog="mentorat-desktop", description=_("Open Mentorat, the mentoring program's app.")
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar=_("PATH"),
        help=_("the Mentorat file to open (default: the one in your data folder)"),
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, help=_("language of the interface: fr (default) or en")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open a throwaway file filled with a fictional program"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"mentorat-desktop {__version__}",
        help=_("show program's version number and exit"),
    )
    # For installers' smoke tests: open the window, let it paint, then quit with its exit code.
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


class QtLanguage:
    """Qt's own texts (standard buttons, dialogs) follow the app's language."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None

    def apply(self, language: str) -> None:
        i18n.set_language(language)
        QLocale.setDefault(_QT_LOCALES[i18n.current_language()])
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
        translator = QTranslator(self.app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{i18n.current_language()}", folder):
            self.app.installTranslator(translator)
            self.translator = translator


class Application:
    """Owns the open file and the main window; rebuilds the window when the language changes."""

    def __init__(
        self,
        app: QApplication,
        db: Database,
        preferences: Preferences,
        language: QtLanguage,
        window: MainWindow | None = None,
    ) -> None:
        """``window``: a frame already on screen (the cold start), filled with ``db`` here."""
        self.app = app
        self.preferences = preferences
        self.language = language
        self.db = db
        self.lock: WriterLock | None = None
        # Demonstration files opened from the app, deleted when it closes.
        self.throwaway_folders: list[Path] = []
        if window is None:
            self.window = self._new_window()
        else:
            window.attach(self._context())
            self.window = self._connected(window)

    def _context(self) -> ViewContext:
        return ViewContext(self.db, self.preferences, self.db.clock)

    def _new_window(self) -> MainWindow:
        window = self._connected(MainWindow(self._context()))
        window.show()
        return window

    def _connected(self, window: MainWindow) -> MainWindow:
        window.preferences_changed.connect(self.change_language)
        window.open_file_requested.connect(self.open_other_file)
        window.restore_requested.connect(self.restore)
        window.demo_requested.connect(self.open_demo)
        return window

    def restore(self, backup: Path) -> None:
        """Close the file, put ``backup`` in its place (after backing it up), reopen it."""
        from mentorat_desktop.db import open_database
        from mentorat_desktop.services.safekeeping import backups

        path, clock = self.db.path, self.db.clock
        self.window.watcher.close()
        self.db.close()
        try:
            safety = backups.restore(path, backup, clock)
        except UserError as error:
            QMessageBox.warning(self.window, _("Restore from a backup"), error.message)
            safety = None
        try:
            self.db = open_database(path, clock)
        except UserError as error:
            QMessageBox.critical(self.window, _("Mentorat"), error.message)
            self.app.quit()
            return
        self._replace_window()
        if safety is not None:
            self.window.statusBar().showMessage(
                _("Backup restored; the file as it was is kept in {path}.").format(path=safety),
                15000,
            )

    def check_file(self) -> None:
        """Whose changes these are, and whether the file's history can be trusted."""
        from mentorat_desktop.views.dialogs.trail_notice import (
            ask_committee_member,
            warn_if_trail_altered,
        )

        ask_committee_member(self.window, self.preferences)
        warn_if_trail_altered(self.window, self.db)

    def _replace_window(self) -> None:
        old = self.window
        old.watcher.close()
        old.save_window_state()
        self.window = self._new_window()
        old.deleteLater()
        old.hide()

    def raise_window(self) -> None:
        """Another copy was started on this file: show this one instead."""
        from PySide6.QtCore import Qt  # not at import: its enums are made after the first paint

        self.window.setWindowState(
            (self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            | Qt.WindowState.WindowActive
        )
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def change_language(self, language: str) -> None:
        """Language or text size changed: every text is made again, at the new size."""
        self.language.apply(language)
        apply_text_size(self.app, saved_scale(self.preferences))
        self._replace_window()

    def open_demo(self) -> None:
        """The demonstration in a throwaway file, in place of the file open now."""
        from mentorat_desktop.db import open_database

        try:
            path = _demo_database()
            db = open_database(path, SystemClock())
        except UserError as error:
            QMessageBox.warning(self.window, _("Mentorat"), error.message)
            return
        self.throwaway_folders.append(path.parent)
        self.window.watcher.close()
        self.db.close()
        if self.lock is not None:  # the demonstration is a throwaway copy: nobody else's
            self.lock.release()
            self.lock = None
        self.db = db
        self._replace_window()

    def open_other_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from mentorat_desktop.db import open_database
        from mentorat_desktop.views.dialogs.trail_notice import warn_if_trail_altered

        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            _("Open a Mentorat file"),
            str(self.db.path.parent),
            _("Mentorat files (*.sqlite3 *.db);;All files (*)"),
        )
        if not name:
            return
        lock = WriterLock(Path(name).expanduser().resolve(), SystemClock().now())
        try:
            lock.acquire()
            db = open_database(Path(name), full_check=lock.recovered, daily_backup=True)
        except UserError as error:
            lock.release()
            QMessageBox.warning(self.window, _("Mentorat"), error.message)
            return
        self.window.watcher.close()
        self.db.close()
        if self.lock is not None:
            self.lock.release()
        self.db, self.lock = db, lock
        self._replace_window()
        warn_if_trail_altered(self.window, self.db)


def clean_demo_leftovers() -> None:
    """Remove demonstration copies left by a copy of the app that crashed (its process gone)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        try:
            owner = int((folder / "owner.pid").read_text(encoding="ascii"))
        except (OSError, ValueError):
            owner = 0
        if owner and owner != os.getpid() and process_running(owner):
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _demo_database() -> Path:
    from mentorat_desktop.db import open_database
    from mentorat_desktop.services.demo import write_demo
    from mentorat_desktop.services.safekeeping import backups

    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    (folder / "owner.pid").write_text(str(os.getpid()), encoding="ascii")
    path = folder / "demo.sqlite3"
    db = open_database(path)
    try:
        write_demo(db)
    finally:
        db.close()
    # A first verified copy, so that File ▸ Restore from a backup… has one to show.
    backups.make_backup(path, "daily", SystemClock())
    return path


class ColdStart:
    """The start from the desktop: the window first, then the file.

    The window's frame is painted before the database code and the file load (they take
    several times as long as Qt itself); the file opens on the next turn of the event loop.
    A file that cannot be opened closes the window and is explained as before, with the same
    exit code."""

    def __init__(
        self,
        app: QApplication,
        path: Path,
        lock: WriterLock,
        preferences: Preferences,
        language: QtLanguage,
        quit_when_shown: bool,
    ) -> None:
        self.app = app
        self.path = path
        self.lock: WriterLock | None = lock
        self.preferences = preferences
        self.language = language
        self.quit_when_shown = quit_when_shown
        self.controller: Application | None = None
        self.window = MainWindow(path=path, preferences=preferences)
        self.server: QLocalServer | None = None
        self.window.first_painted.connect(self.open_file)
        # A window that is never painted (minimised, an odd platform) still gets its file.
        QTimer.singleShot(2000, self.open_file)
        self._started = False
        self.window.show()

    def open_file(self) -> None:
        if self._started:
            return
        self._started = True
        if not self.window.isVisible():  # closed before its file was open: the app is ending
            return
        error_handler.configure_logging()
        from mentorat_desktop.views.safekeeping import single_instance

        # From now on a second copy on this file brings this window forward.
        self.server = single_instance.listen(self.path, self.raise_window)
        from mentorat_desktop.db import DatabaseDamaged, open_database

        assert self.lock is not None
        try:
            db = open_database(
                self.path,
                SystemClock(),
                full_check=self.lock.recovered,
                daily_backup=True,
                backup_meanwhile=True,  # the window fills while the day's copy is made
            )
        except DatabaseDamaged as damaged:
            from mentorat_desktop.views.safekeeping.damaged_file import offer_restore

            self._give_up()
            self.app.exit(0 if offer_restore(damaged, self.app) else 1)
            return
        except UserError as error:
            self._give_up()
            QMessageBox.critical(None, _("Mentorat"), error.message)
            self.app.exit(1)
            return
        controller = Application(self.app, db, self.preferences, self.language, self.window)
        controller.lock, self.lock = self.lock, None
        self.controller = controller
        if self.quit_when_shown:  # the installer's smoke test: the file open and shown
            self.window.ready.connect(self.app.quit)
        else:
            self.window.ready.connect(controller.check_file)

    def _give_up(self) -> None:
        """The file cannot be used: the window goes first, then the message."""
        self.app.setQuitOnLastWindowClosed(False)  # the message's closing is not the end
        self.window.hide()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def raise_window(self) -> None:
        if self.controller is not None:
            self.controller.raise_window()
        else:
            self.window.raise_()
            self.window.activateWindow()


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # everything the app writes is its user's only
    tune_collector()
    preferences = Preferences.load()
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(preferences.language)
    args = parse_args(argv)
    if args.lang:
        preferences.language = args.lang
        i18n.set_language(args.lang)
    if QApplication.instance() is None and not qt_platform_check.check_or_explain():
        return 1
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Mentorat")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CCLS-Quebec")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "mentorat.svg")))
    apply_text_size(app, saved_scale(preferences))
    language = QtLanguage(app)
    language.apply(preferences.language)
    error_handler.install(log_file_now=False)  # its file once the window is on screen
    clean_demo_leftovers()
    path = None
    lock = None
    try:
        path = _demo_database() if args.demo else (args.db or default_database_path())
        path = Path(path).expanduser().resolve()
        lock = WriterLock(path, SystemClock().now())
        lock.acquire()  # before any window: a second copy brings the first forward
    except FileInUse as busy:
        from mentorat_desktop.views.safekeeping import single_instance

        if busy.here and single_instance.bring_forward(path):
            return 0
        QMessageBox.critical(None, _("Mentorat"), busy.message)
        return 1
    except UserError as error:
        if lock is not None:
            lock.release()
        QMessageBox.critical(None, _("Mentorat"), error.message)
        return 1
    start = ColdStart(app, path, lock, preferences, language, args.quit_when_shown)
    try:
        code = app.exec()
    finally:
        app.setQuitOnLastWindowClosed(True)
    if start.server is not None:
        start.server.close()
    controller = start.controller
    if controller is not None:
        if controller.window.watcher is not None:
            controller.window.watcher.close()
        controller.db.close()
        if controller.lock is not None:
            controller.lock.release()
        for folder in controller.throwaway_folders:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        start.window.deleteLater()
    if start.lock is not None:  # closed while the file was opening
        start.lock.release()
    if args.demo:
        shutil.rmtree(path.parent, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
