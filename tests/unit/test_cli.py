"""The ``mentorat`` command line: options, languages, exit codes, and no traceback ever."""

from __future__ import annotations

import json
from datetime import date

from mentorat_desktop.cli import main
from mentorat_desktop.db import open_database
from mentorat_desktop.services.cohorts import CohortForm, create_cohort


def test_cohorts_on_a_new_file_says_there_is_none(tmp_path, capsys) -> None:
    assert main(["cohorts", "--db", str(tmp_path / "new.sqlite3")]) == 0
    assert "Aucune année" in capsys.readouterr().out


def test_db_and_lang_are_accepted_before_or_after_the_command(tmp_path, capsys) -> None:
    path = tmp_path / "new.sqlite3"
    assert main(["--lang", "en", "--db", str(path), "cohorts"]) == 0
    assert "No program year yet." in capsys.readouterr().out
    assert main(["cohorts", "--lang=en", f"--db={path}"]) == 0
    assert "No program year yet." in capsys.readouterr().out


def test_cohorts_lists_the_most_recent_first_with_dates_for_the_language(tmp_path, capsys) -> None:
    path = tmp_path / "p.sqlite3"
    db = open_database(path)
    create_cohort(db, CohortForm("2024-2025", date(2024, 9, 1), date(2025, 6, 30)))
    create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30)))
    db.close()
    assert main(["cohorts", "--db", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("2025-2026") and lines[2].startswith("2024-2025")
    assert "1er sept. 2025" in lines[1]
    assert main(["cohorts", "--db", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in data] == ["2025-2026", "2024-2025"]
    assert data[0]["start"] == "2025-09-01"


def test_a_file_that_is_not_mentorat_is_refused_without_traceback(tmp_path, capsys) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a database" * 50)
    before = path.read_bytes()
    assert main(["cohorts", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Mentorat" in err
    assert path.read_bytes() == before


def test_wrong_usage_exits_2_with_a_message_in_french(capsys) -> None:
    assert main(["cohorts", "--frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "erreur" in err and "--frobnicate" in err


def test_wrong_usage_in_english(capsys) -> None:
    assert main(["--lang", "en", "nonsense"]) == 2
    assert "error" in capsys.readouterr().err


def test_help_is_translated(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "cohorts" in out and "utilisation" in out
