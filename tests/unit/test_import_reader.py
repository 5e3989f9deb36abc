"""Reading exports as they really come: workbooks, CSV in every encoding and delimiter."""

from __future__ import annotations

import codecs
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from helpers.import_files import (
    EN_HEADERS,
    FR_HEADERS,
    english_csv,
    french_excel_csv,
    french_xlsx,
    people,
)

from mentorat_desktop import i18n
from mentorat_desktop.services.importing.contract import ImportFileError
from mentorat_desktop.services.importing.reader import list_sheets, read_table


def test_workbook_answers_sheet_with_real_dates(tmp_path: Path) -> None:
    table = read_table(french_xlsx(tmp_path / "inscriptions.xlsx", count=5))
    assert table.headers == FR_HEADERS
    assert table.sheet == "Réponses au formulaire 1"
    assert table.sheets == ("Réponses au formulaire 1", "Statistiques")
    assert table.row_numbers == (2, 3, 4, 5, 6)
    first = people(1)[0]
    assert table.rows[0][0] == first.submitted
    assert isinstance(table.rows[0][0], datetime)
    assert table.rows[0][1] == first.email
    assert table.rows[0][12] == "\n".join(first.areas)  # multi-line cell kept whole


def test_the_first_sheet_with_data_is_chosen(tmp_path: Path) -> None:
    path = french_xlsx(tmp_path / "a.xlsx", count=2, empty_first_sheet=True)
    table = read_table(path)
    assert table.sheet == "Réponses au formulaire 1"
    assert list_sheets(path) == ["Vide", "Réponses au formulaire 1", "Statistiques"]


def test_a_chosen_sheet_is_read(tmp_path: Path) -> None:
    table = read_table(french_xlsx(tmp_path / "a.xlsx", count=2), sheet="Statistiques")
    assert table.headers == ("Réponses", "2")
    assert table.rows == ()


def test_a_missing_sheet_is_refused_with_the_sheets_listed(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as failure:
        read_table(french_xlsx(tmp_path / "a.xlsx", count=2), sheet="Feuil1")
    assert "Feuil1" in failure.value.message
    assert "Statistiques" in failure.value.message


def test_csv_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    path = english_csv(tmp_path / "registrations.csv", count=4)
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    table = read_table(path)
    assert table.headers == EN_HEADERS
    assert table.row_numbers == (2, 3, 4, 5)
    assert table.rows[0][2] == "Élodie"
    assert table.sheet is None and list_sheets(path) == []


def test_csv_windows_1252_with_semicolons_and_multiline_cells(tmp_path: Path) -> None:
    path = french_excel_csv(tmp_path / "inscriptions.csv", count=4)
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    table = read_table(path)
    assert table.headers == FR_HEADERS
    first = people(1)[0]
    assert table.rows[0][2] == "Élodie"
    assert table.rows[0][12] == "\n".join(first.areas)
    assert table.rows[0][0] == first.submitted.strftime("%d/%m/%Y %H:%M:%S")
    # Each record is one spreadsheet row, however many lines its cells take.
    assert table.row_numbers == (2, 3, 4, 5)


def test_csv_utf8_without_bom_tab_delimited(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Prénom\tNom\tCourriel\nZoé\tCôté\tzoe@example.org\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Prénom", "Nom", "Courriel")
    assert table.rows == (("Zoé", "Côté", "zoe@example.org"),)


def test_utf16_text_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes("Prénom\tNom\r\nZoé\tCôté\r\n".encode("utf-16"))
    assert read_table(path).rows == (("Zoé", "Côté"),)


def test_excel_separator_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("sep=;\nPrénom;Nom\nZoé;Côté, fille\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Prénom", "Nom")
    assert table.rows == (("Zoé", "Côté, fille"),)
    assert table.row_numbers == (2,)


def test_semicolons_win_even_when_cells_hold_commas(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Nom;Champs d'expertise\nCôté;Finances, budget, achats\nDubé;RH, paie\n", encoding="utf-8"
    )
    assert read_table(path).rows[0] == ("Côté", "Finances, budget, achats")


def test_blank_rows_are_skipped_and_numbers_stay_those_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("\n;;\nPrénom;Nom\nZoé;Côté\n;\n\nRémi;Dubé\n;;\n\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Prénom", "Nom")
    assert table.row_numbers == (4, 7)


def test_blank_and_repeated_headers_are_made_unique(tmp_path: Path) -> None:
    i18n.set_language("en")
    path = tmp_path / "export.csv"
    path.write_text("Nom,Nom,,Courriel\na,b,c,d,e\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("Nom", "Nom (2)", "Column 3", "Courriel", "Column 5")
    assert table.rows == (("a", "b", "c", "d", "e"),)


def test_short_rows_are_padded_and_empty_cells_are_none(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("A,B,C\n1,,\n2\n", encoding="utf-8")
    assert read_table(path).rows == (("1", None, None), ("2", None, None))


def test_header_only_file_has_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Prénom,Nom\n", encoding="utf-8")
    assert read_table(path).rows == ()


def test_workbook_with_wrong_dimensions_is_read_entirely(tmp_path: Path) -> None:
    path = french_xlsx(tmp_path / "a.xlsx", count=3)
    # Some writers record a too-small dimension; rewrite it to A1:B2.
    patched = tmp_path / "b.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:P4" />', b'<dimension ref="A1:B2" />')
                assert b"A1:B2" in data
            target.writestr(item, data)
    table = read_table(patched)
    assert len(table.rows) == 3 and table.headers == FR_HEADERS


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.csv", b""),
        ("blank.csv", b"\r\n  \r\n;;\r\n"),
        ("binary.csv", b"PK\x03\x04\x00\x00\x00binary\x00\x01\x02"),
        ("undefined.csv", b"Pr\x81nom;Nom\n"),
        ("garbage.xlsx", b"this is not a workbook"),
        ("empty.xlsx", b""),
        ("notes.pdf", b"%PDF-1.4"),
        ("old.xls", b"\xd0\xcf\x11\xe0"),
    ],
)
def test_unreadable_files_give_one_line_reasons(tmp_path: Path, name: str, data: bytes) -> None:
    with pytest.raises(ImportFileError) as failure:
        read_table(_write(tmp_path / name, data))
    assert failure.value.message and "\n" not in failure.value.message
    assert name in failure.value.message


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError):
        read_table(path)
    with pytest.raises(ImportFileError):
        list_sheets(path)


def test_an_empty_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(ImportFileError) as failure:
        read_table(path)
    assert "empty.xlsx" in failure.value.message


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError):
        read_table(tmp_path / "nowhere.csv")


def test_reasons_are_translated(tmp_path: Path) -> None:
    path = _write(tmp_path / "notes.pdf", b"%PDF")
    i18n.set_language("en")
    with pytest.raises(ImportFileError) as english:
        read_table(path)
    assert "neither an Excel workbook" in english.value.message
