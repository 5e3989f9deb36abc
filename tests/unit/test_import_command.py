"""``mentorat import``: summary, exit codes, dry run and --skip-invalid."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorat_desktop.cli import main
from mentorat_desktop.db import open_database
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import resolve_cohort

HEADER = "Prénom,Nom,Courriel,Organisation,Région,Titre d'emploi,Objectifs de développement"


MENTEES = ("--role", "mentee", "--consent-given")


def _row(n: int, email: str | None = None) -> str:
    email = email or f"personne{n}@example.org"
    return f'Prénom{n},Nom{n},{email},CISSS de Laval,Laval,Chef,"Objectif {n}"'


@pytest.fixture
def program(tmp_path) -> Path:
    path = tmp_path / "p.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _participants(path: Path) -> int:
    db = open_database(path)
    try:
        return len(registration.list_participants(db, resolve_cohort(db, None).id))
    finally:
        db.close()


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8-sig")
    return path


def test_import_writes_and_summarises(program, tmp_path, capsys) -> None:
    before = _participants(program)
    path = _csv(tmp_path, [_row(n) for n in range(5)])
    assert main(["import", str(path), "--db", str(program), *MENTEES]) == 0
    out = capsys.readouterr().out
    assert "Créés\u00a0: 5, mis à jour\u00a0: 0, ignorés\u00a0: 0." in out
    assert _participants(program) == before + 5


def test_an_error_writes_nothing_and_exits_1(program, tmp_path, capsys) -> None:
    before = _participants(program)
    rows = [_row(n) for n in range(60)]
    rows[55] = _row(55, email="pas-une-adresse")
    path = _csv(tmp_path, rows)
    assert main(["import", str(path), "--db", str(program), *MENTEES]) == 1
    out = capsys.readouterr().out
    assert "57" in out and "pas-une-adresse" in out
    assert _participants(program) == before


def test_skip_invalid_writes_the_valid_rows(program, tmp_path, capsys) -> None:
    before = _participants(program)
    rows = [_row(n) for n in range(10)]
    rows[3] = _row(3, email="faux")
    path = _csv(tmp_path, rows)
    code = main(["import", str(path), "--db", str(program), *MENTEES, "--skip-invalid"])
    assert code == 0
    assert _participants(program) == before + 9
    assert "faux" in capsys.readouterr().out


def test_dry_run_writes_nothing(program, tmp_path) -> None:
    before = _participants(program)
    path = _csv(tmp_path, [_row(n) for n in range(3)])
    assert main(["import", str(path), "--db", str(program), *MENTEES, "--dry-run"]) == 0
    assert _participants(program) == before


def test_an_unreadable_file_exits_2_with_one_line(program, tmp_path, capsys) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x00\x01garbage")
    assert main(["import", str(path), "--db", str(program)]) == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err and "Traceback" not in err


def test_an_unknown_program_year_exits_1(program, tmp_path, capsys) -> None:
    path = _csv(tmp_path, [_row(1)])
    assert main(["import", str(path), "--db", str(program), "--cohort", "1999"]) == 1
