"""Quick commands load only what they use: start-up time is what a user waits for."""

from __future__ import annotations

from helpers.probes import HEAVY, demo_file, packages, probe, run_command

from mentorat_desktop import db as database


def test_cohorts_and_due_load_no_scipy_reportlab_openpyxl_or_alembic(tmp_path):
    path = demo_file(tmp_path)
    for command in ("cohorts", "due"):
        code, modules = run_command(tmp_path, command, "--db", str(path))
        assert code == 0
        assert not modules & {*HEAVY, "alembic"}, (command, modules & {*HEAVY, "alembic"})


def test_help_lists_every_command_without_loading_them(tmp_path):
    code, modules = run_command(tmp_path, "--help")
    assert code == 0
    assert not modules & set(HEAVY)


# The window quits once its file is open and shown, then lists what the start loaded.
GUI_PROBE = """
import json, sys
from mentorat_desktop import app as mentorat_app
code = mentorat_app.main(["--db", sys.argv[1], "--quit-when-shown"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_the_window_opens_on_a_file_without_numpy_scipy_reportlab_or_openpyxl(tmp_path):
    report = probe(tmp_path, GUI_PROBE, str(demo_file(tmp_path)))
    modules = packages(report)
    assert report["code"] == 0
    assert "mentorat_desktop.views.pages.dashboard_page" in report["modules"]  # it did open
    assert not modules & {"numpy", *HEAVY, "alembic"}, modules & {"numpy", *HEAVY, "alembic"}


PAGES_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mentorat_desktop.clock import SystemClock
from mentorat_desktop.db import open_database
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views import main_window as mw
from mentorat_desktop.views.page_preload import PagePreload
PagePreload.start = lambda self: None  # what the pages load themselves: see test_page_preload
window = mw.MainWindow(ViewContext(open_database(sys.argv[1]), Preferences(), SystemClock()))
window.show()
pages = (mw.PARTICIPANTS, mw.RESOURCES, mw.PAIRS, mw.EVALUATIONS, mw.DOCUMENTS, mw.ACTIVITIES)
for page in pages:
    window.navigation.setCurrentRow(page)
    app.processEvents()
shown = [window.stack.currentIndex() == pages[-1]]
print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}))
"""


def test_the_pages_open_without_the_document_spreadsheet_or_matching_libraries(tmp_path):
    """PDF (reportlab, pypdfium2), spreadsheet (openpyxl) and matching (numpy, scipy) code
    loads when a document, a workbook or the board is asked for, not with a page."""
    report = probe(tmp_path, PAGES_PROBE, str(demo_file(tmp_path)))
    modules = packages(report)
    assert report["shown"] == [True]
    assert "mentorat_desktop.views.pages.evaluations_page" in report["modules"]
    heavy = {"numpy", "pypdfium2", *HEAVY}
    assert not modules & heavy, modules & heavy


def test_help_still_lists_every_command():
    from mentorat_desktop import cli
    from mentorat_desktop.commands.catalog import COMMANDS

    text = cli.build_parser().format_help()
    for entry in COMMANDS:
        assert entry.name in text
        assert entry.help.split()[0] in text


def test_a_command_after_the_database_option_is_found():
    from mentorat_desktop import cli

    assert cli._command_from(["--db", "cohorts", "due"]) == "due"
    assert cli._command_from(["--lang", "en", "report", "--db", "x"]) == "report"
    assert cli._command_from(["--help"]) is None
    assert cli._command_from(["nonsense"]) is None


def test_cheap_head_is_alembics_head():
    revisions, head = database.known_revisions()
    assert head == database.head_revision()
    assert revisions == {rev.revision for rev in database.script_directory().walk_revisions()}


# What the window shows at its first paint, and once it says the file is open and painted.
PROGRESSIVE_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            if "first" not in seen:
                notice = watched.findChild(QWidget, "openingNotice")
                seen["first"] = {
                    "sqlalchemy": "sqlalchemy" in sys.modules,
                    "models": "mentorat_desktop.models" in sys.modules,
                    "babel": "babel" in sys.modules,
                    "opened": watched.opened,
                    "title": watched.windowTitle(),
                    "notice": notice.text() if notice is not None else None,
                    "pages": watched.navigation.count(),
                    "years": watched.cohort_combo.count(),
                }
            if watched.opened:
                page = watched.stack.currentWidget()
                seen["ready"] = {
                    "sqlalchemy": "sqlalchemy" in sys.modules,
                    "years": watched.cohort_combo.count(),
                    "dashboard": type(page).__name__,
                    "rows": page.phase_model.rowCount(),
                    "notice": watched.findChild(QWidget, "openingNotice") is not None,
                }
        return False

from PySide6.QtWidgets import QWidget
app = QApplication([])
watch = Watch()
app.installEventFilter(watch)
from mentorat_desktop import app as mentorat_app
code = mentorat_app.main(["--db", sys.argv[1], "--quit-when-shown"])
print(json.dumps({"code": code, "seen": seen}))
"""


def test_the_window_paints_before_the_database_code_loads_then_fills_with_the_file(tmp_path):
    """The cold start shows the real window, « Ouverture du fichier… », before SQLAlchemy, the
    models and babel load; the smoke test's --quit-when-shown ends only once the dashboard
    shows the file."""
    report = probe(tmp_path, PROGRESSIVE_PROBE, str(demo_file(tmp_path)))
    first, ready = report["seen"]["first"], report["seen"]["ready"]
    assert report["code"] == 0
    assert first == {
        "sqlalchemy": False,
        "models": False,
        "babel": False,
        "opened": False,
        "title": "Mentorat — demo.sqlite3",
        "notice": "Ouverture du fichier…",
        "pages": 9,
        "years": 0,
    }
    assert ready["sqlalchemy"] and ready["dashboard"] == "DashboardPage"
    assert ready["years"] >= 1 and ready["rows"] > 0 and not ready["notice"]


def test_the_window_started_on_a_file_leaves_the_days_verified_copy(tmp_path):
    """The day's first backup is made while the window fills, and is there once it quits."""
    from mentorat_desktop.services.safekeeping import backups

    path = demo_file(tmp_path)
    before = [b.reason for b in backups.list_backups(path, counts=False)]
    report = probe(tmp_path, GUI_PROBE, str(path))
    assert report["code"] == 0
    after = [b.reason for b in backups.list_backups(path, counts=False)]
    assert after.count("daily") == before.count("daily") + 1
