"""Once the window is ready, the pages' code loads while the user looks at it: a page shown
afterwards costs only its data, and the preload neither reads the file nor loads the heavy
libraries a page only needs for a document, a workbook or the board's suggestions (numpy,
which the board's scores need to show at all, comes with the board's code)."""

from __future__ import annotations

import importlib
import logging
import sys
import threading

from helpers.probes import HEAVY, demo_file, packages, probe

from mentorat_desktop.i18n import LANGUAGES
from mentorat_desktop.views import page_preload
from mentorat_desktop.views.page_preload import BOARD_MODULES, PAGE_MODULES, PagePreload

PRELOAD_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sqlalchemy import event
from mentorat_desktop.clock import SystemClock
from mentorat_desktop.db import open_database
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views import main_window as mw

db = open_database(sys.argv[1])
window = mw.MainWindow(ViewContext(db, Preferences(), SystemClock()))
statements = []
window.ready.connect(
    lambda: event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(1))
)
window.show()
while not window.page_preload.done:
    app.processEvents()
preloaded = sorted(sys.modules)
read = len(statements)
from mentorat_desktop import i18n
catalogs = i18n.translations.cache_info().currsize
for page in range(1, window.navigation.count()):
    window.navigation.setCurrentRow(page)
    app.processEvents()
print(json.dumps({
    "preloaded": preloaded, "read": read, "shown": sorted(sys.modules), "catalogs": catalogs,
    "catalogs_after": i18n.translations.cache_info().currsize,
}))
"""

# Loaded when a page shows on purpose: the waiting mentees' lines, worked out on a thread, and
# the word stemmer the board's areas need (their data, not a page's code).
LOADED_WITH_DATA = ("mentorat_desktop.views.board.lines_worker", "mentorat_desktop.services.areas")


def test_after_the_preload_a_page_shown_loads_none_of_the_apps_code(tmp_path) -> None:
    report = probe(tmp_path, PRELOAD_PROBE, str(demo_file(tmp_path)))
    preloaded = set(report["preloaded"])
    assert {*PAGE_MODULES, *BOARD_MODULES, "numpy"} <= preloaded
    assert report["read"] == 0  # code only: nothing read from the file meanwhile
    # Both languages' catalogs are in (the Evaluations page reads the other one), and no page
    # shown afterwards parses one.
    assert report["catalogs"] == report["catalogs_after"] == len(LANGUAGES)
    heavy = {"pypdfium2", *HEAVY}
    assert not packages({"modules": report["preloaded"]}) & heavy
    new = [
        name
        for name in report["shown"]
        if name not in preloaded
        and name.startswith("mentorat_desktop.views")
        and not name.startswith(LOADED_WITH_DATA)
    ]
    assert new == []


def test_code_that_fails_to_load_is_left_to_its_page(qtbot, caplog) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    preload = PagePreload(
        owner,
        ["mentorat_desktop.no_such_page", "mentorat_desktop.views.x"],
        libraries=(),
        after_libraries=(),
    )
    with caplog.at_level(logging.WARNING):
        preload.start()
        qtbot.waitUntil(lambda: preload.done)
    assert "mentorat_desktop.no_such_page" in caplog.text
    assert "mentorat_desktop.views.x" not in sys.modules


def test_modules_already_loaded_are_skipped_without_waiting(qtbot) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    preload = PagePreload(
        owner, ["json", "mentorat_desktop.i18n"], libraries=(), after_libraries=()
    )
    preload.start()
    qtbot.waitUntil(lambda: preload.done)


def test_a_long_library_loads_on_a_thread_and_what_needs_it_after(qtbot, monkeypatch) -> None:
    """numpy's import would hold the window: it loads on another thread, and the board's
    modules (which need it) on the window's own thread once it is in."""
    from PySide6.QtCore import QObject

    loaded: list[tuple[str, bool]] = []
    real_import = importlib.import_module

    def recording(name: str):
        loaded.append((name, threading.current_thread() is threading.main_thread()))
        return real_import(name) if name in sys.modules else None

    monkeypatch.setattr(page_preload.importlib, "import_module", recording)
    owner = QObject()
    preload = PagePreload(
        owner, ["json"], libraries=["some.long.library"], after_libraries=["some.board"]
    )
    preload.start()
    qtbot.waitUntil(lambda: preload.done)
    assert ("some.long.library", False) in loaded  # off the window's thread
    assert loaded[-1] == ("some.board", True)  # on it, and after the library


def test_a_library_that_fails_leaves_the_board_to_report_it(qtbot, caplog) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    preload = PagePreload(
        owner, [], libraries=["mentorat_no_such_library"], after_libraries=["json"]
    )
    with caplog.at_level(logging.WARNING):
        preload.start()
        qtbot.waitUntil(lambda: preload.done)
    assert "mentorat_no_such_library" in caplog.text
