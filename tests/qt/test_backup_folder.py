"""The backups folder chosen in the preferences: set in the dialog, used by the automatic
backups, by ``mentorat backup`` without ``--to`` and by ``mentorat backups``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from mentorat_desktop.cli import main
from mentorat_desktop.db import open_database
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.safekeeping import backups
from mentorat_desktop.views.dialogs.preferences_dialog import PreferencesDialog


def _choose_in_dialog(qtbot, folder: Path) -> PreferencesDialog:
    preferences = Preferences.load()
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.backup_folder.ask_for_folder = lambda: str(folder)
    dialog.backup_folder.choose_button.click()
    dialog.accept()
    if dialog.result() == PreferencesDialog.DialogCode.Accepted:
        dialog.apply_to(preferences)
        preferences.save()
    return dialog


def test_the_folder_chosen_in_the_preferences_takes_every_backup(
    qtbot, db, cohort, tmp_path, clock, capsys
) -> None:
    chosen = tmp_path / "clé USB" / "Mentorat"
    dialog = _choose_in_dialog(qtbot, chosen)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert Preferences.load().backup_folder == str(chosen)
    # Automatic: before an import, and at the first opening of the day.
    before_import = db.backup_before("import")
    assert before_import.parent.parent == chosen
    assert before_import.parent.name.startswith("program-")
    clock.advance(days=1)
    reopened = open_database(db.path, clock, daily_backup=True)
    reopened.close()
    assert {b.reason for b in backups.list_backups(db.path)} == {"import", "daily"}
    assert not (db.path.parent / "backups").exists()
    assert (before_import.parent.stat().st_mode & 0o777) == 0o700
    # The command line: backup without --to goes there, backups lists from there.
    assert main(["backup", "--db", str(db.path), "--lang", "en"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == before_import.parent and made.is_file()
    assert main(["backups", "--db", str(db.path), "--json", "--lang", "en"]) == 0
    assert str(made) in capsys.readouterr().out
    # --to still wins.
    elsewhere = tmp_path / "ailleurs"
    assert main(["backup", "--db", str(db.path), "--to", str(elsewhere), "--lang", "en"]) == 0
    assert Path(capsys.readouterr().out.strip()).parent == elsewhere


def test_back_beside_the_file_when_the_choice_is_cleared(qtbot, db, cohort, tmp_path) -> None:
    _choose_in_dialog(qtbot, tmp_path / "chosen")
    preferences = Preferences.load()
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.backup_folder.reset_button.click()
    dialog.accept()
    dialog.apply_to(preferences)
    preferences.save()
    assert Preferences.load().backup_folder == ""
    assert db.backup_before("import").parent == db.path.parent / "backups"


def test_a_folder_that_cannot_be_written_is_refused_in_words(qtbot, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog = _choose_in_dialog(qtbot, not_a_folder / "copies")
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert warned and "ne peut pas écrire" in warned[0]
    assert Preferences.load().backup_folder == ""


def test_the_demonstration_keeps_its_copies_in_its_throwaway_folder(qtbot, tmp_path) -> None:
    from mentorat_desktop.app import _demo_database

    _choose_in_dialog(qtbot, tmp_path / "chosen")
    path = _demo_database()
    try:
        (first,) = backups.list_backups(path)  # one to show in File ▸ Restore from a backup…
        assert first.path.parent == path.parent / "backups" and first.people
        assert not (tmp_path / "chosen").exists() or not any((tmp_path / "chosen").iterdir())
    finally:
        import shutil

        shutil.rmtree(path.parent, ignore_errors=True)
