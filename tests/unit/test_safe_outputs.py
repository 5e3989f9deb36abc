"""Outputs a spreadsheet or a terminal would misread: formulas and control characters."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from mentorat_desktop.commands.terminal import SafeStream, printable
from mentorat_desktop.services.exporting.tables import ColumnKind, ExportColumn, ExportTable
from mentorat_desktop.services.exporting.writers import write_csv


def test_csv_cells_that_would_run_as_formulas_show_as_text(tmp_path: Path):
    cells = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "Marie", "a=b"]
    table = ExportTable(
        "T", (ExportColumn("Nom", ColumnKind.TEXT), ExportColumn("N", ColumnKind.INTEGER)),
        tuple((c, -5) for c in cells),
    )  # fmt: skip
    path = write_csv(table, tmp_path / "t.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))[1:]
    assert [r[0] for r in rows] == [
        "'=HYPERLINK(\"http://x\")", "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTab", "Marie", "a=b",
    ]  # fmt: skip
    assert rows[0][1] == "-5"  # numbers stay numbers


def test_control_characters_never_reach_the_terminal():
    name = "Jean\x1b[2J\x1b]0;pwned\x07 Roy\x9b31m"
    assert printable(name) == "Jean[2J]0;pwned Roy31m"
    out = io.StringIO()
    SafeStream(out).write(f"{name}\tok\n")
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
    assert out.getvalue().endswith("\tok\n")


def test_due_command_prints_imported_names_without_escapes(db, cohort, db_path, capsys):
    from mentorat_desktop import cli
    from mentorat_desktop.models import Pairing
    from tests.helpers.evaluations import small_year

    year = small_year(db, cohort.id)
    with db.unit_of_work() as s:
        s.get(Pairing, year.pairs["p4"]).mentor.person.last_name = "Tremblay\x1b[2J\x1b]0;x\x07"
    db.close()
    assert cli.main(["due", "--db", str(db_path), "--cohort", "2026-2027"]) == 0
    out = capsys.readouterr().out
    assert "Tremblay[2J]0;x" in out
    assert "\x1b" not in out and "\x07" not in out
