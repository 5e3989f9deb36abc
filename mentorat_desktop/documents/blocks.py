"""Building blocks the four documents share: titles, headings, bilingual prose, fields to
fill in, boxes to write in and signature lines.

Every block wraps whatever the length of its text: paragraphs split across pages, and long
values are never put in table cells (a table row cannot be taller than a page).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import ClassVar
from xml.sax.saxutils import escape

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.data_paragraph import DataParagraph
from mentorat_desktop.documents.fixed_table import FixedTable, table_key
from mentorat_desktop.documents.fixed_text import fixed_paragraph, write_at
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.kept_together import KeptTogether
from mentorat_desktop.documents.languages import DocLanguage, joined, languages_of
from mentorat_desktop.documents.styles import FAINT, FILL, MUTED, NAVY, RULE, styles, table_style
from mentorat_desktop.i18n import translate_in

LINE_GAP = 20  # room for one handwritten line
ROW_GAP = 4  # between facing paragraphs, as between paragraphs of one language


def esc(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    lines = text.strip().replace("\r\n", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


@lru_cache(maxsize=2048)
def esc_wording(text: str) -> str:
    """:func:`esc` of the documents' own wording (never data), found once per text: every
    form escapes the same commitments and clauses again."""
    return esc(text)


def markup(language: str, message: str, strong: Sequence[str] = (), **fields: object) -> str:
    """A translated sentence as markup; the fields named in ``strong`` are set in bold."""
    if not fields:
        return esc_wording(translate_in(language, message)).format()
    values = {
        name: (f"<b>{esc(str(value))}</b>" if name in strong else esc(str(value)))
        for name, value in fields.items()
    }
    return esc(translate_in(language, message)).format(**values)


def title_block(language: DocLanguage, message: str, details: Sequence[str]) -> list[Flowable]:
    """The document's title (in each language, the first one largest) and a line of details."""
    s = styles()
    blocks: list[Flowable] = []
    for number, lang in enumerate(languages_of(language)):
        style = s.title if number == 0 else s.title_second
        blocks.append(fixed_paragraph(esc_wording(translate_in(lang, message)), style))
    blocks.extend(DataParagraph(detail, s.subtitle) for detail in details)
    blocks.append(Spacer(1, 4))
    blocks.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=8))
    return blocks


def heading(language: DocLanguage, message: str, **fields: object) -> Paragraph:
    """A heading; one without fields is fixed wording, laid out once per process."""
    if fields:
        return DataParagraph(esc(joined(language, message, **fields)), styles().heading)
    return fixed_paragraph(esc_wording(joined(language, message)), styles().heading)


def parallel(
    rows: Sequence[Sequence[Flowable | list[Flowable]]], keep_first: int = 0, keep_last: int = 0
) -> Table:
    """French and English side by side, row by row, so each text faces its translation.

    The first ``keep_first`` and last ``keep_last`` rows never part across a page break.
    """
    # Facing columns of fixed wording keep their drawing for the next form.
    key = table_key(rows, keep_first, keep_last)
    table = (Table if key is None else FixedTable)(
        list(rows), colWidths=["50%", "50%"], splitByRow=1
    )
    if isinstance(table, FixedTable):
        table._layout_key = key
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("LEFTPADDING", (1, 0), (1, -1), 10),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_GAP),
        ("LINEAFTER", (0, 0), (0, -1), 0.5, FAINT),
    ]
    if keep_first > 1:
        commands.append(("NOSPLIT", (0, 0), (-1, min(keep_first, len(rows)) - 1)))
    if keep_last > 1:
        commands.append(("NOSPLIT", (0, max(len(rows) - keep_last, 0)), (-1, -1)))
    table.setStyle(table_style(commands))
    return table


def prose(
    language: DocLanguage,
    render: Callable[[str], str],
    style_name: str = "body",
    fixed: bool = False,
) -> Flowable:
    """A paragraph in the document's language, or facing paragraphs in both languages.

    ``render(lang)`` returns the paragraph's markup in ``lang``; ``fixed`` when that markup
    holds no data of a person or a pair (its layout is then kept for the next document).
    """
    style = getattr(styles(), style_name)
    make = fixed_paragraph if fixed else DataParagraph
    langs = languages_of(language)
    if len(langs) == 1:
        return make(render(langs[0]), style)
    return parallel([[make(render(lang), style) for lang in langs]])


