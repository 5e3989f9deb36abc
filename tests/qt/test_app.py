"""The GUI's composition root: language switch rebuilds the window, refused files are told."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from mentorat_desktop import app as app_module
from mentorat_desktop import i18n
from mentorat_desktop.preferences import Preferences


def test_switching_to_english_rebuilds_the_window_in_english(qtbot, db, cohort) -> None:
    qt_app = QApplication.instance()
    language = app_module.QtLanguage(qt_app)
    language.apply("fr")
    controller = app_module.Application(qt_app, db, Preferences(), language)
    first = controller.window
    qtbot.addWidget(first)
    assert first.navigation.item(0).text() == "Tableau de bord"
    controller.change_language("en")
    qtbot.addWidget(controller.window)
    assert controller.window is not first
    assert controller.window.navigation.item(0).text() == "Dashboard"
    assert controller.window.current_cohort_name() == "2026-2027"
    assert i18n.current_language() == "en"
    language.apply("fr")


def test_a_refused_file_is_explained_and_the_app_exits_1(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(4000))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.main(["--db", str(path)]) == 1
    assert shown and "Mentorat" in shown[0]
    assert path.read_bytes()[:4] == b"\xff\xd8\xff\xe0"


def test_lang_option_wins_over_preferences() -> None:
    args = app_module.parse_args(["--lang", "en", "--db", "x.sqlite3"])
    assert args.lang == "en" and str(args.db) == "x.sqlite3" and not args.demo
