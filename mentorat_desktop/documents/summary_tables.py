"""Tables of the evaluation summary: labelled figures, key-figure tiles, answer counts.

Numbers sit right-aligned in their own columns so that a column of figures reads down;
every cell is a Paragraph on the embedded font, so accents and long labels wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from mentorat_desktop.documents.blocks import esc
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.styles import FAINT, FILL, NAVY, RULE, styles, table_style


@cache
def tile_style() -> ParagraphStyle:
    """What a tile counts, in the caption's size; its number is set larger inline."""
    return ParagraphStyle("tile", parent=styles().cell_head, fontSize=9, leading=20, spaceAfter=0)


@cache
def centred() -> ParagraphStyle:
    return ParagraphStyle("cell_head_centred", parent=styles().cell_head, alignment=TA_CENTER)


TILES_PER_ROW = 3


def tiles(figures: Sequence[tuple[str, str]], width: float) -> Table:
    """Key figures in tinted boxes, three to a row: the number large, then what it counts.

    Number and caption share one line, so text taken out of the PDF (a screen reader,
    pdftotext) reads "25 Mentors 35 Mentees", never every number and then every caption.
    """
    fonts = register_fonts()
    cells = [
        Paragraph(
            f'<font name="{fonts.bold}" size="17" color="#{NAVY.hexval()[2:]}">{esc(value)}</font>'
            f"&nbsp;&nbsp;{esc(text)}",
            tile_style(),
        )
        for text, value in figures
    ]
    rows = [cells[i : i + TILES_PER_ROW] for i in range(0, len(cells), TILES_PER_ROW)]
    rows[-1] += [""] * (TILES_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[width / TILES_PER_ROW] * TILES_PER_ROW)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), FILL),
                ("LINEAFTER", (0, 0), (-2, -1), 2.5, "white"),
                ("LINEBELOW", (0, 0), (-1, -2), 2.5, "white"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _grid(table: Table, header_rows: int) -> Table:
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, FAINT),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, RULE),
        ]
    table.setStyle(table_style(commands))
    return table


def figures_table(
    rows: Sequence[Sequence[str]],
    width: float,
    header: Sequence[str] = (),
    label_share: float = 0.55,
) -> Table:
    """A label column, then right-aligned figures; ``header`` names the figure columns."""
    s = styles()
    data: list[list[Paragraph]] = []
    if header:
        data.append(
            [Paragraph(esc(header[0]), s.cell_head)]
            + [Paragraph(esc(h), s.cell_head_right) for h in header[1:]]
        )
    for label, *values in rows:
        data.append(
            [Paragraph(esc(label), s.cell)] + [Paragraph(esc(v), s.cell_right) for v in values]
        )
    columns = len(data[0]) - 1
    label_width = width * label_share
    widths = [label_width] + [(width - label_width) / columns] * columns
    return _grid(Table(data, colWidths=widths, repeatRows=1 if header else 0), 1 if header else 0)


def answer_table(
    audiences: Sequence[str],
    rows: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    footer: Sequence[tuple[str, Sequence[str]]],
    answer_header: str,
    width: float,
    label_share: float | None = None,
) -> Table:
    """Answers down, a count and a share per audience across; ``footer`` rows (respondents,
    average) span each audience's two columns."""
    s = styles()
    head = [Paragraph("", s.cell_head)]
    sub = [Paragraph(esc(answer_header), s.cell_head)]
    for name in audiences:
        head += [Paragraph(esc(name), centred()), Paragraph("", s.cell_head)]
        sub += [Paragraph("n", s.cell_head_right), Paragraph("%", s.cell_head_right)]
    data: list[list[Paragraph]] = [head, sub]
    for label, values in rows:
        line = [Paragraph(esc(label), s.cell)]
        for count, share in values:
            line += [Paragraph(esc(count), s.cell_right), Paragraph(esc(share), s.cell_right)]
        data.append(line)
    first_footer = len(data)
    for label, values in footer:
        line = [Paragraph(f"<b>{esc(label)}</b>", s.cell)]
        for value in values:
            line += [Paragraph(f"<b>{esc(value)}</b>", s.cell_right), Paragraph("", s.cell)]
        data.append(line)
    if label_share is None:
        label_share = 0.36 if len(audiences) > 1 else 0.5
    label_width = width * label_share
    each = (width - label_width) / len(audiences)
    # A share (« 66,7 % ») is wider than a count.
    table = Table(
        data, colWidths=[label_width] + [each * 0.42, each * 0.58] * len(audiences), hAlign="LEFT"
    )
    commands: list[tuple[object, ...]] = []
    for index in range(len(audiences)):
        column = 1 + 2 * index
        commands.append(("SPAN", (column, 0), (column + 1, 0)))
        for row in range(first_footer, len(data)):
            commands.append(("SPAN", (column, row), (column + 1, row)))
    if footer:
        commands.append(("LINEABOVE", (0, first_footer), (-1, first_footer), 0.8, RULE))
    _grid(table, 2)
    commands += [
        ("LEFTPADDING", (1, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 0), (-1, -1), 3),
    ]
    table.setStyle(table_style(commands))
    return table
