"""Composition root of the GUI: language, Qt application, the file to open, the main window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from mentorat_desktop import __version__, argparse_messages, i18n, qt_platform_check
from mentorat_desktop.clock import SystemClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.paths import default_database_path, resources_dir
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.views import error_handler
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.main_window import MainWindow
from mentorat_desktop.views.text_size import apply_text_size, saved_scale
from mentorat_desktop.views.welcome.demo_banner import DEMO_FOLDER_PREFIX

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
        self, app: QApplication, db: Database, preferences: Preferences, language: QtLanguage
    ) -> None:
        self.app = app
        self.preferences = preferences
        self.language = language
        self.db = db
        # Demonstration files opened from the app, deleted when it closes.
        self.throwaway_folders: list[Path] = []
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(ViewContext(self.db, self.preferences, self.db.clock))
        window.preferences_changed.connect(self.change_language)
        window.open_file_requested.connect(self.open_other_file)
        window.demo_requested.connect(self.open_demo)
        window.show()
        return window

    def _replace_window(self) -> None:
        old = self.window
        old.save_window_state()
        self.window = self._new_window()
        old.deleteLater()
        old.hide()

    def change_language(self, language: str) -> None:
        """Language or text size changed: every text is made again, at the new size."""
        self.language.apply(language)
        apply_text_size(self.app, saved_scale(self.preferences))
        self._replace_window()

    def open_demo(self) -> None:
        """The demonstration in a throwaway file, in place of the file open now."""
        try:
            path = _demo_database()
            db = open_database(path, SystemClock())
        except UserError as error:
            QMessageBox.warning(self.window, _("Mentorat"), error.message)
            return
        self.throwaway_folders.append(path.parent)
        self.db.close()
        self.db = db
        self._replace_window()

    def open_other_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            _("Open a Mentorat file"),
            str(self.db.path.parent),
            _("Mentorat files (*.sqlite3 *.db);;All files (*)"),
        )
        if not name:
            return
        try:
            db = open_database(Path(name))
        except UserError as error:
            QMessageBox.warning(self.window, _("Mentorat"), error.message)
            return
        self.db.close()
        self.db = db
        self._replace_window()


def _demo_database() -> Path:
    from mentorat_desktop.services.demo import write_demo

    path = Path(tempfile.mkdtemp(prefix=DEMO_FOLDER_PREFIX)) / "demo.sqlite3"
    db = open_database(path)
    try:
        write_demo(db)
    finally:
        db.close()
    return path


def main(argv: Sequence[str] | None = None) -> int:
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
    error_handler.install()
    try:
        path = _demo_database() if args.demo else (args.db or default_database_path())
        db = open_database(path, SystemClock())
    except UserError as error:
        QMessageBox.critical(None, _("Mentorat"), error.message)
        return 1
    controller = Application(app, db, preferences, language)
    if args.quit_when_shown:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    controller.db.close()
    if args.demo:
        shutil.rmtree(path.parent, ignore_errors=True)
    for folder in controller.throwaway_folders:
        shutil.rmtree(folder, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
