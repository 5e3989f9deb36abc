"""The year-end report PDF embeds every font it names and reads in a sensible order."""

from __future__ import annotations

import re

from pypdf import PdfReader

from mentorat_desktop.cli import main
from mentorat_desktop.services.demo import write_demo


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
