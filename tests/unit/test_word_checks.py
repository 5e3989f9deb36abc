"""The documents' cheaper word checks give reportlab's own answers, so every line breaks where
reportlab alone breaks it."""

from __future__ import annotations

import itertools
from random import Random

import pytest
from reportlab.lib import colors
from reportlab.lib.rl_accel import sameFrag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, paragraph
from reportlab.platypus.paraparser import ParaFrag

from mentorat_desktop.documents import word_checks
from mentorat_desktop.documents.blocks import esc
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.styles import styles

NAMES = ["Élodie Bérubé", "Jean-François Gagnon-Côté", "Thi Hoa Nguyễn", "Marc O'Brien", "Zoë"]


def frags() -> list[ParaFrag]:
    """Fragments that differ in each attribute sameFrag looks at, or lack it."""
    fonts = register_fonts()
    base = {"fontName": fonts.regular, "fontSize": 9.5, "textColor": colors.black, "rise": 0}
    variants: list[dict[str, object]] = [
        {},
        {"fontName": fonts.bold},
        {"fontSize": 8},
        {"textColor": colors.navy},
        {"rise": 2},
        {"us_lines": []},
        {"us_lines": [("underline", 1)]},
        {"link": []},
        {"link": ["https://example.org"]},
        {"backColor": None},
        {"rise": None},
        {"link": None},
        {"nobr": None},
        {"nobr": False},
        {"backColor": colors.yellow},
        {"nobr": True},
        {"cbDefn": object()},
        {"lineBreak": True},
        {"text": "other words"},  # not compared
    ]
    made = []
    for variant in variants:
        frag = ParaFrag(**base)
        frag.__dict__.update(variant)
        made.append(frag)
    made.append(ParaFrag(text="bare"))  # lacking even the font
    return made


def test_same_frag_answers_as_reportlab() -> None:
    for f, g in itertools.product(frags(), repeat=2):
        assert word_checks.same_frag(f, g) == sameFrag(f, g), (f, g)


@pytest.mark.parametrize("text", [" ", "  ", "a", "Côté", "", "\xa0"])
def test_string_width_answers_as_reportlab(text) -> None:
    fonts = register_fonts()
    for font, size in itertools.product((fonts.regular, fonts.bold), (7.5, 9.5, 13)):
        for _ in range(2):  # measured, then kept
            assert word_checks.string_width(text, font, size) == stringWidth(text, font, size)


def test_lines_break_where_reportlab_alone_breaks_them(monkeypatch) -> None:
    """Sentences with names in bold, at many widths: the same lines, words and widths."""
    rng = Random(7)
    s = styles()
    cases = []
    for _ in range(60):
        mentee, mentor = rng.sample(NAMES, 2)
        markup = (
            f"Ce formulaire confirme la relation de mentorat entre <b>{esc(mentee)}</b> et "
            f"<b>{esc(mentor)}</b> pour l'année 2026-2027. Les deux partenaires le signent."
        )
        cases.append((markup, rng.choice((s.body, s.cell, s.value)), rng.uniform(60, 470)))

    def lines_of(markup, style, width):  # type: ignore[no-untyped-def]
        para = Paragraph(markup, style)
        para.wrap(width, 1000)
        return para.height, repr(para.blPara.lines), repr(para.frags)

    word_checks.install()
    ours = [lines_of(*case) for case in cases]
    monkeypatch.setattr(paragraph, "sameFrag", sameFrag)
    monkeypatch.setattr(paragraph, "stringWidth", stringWidth)
    assert ours == [lines_of(*case) for case in cases]