def say(
    language: DocLanguage,
    message: str,
    style_name: str = "body",
    strong: Sequence[str] = (),
    **fields: object,
) -> Flowable:
    """A translated sentence as a paragraph (or two facing ones)."""
    return prose(
        language,
        lambda lang: markup(lang, message, strong, **fields),
        style_name,
        fixed=not fields,
    )


def numbered_list(
    language: DocLanguage, title: str, intro: str, items: Sequence[str]
) -> list[Flowable]:
    """A heading, a lead-in sentence and numbered items (commitments), kept from orphaning."""
    s = styles()
    langs = languages_of(language)
    if len(langs) == 1:
        lang = langs[0]
        blocks: list[Flowable] = [
            fixed_paragraph(esc_wording(translate_in(lang, title)), s.heading),
            fixed_paragraph(esc_wording(translate_in(lang, intro)), s.lead_in),
        ]
        numbered = [
            fixed_paragraph(esc_wording(translate_in(lang, item)), s.numbered, f"{n}.")
            for n, item in enumerate(items, start=1)
        ]
        # The heading keeps two items under it, and the last two stay together: a lone item
        # on either side of a page break looks like an afterthought.
        return [
            KeptTogether([*blocks, *numbered[:2]]),
            *numbered[2:-2],
            KeptTogether(numbered[-2:]),
        ]
    rows: list[list[Flowable]] = [
        [fixed_paragraph(esc_wording(translate_in(lang, title)), s.heading) for lang in langs],
        [fixed_paragraph(esc_wording(translate_in(lang, intro)), s.lead_in) for lang in langs],
    ]
    rows.extend(
        [
            fixed_paragraph(esc_wording(translate_in(lang, item)), s.numbered, f"{n}.")
            for lang in langs
        ]
        for n, item in enumerate(items, start=1)
    )
    return [Spacer(1, 10), parallel(rows, keep_first=4, keep_last=2)]


def bullets(texts: Sequence[str]) -> list[Flowable]:
    """Plain values (areas of expertise...) as a bulleted list."""
    return [DataParagraph(esc(text), styles().item, bulletText="•") for text in texts]


def field_label(language: DocLanguage, message: str) -> Paragraph:
    """The small capitals above a value; kept with the value that follows."""
    return fixed_paragraph(esc_wording(joined(language, message).upper()), styles().label)


def field(language: DocLanguage, message: str, value: str, lines: int = 0) -> list[Flowable]:
    """A label and its value below it; an empty value leaves ``lines`` lines to write on."""
    if value.strip():
        return [field_label(language, message), DataParagraph(esc(value), styles().value)]
    if lines:
        return [field_label(language, message), WritingBox(lines)]
    return []


def facts(rows: Sequence[Sequence[str]], header: Sequence[str] = ()) -> Table:
    """A grid of short values: a label column (wording, never data), then one column per
    person or item."""
    s = styles()
    data: list[list[Paragraph]] = []
    if header:
        data.append(
            [DataParagraph("", s.cell_head)] + [DataParagraph(esc(h), s.cell_title) for h in header]
        )
    for label, *values in rows:
        # Labels are the documents' own wording, laid out once; values are people's data.
        data.append(
            [fixed_paragraph(esc_wording(label), s.cell_head)]
            + [DataParagraph(esc(v), s.cell) for v in values]
        )
    columns = len(data[0]) - 1
    label_width = 24 if columns > 1 else 30
    share = (100 - label_width) / columns
    table = Table(data, colWidths=[f"{label_width}%"] + [f"{share}%"] * columns)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, FAINT),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("BACKGROUND", (0, 0), (0, -1), FILL),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ]
    table.setStyle(table_style(commands))
    return table


def callout(content: Sequence[Flowable]) -> Table:
    """A tinted box with a navy edge, for the one thing the reader must not miss."""
    table = Table([[list(content)]], colWidths=["100%"])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def callout_in(language: DocLanguage, render: Callable[[str], list[Flowable]]) -> Flowable:
    """A callout whose content is written per language; side by side when bilingual."""
    columns = [render(lang) for lang in languages_of(language)]
    content = columns[0] if len(columns) == 1 else [parallel([columns])]
    return KeepTogether([callout(content)])


