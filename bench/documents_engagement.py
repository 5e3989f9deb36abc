"""Benchmark: 500 engagement forms, beside a bare reportlab canvas writing the same text.

Run with ``python bench/documents_engagement.py [--forms N] [--repeats R]``. Builds N pairs
in memory (no database: loading is not what is measured), half of them French, a quarter
English and a quarter bilingual, then prints milliseconds, the median of R runs, for:

- the whole documents code: ``engagement_part`` then ``write_pdf``, one PDF per pair, as
  ``mentorat forms --kind engagement`` writes them (layout, wrapping, page count, fonts);
- the floor: a bare ``Canvas`` drawing the same strings, one ``drawString`` per text with
  no wrapping, on the same number of pages, with the same font files (registered with
  reportlab alone, as a bare canvas has them, parsed once per process): the body text in
  the regular face, the headings in the bold one, and on every page the running header
  (program name, program year), the footer (form title, "page X of Y") and the initials
  line with both names, as the form prints them;
- the earlier floor, for comparison with figures measured before: the body text alone, in
  the regular face (no header, footer, initials or bold face: on the low side);
- one merged file of the N forms (``mentorat forms --merge``).

Each figure is given twice: wall-clock time, and this process's CPU time, which other
programs running on a shared machine disturb far less (the ratio is printed for both).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from io import BytesIO
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from helpers.sheets import person
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.commitments import (
    CONFIDENTIALITY_CLAUSE,
    MENTEE_COMMITMENTS,
    MENTOR_COMMITMENTS,
)
from mentorat_desktop.documents.data import PairSheet, ProgramYear
from mentorat_desktop.documents.engagement import (
    CONFIDENTIALITY,
    INTRODUCTION,
    MENTEE_INTRO,
    MENTEE_TITLE,
    MENTOR_INTRO,
    MENTOR_TITLE,
    SIGNATURES,
    SIGNING,
    TITLE,
    engagement_part,
)
from mentorat_desktop.documents.fonts import Fonts, fonts_dir, register_fonts
from mentorat_desktop.documents.languages import DocLanguage, languages_of
from mentorat_desktop.documents.render import write_pdf
from mentorat_desktop.documents.styles import MARGIN_TOP, MARGIN_X
from mentorat_desktop.i18n import translate_in
from mentorat_desktop.models.enums import PairingStatus

FORMS = 500
REPEATS = 3
SEED = 2026
FIRST = ("Élodie", "Marc", "Nathalie", "Jean-François", "Amélie", "Thi Hoa", "Sébastien")
LAST = ("Bérubé", "O'Brien", "Nguyễn", "Tremblay", "Gagnon-Côté", "Lévesque", "Saint-Pierre")
YEAR = ProgramYear("2026-2027", date(2026, 9, 1), date(2027, 6, 30), 72)


def make_pairs(count: int) -> list[tuple[PairSheet, DocLanguage]]:
    rng = Random(SEED)
    pairs = []
    for n in range(count):
        language: DocLanguage = ("fr", "fr", "en", "both")[n % 4]
        speaks = "en" if language == "en" else "fr"
        sheet = PairSheet(
            pairing_id=n,
            year=YEAR,
            mentor=person(2 * n, rng.choice(FIRST), rng.choice(LAST), speaks),
            mentee=person(2 * n + 1, rng.choice(FIRST), rng.choice(LAST), speaks),
            status=PairingStatus.ACTIVE,
            assigned_at=datetime(2026, 9, 15, 9, 30),
            first_meeting_on=None,
            goals=(),
        )
        pairs.append((sheet, language))
    return pairs


def same_text(pair: PairSheet, language: DocLanguage) -> list[str]:
    """Every string the form prints, in its language(s), unwrapped."""
    texts = [pair.mentee.full_name, pair.mentor.full_name]
    for lang in languages_of(language):
        texts += [
            translate_in(lang, m)
            for m in (
                wording.PROGRAM_NAME,
                TITLE,
                MENTEE_TITLE,
                MENTEE_INTRO,
                MENTOR_TITLE,
                MENTOR_INTRO,
                CONFIDENTIALITY,
                SIGNATURES,
                SIGNING,
                *MENTEE_COMMITMENTS,
                *MENTOR_COMMITMENTS,
                *CONFIDENTIALITY_CLAUSE,
            )
        ]
        texts.append(
            translate_in(lang, INTRODUCTION).format(
                mentee=pair.mentee.full_name, mentor=pair.mentor.full_name, year=YEAR.name
            )
        )
    return texts


def ours(pairs: list[tuple[PairSheet, DocLanguage]]) -> list[bytes]:
    files = []
    for pair, language in pairs:
        buffer = BytesIO()
        write_pdf(buffer, [engagement_part(pair, language)])
        files.append(buffer.getvalue())
    return files


def floor(
    pairs: list[tuple[PairSheet, DocLanguage]], pages: list[int], furniture: bool = True
) -> None:
    fonts = bare_fonts()
    for (pair, language), page_count in zip(pairs, pages, strict=True):
        canvas = Canvas(BytesIO(), initialFontName=fonts.regular)
        texts = same_text(pair, language)
        headings = set(headings_of(language)) if furniture else set()
        per_page = -(-len(texts) // page_count)
        for page in range(page_count):
            y = 792 - MARGIN_TOP
            for line in texts[page * per_page : (page + 1) * per_page]:
                canvas.setFont(fonts.bold if line in headings else fonts.regular, 9.5)
                canvas.drawString(MARGIN_X, y, line)
                y -= 13.5
            if furniture:
                draw_page_text(canvas, fonts, pair, language, page + 1, page_count)
            canvas.showPage()
        canvas.save()


@cache
def bare_fonts() -> Fonts:
    """The form's two font files registered as reportlab alone registers them: a bare canvas
    knows nothing of the app's font handling (subsets remembered between files)."""
    faces = (("BareSans", "DejaVuSans.ttf"), ("BareSans-Bold", "DejaVuSans-Bold.ttf"))
    for name, filename in faces:
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
    return Fonts("BareSans", "BareSans-Bold")


