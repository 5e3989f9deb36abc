"""``mentorat report``: the summary written as PDF or Excel, its language, and exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from helpers.evaluations import small_year
from pypdf import PdfReader

from mentorat_desktop.cli import main


@pytest.fixture
def program(db, db_path: Path, cohort) -> Path:
    small_year(db, cohort.id)
    return db_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path: Path) -> str:
    pages = PdfReader(path).pages
    return " ".join(" ".join(p.extract_text().replace("\u00a0", " ").split()) for p in pages)


def test_writes_the_pdf_of_the_latest_program_year_and_prints_its_path(
    program, tmp_path, capsys
) -> None:
    out = tmp_path / "summary.pdf"
    code, printed, err = run(capsys, "--db", str(program), "--out", str(out), "--lang", "en")
    assert (code, err) == (0, "")
    assert printed.strip() == str(out)
    text = pdf_text(out)
    # Without --cohort: the most recent year, 2027-2028, beside the two before it.
    assert "Program year 2027-2028" in text
    assert "2025-2026" in text and "2026-2027" in text


def test_the_cohort_option_picks_the_year_and_french_is_the_default(
    program, tmp_path, capsys
) -> None:
    out = tmp_path / "bilan.pdf"
    code, _out, _err = run(capsys, "--db", str(program), "--cohort", "2026-2027", "--out", str(out))
    assert code == 0
    text = pdf_text(out)
    assert "2026-2027" in text and "3,67" in text and "87,5 %" in text
    # The participation table's column headers count people: plural, not one person's status.
    assert "Inscriptions Retraits" in text and "Inscrit Retiré" not in text


def test_writes_the_workbook_in_the_language_asked(program, tmp_path, capsys) -> None:
    out = tmp_path / "summary.xlsx"
    args = ["--db", str(program), "--cohort", "2026-2027", "--out", str(out), "--lang", "en"]
    code, printed, _err = run(capsys, *args)
    assert code == 0 and printed.strip() == str(out)
    book = openpyxl.load_workbook(out)
    assert "Questions" in book.sheetnames and "Earlier years" in book.sheetnames
    assert book["Earlier years"]["B1"].value == "2025-2026"


def test_options_before_the_command_name_count(program, tmp_path, capsys) -> None:
    out = tmp_path / "summary.xlsx"
    code = main(["--db", str(program), "--lang", "en", "report", "--out", str(out)])
    capsys.readouterr()
    assert code == 0 and out.is_file()
    assert openpyxl.load_workbook(out).sheetnames[0] == "Participation"


def test_a_bad_suffix_is_a_usage_error_before_the_file_is_opened(tmp_path, capsys) -> None:
    never = tmp_path / "never.sqlite3"
    code, printed, err = run(capsys, "--db", str(never), "--out", str(tmp_path / "x.docx"))
    assert code == 2 and printed == ""
    assert "x.docx" in err and ".pdf" in err and ".xlsx" in err
    assert not never.exists() and not (tmp_path / "x.docx").exists()


def test_an_unknown_program_year_fails_with_a_message(program, tmp_path, capsys) -> None:
    out = tmp_path / "summary.pdf"
    code, printed, err = run(capsys, "--db", str(program), "--cohort", "1999", "--out", str(out))
    assert code == 1 and printed == ""
    assert "1999" in err and "2026-2027" in err
    assert not out.exists()


def test_a_folder_that_does_not_exist_fails_without_a_file(program, tmp_path, capsys) -> None:
    out = tmp_path / "nowhere" / "summary.pdf"
    code, _printed, err = run(capsys, "--db", str(program), "--out", str(out))
    assert code == 1 and "nowhere" in err
    assert not out.parent.exists()
