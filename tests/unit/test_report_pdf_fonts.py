"""The year-end report PDF embeds every font it names and reads in a sensible order."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from mentorat_desktop.cli import main
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.regions import REGIONS, region_label


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Font name → embedded, over every page and the drawings inside them."""
    found: dict[str, bool] = {}

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object().get("/FontDescriptor")
                if descendants
                else font.get("/FontDescriptor")
            )
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def test_the_report_embeds_its_fonts_and_reads_figure_then_caption(db, tmp_path, capsys):
    write_demo(db)
    out = tmp_path / "summary.pdf"
    assert main(["report", "--db", str(db.path), "--out", str(out)]) == 0
    reader = PdfReader(out)
    fonts = _fonts(reader)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    first = " ".join(reader.pages[0].extract_text().split())
    # Each figure of "the year at a glance" is followed by what it counts.
    assert re.search(r"\b\d+ Mentors \d+ Mentorés \d+ Duos formés", first), first[:300]


def _first_page_words(db, tmp_path) -> tuple[str, str]:
    """The first page as pypdf and as pdftotext read it, spaces squeezed."""
    write_demo(db)
    out = tmp_path / "summary.pdf"
    assert main(["report", "--db", str(db.path), "--out", str(out)]) == 0
    by_pypdf = " ".join(PdfReader(out).pages[0].extract_text().split())
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return by_pypdf, " ".join(text.split())


def test_each_key_figure_reads_with_its_caption_in_both_extractors(db, tmp_path, capsys):
    for text in _first_page_words(db, tmp_path):
        assert re.search(
            r"\b\d+ Mentors \d+ Mentorés \d+ Duos formés \d+ Menés à terme "
            r"\d+ Rencontres consignées \d+ % Taux de réponse",
            text,
        ), text[:400]


def test_each_region_of_the_chart_reads_with_its_counts(db, tmp_path, capsys) -> None:
    """"Montréal 9 13": the name, then the mentors', then the mentees' count (a zero is
    written, so a lone number is never ambiguous), not every number and then every name."""
    by_pypdf, by_pdftotext = _first_page_words(db, tmp_path)
    names = [region_label(code) for code in REGIONS]
    shown = [name for name in names if name in by_pypdf]
    assert "Montréal" in shown and len(shown) >= 10, by_pypdf
    for name in shown:
        counted = re.search(rf"{re.escape(name)} (\d+) (\d+)", by_pypdf)
        assert counted, (name, by_pypdf)
        assert counted.group(0) in by_pdftotext, (name, by_pdftotext)