def headings_of(language: DocLanguage) -> list[str]:
    return [
        translate_in(lang, m)
        for lang in languages_of(language)
        for m in (TITLE, MENTEE_TITLE, MENTOR_TITLE, CONFIDENTIALITY, SIGNATURES)
    ]


def draw_page_text(
    canvas: Canvas, fonts: Fonts, pair: PairSheet, language: DocLanguage, page: int, pages: int
) -> None:
    """The text every page of the form carries: header, footer and initials line."""
    right = 612 - MARGIN_X
    y = 756.0
    for number, lang in enumerate(languages_of(language)):
        canvas.setFont(fonts.bold if number == 0 else fonts.regular, 8)
        canvas.drawString(MARGIN_X, y, translate_in(lang, wording.PROGRAM_NAME))
        canvas.setFont(fonts.regular, 8)
        canvas.drawRightString(
            right, y, translate_in(lang, wording.PROGRAM_YEAR).format(year=YEAR.name)
        )
        y -= 10
    langs = languages_of(language)
    canvas.drawString(MARGIN_X, 32, " / ".join(translate_in(lang, TITLE) for lang in langs))
    canvas.drawRightString(
        right,
        32,
        " / ".join(
            translate_in(lang, wording.PAGE_OF).format(page=page, pages=pages) for lang in langs
        ),
    )
    canvas.drawString(
        MARGIN_X, 53, " / ".join(translate_in(lang, wording.INITIALS) for lang in langs)
    )
    canvas.drawRightString(right - 70, 53, pair.mentee.full_name)
    canvas.drawRightString(right, 53, pair.mentor.full_name)


def merged(pairs: list[tuple[PairSheet, DocLanguage]]) -> None:
    write_pdf(BytesIO(), [engagement_part(pair, language) for pair, language in pairs])


def median_ms(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``repeats`` runs."""
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=FORMS)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    args = parser.parse_args()
    register_fonts()  # parsing the font files once per process is not part of a form
    bare_fonts()
    pairs = make_pairs(args.forms)
    pages = [len(PdfReader(BytesIO(data)).pages) for data in ours(pairs)]
    print(
        f"{args.forms} engagement forms (half French, a quarter English, a quarter "
        f"bilingual), {sum(pages)} pages; median of {args.repeats} runs"
    )
    (whole, whole_cpu) = median_ms(lambda: ours(pairs), args.repeats)
    (bare, bare_cpu) = median_ms(lambda: floor(pairs, pages), args.repeats)
    (body, body_cpu) = median_ms(lambda: floor(pairs, pages, furniture=False), args.repeats)
    (one_file, one_file_cpu) = median_ms(lambda: merged(pairs), args.repeats)
    each = whole / args.forms
    print("                                          wall clock     CPU time")
    print(
        f"  documents code, one file per form:   {whole:9.1f} ms  {whole_cpu:9.1f} ms"
        f"  ({each:.1f} ms a form)"
    )
    print(f"  bare canvas, same text and pages:    {bare:9.1f} ms  {bare_cpu:9.1f} ms  (the floor)")
    print(f"  earlier floor, body text only:       {body:9.1f} ms  {body_cpu:9.1f} ms")
    print(f"  documents code, one merged file:     {one_file:9.1f} ms  {one_file_cpu:9.1f} ms")
    print(
        f"  documents code / floor: {whole / bare:.1f}x wall clock, "
        f"{whole_cpu / bare_cpu:.1f}x CPU time (target 2x)"
    )
    print(
        f"  documents code / earlier floor: {whole / body:.1f}x wall clock, "
        f"{whole_cpu / body_cpu:.1f}x CPU time"
    )


if __name__ == "__main__":
    main()