class WritingBox(Flowable):
    """A framed, faintly ruled box to write in by hand.

    Its drawing (lines and a frame, in colours, no text) depends only on its size: drawn once
    per size, it is then written again as it is, as a paragraph of fixed wording is.
    """

    _drawings: ClassVar[dict[tuple[int, float], tuple[str, ...]]] = {}

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines

    @property
    def _layout_key(self) -> tuple[str, int]:
        """What its measure and drawing depend on, besides the width it is given."""
        return ("lines", self.lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.lines * LINE_GAP + 6
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        code = self._drawings.get((self.lines, self.width))
        if code is None or getattr(self, "_showBoundary", None):
            super().drawOn(canvas, x, y, _sW)
        else:
            write_at(canvas._code, self._hAlignAdjust(x, _sW), y, code)

    def draw(self) -> None:
        code = self.canv._code
        start = len(code)
        self._draw_box()
        if len(self._drawings) >= 64:  # a handful of sizes: a bound, never reached
            self._drawings.clear()
        self._drawings[(self.lines, self.width)] = tuple(code[start:])

    def _draw_box(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(FAINT)
        canvas.setLineWidth(0.5)
        for n in range(1, self.lines):
            y = self.height - 3 - n * LINE_GAP
            canvas.line(8, y, self.width - 8, y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.7)
        canvas.roundRect(0, 0, self.width, self.height, 3, stroke=1, fill=0)
        canvas.restoreState()


class SignatureLine(Flowable):
    """Room to sign, a line, and what goes on it written small underneath."""

    ROOM = 34

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.caption = caption

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.ROOM + 12
        return self.width, self.height

    def draw(self) -> None:
        draw_signature_line(self.canv, 0, self.width, self.caption)


def draw_signature_line(canvas: Canvas, x: float, width: float, caption: str) -> None:
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.7)
    canvas.line(x, 12, x + width, 12)
    canvas.setFont(register_fonts().regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(x, 3, caption)
    canvas.restoreState()


class SignAndDate(SignatureLine):
    """Room to sign and, on the same line to its right, a shorter one to date, as on most
    forms: the signatures then take one line of room per person instead of two."""

    DATE_SHARE = 0.36  # of the width: room for a handwritten date, in either language
    GAP = 14

    def __init__(self, signature: str, date: str) -> None:
        super().__init__(signature)
        self.date = date

    def draw(self) -> None:
        date_width = self.width * self.DATE_SHARE
        signature_width = self.width - date_width - self.GAP
        draw_signature_line(self.canv, 0, signature_width, self.caption)
        draw_signature_line(self.canv, self.width - date_width, date_width, self.date)


def signatures(language: DocLanguage, people: Sequence[tuple[str, str]]) -> Table:
    """Side-by-side signature and date lines, one column per (role, name)."""
    s = styles()
    columns: list[list[Flowable]] = []
    for role, name in people:
        column: list[Flowable] = [
            fixed_paragraph(esc_wording(joined(language, role).upper()), s.cell_head)
        ]
        if name:
            column.append(DataParagraph(esc(name), s.signer))
        column.append(
            SignAndDate(joined(language, wording.SIGNATURE), joined(language, wording.DATE))
        )
        columns.append(column)
    if len(columns) == 1:
        columns.append([])  # one signatory signs on the left half, as on a letter
    table = Table([columns], colWidths=[f"{100 / len(columns)}%"] * len(columns))
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 0.25 * inch),
                ("LEFTPADDING", (1, 0), (-1, -1), 0.25 * inch),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def signature_section(
    language: DocLanguage,
    title: str,
    sentence: str,
    people: Sequence[tuple[str, str]],
    signed: Sequence[Flowable] = (),
) -> Flowable:
    """Heading, sentence and lines kept on one page: nobody signs under a distant heading.

    ``signed`` (the end of what is signed) goes with them, so that the signatures are never
    alone on a page of their own, away from the text they sign.
    """
    return KeptTogether(
        [
            *signed,
            heading(language, title),
            say(language, sentence),
            Spacer(1, 8),
            signatures(language, people),
        ]
    )
