"""What is printed around the text of every page: the running header and "page X of Y".

The total page count is only known once a document has been laid out, so the canvas keeps
each finished page and draws the header and footer when the file is saved (two passes
over the pages, one layout). A merged file holds several documents; each restarts its own
page count and carries its own language, so the pages of one pair can be handed out alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.glyph_order import Chars, give_codes_first
from mentorat_desktop.documents.languages import DocLanguage, in_each, joined
from mentorat_desktop.documents.styles import (
    FOOTER_Y,
    HEADER_Y,
    MARGIN_X,
    MUTED,
    NAVY,
    RULE,
)
from mentorat_desktop.documents.text_runs import LoggedText

HEADER_SIZE = 8
INITIALS_GAP = 16  # between the label, a box and the next name
FOOTER_SIZE = 7.5
LINE = 10.5
INITIALS_ROOM = 24  # extra bottom margin on pages the signatories initial
INITIALS_BOX = (34, 15)


@dataclass(frozen=True)
class Section:
    """One document inside a file: its place, language, program year and short title."""

    index: int
    language: DocLanguage
    year: str
    title: str
    # People who initial every page (the signatories of a form); empty for other documents.
    initials: tuple[str, ...] = ()


class SectionStart(Flowable):
    """Invisible mark at the top of a document's first page; tells the canvas who owns it,
    and gives the document's characters their font codes before anything is drawn."""

    def __init__(self, section: Section, first_codes: Chars = ()) -> None:
        super().__init__()
        self.section = section
        self.first_codes = first_codes

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.section = self.section  # type: ignore[attr-defined]
        give_codes_first(self.canv, self.first_codes)


# The canvas's state a saveState keeps, read from its attributes in one call.
_STATE = Canvas.STATE_ATTRIBUTES
_STATE_OF = itemgetter(*_STATE)


class NumberedCanvas(Canvas):
    """Holds every page until ``save`` so each can say "page X of Y" of its own document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.section: Section | None = None
        self._finished: list[dict[str, Any]] = []

    # Text objects mark where their runs go while a paragraph of fixed wording is drawn.
    logs_text_runs = True

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> LoggedText:
        return LoggedText(self, x, y, direction=direction)

    def push_state_stack(self) -> None:
        """Canvas.push_state_stack (what saveState keeps), taking the attributes at once."""
        self.state_stack.append(dict(zip(_STATE, _STATE_OF(self.__dict__), strict=True)))
        self._extgstate = self._extgstate.pushCopy()

    def showPage(self) -> None:
        self._finished.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["section"] for page in self._finished)
        seen: Counter[Section | None] = Counter()
        for state in self._finished:
            self.__dict__.update(state)
            seen[self.section] += 1
            if self.section is not None:
                draw_furniture(self, self.section, seen[self.section], totals[self.section])
            Canvas.showPage(self)
        Canvas.save(self)


def draw_furniture(canvas: Canvas, section: Section, page: int, pages: int) -> None:
    fonts = register_fonts()
    width, height = canvas._pagesize
    right = width - MARGIN_X
    canvas.saveState()
    y = height - HEADER_Y
    names = in_each(section.language, wording.PROGRAM_NAME)
    years = in_each(section.language, wording.PROGRAM_YEAR, year=section.year)
    for number, name in enumerate(names):
        canvas.setFont(fonts.bold if number == 0 else fonts.regular, HEADER_SIZE)
        canvas.setFillColor(NAVY if number == 0 else MUTED)
        canvas.drawString(MARGIN_X, y, name)
        if number < len(years):
            canvas.setFont(fonts.regular, HEADER_SIZE)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(right, y, years[number])
        y -= LINE
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(1.1)
    canvas.line(MARGIN_X, y + LINE - 6, right, y + LINE - 6)

    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, FOOTER_Y + 11, right, FOOTER_Y + 11)
    canvas.setFont(fonts.regular, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    numbering = joined(section.language, wording.PAGE_OF, page=page, pages=pages)
    canvas.drawRightString(right, FOOTER_Y, numbering)
    room = right - MARGIN_X - stringWidth(numbering, fonts.regular, FOOTER_SIZE) - 18
    canvas.drawString(MARGIN_X, FOOTER_Y, fitted(section.title, fonts.regular, room))
    if section.initials:
        draw_initials(canvas, section, FOOTER_Y + 17, right)
    canvas.restoreState()


def draw_initials(canvas: Canvas, section: Section, y: float, right: float) -> None:
    """A box per signatory above the footer: a page swapped in later would lack them."""
    fonts = register_fonts()
    box_width, box_height = INITIALS_BOX
    canvas.setFont(fonts.regular, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    label = joined(section.language, wording.INITIALS)
    canvas.drawString(MARGIN_X, y + 4, label)
    names = section.initials
    # What the label, the boxes and the gaps leave to the names.
    room = right - MARGIN_X - stringWidth(label, fonts.regular, FOOTER_SIZE) - INITIALS_GAP
    room -= len(names) * (box_width + 5) + (len(names) - 1) * INITIALS_GAP
    x = right
    for name in reversed(names_within(names, room, fonts.regular)):
        x -= box_width
        canvas.rect(x, y, box_width, box_height, stroke=1, fill=0)
        x -= 5
        canvas.drawRightString(x, y + 4, name)
        x -= stringWidth(name, fonts.regular, FOOTER_SIZE) + INITIALS_GAP


def names_within(names: Sequence[str], room: float, font: str) -> list[str]:
    """The names as they fit in ``room`` together: when they do not, the longest are
    shortened first, each to an equal share of what the shorter ones leave, rather than run
    over the label (very long names did)."""
    widths = [stringWidth(name, font, FOOTER_SIZE) for name in names]
    if sum(widths) <= room:
        return list(names)
    cap, left = 0.0, room
    for count, width in enumerate(sorted(widths)):
        share = left / (len(widths) - count)
        if width > share:
            cap = share
            break
        left -= width
    return [
        fitted(name, font, cap) if width > cap else name
        for name, width in zip(names, widths, strict=True)
    ]


def fitted(text: str, font: str, room: float) -> str:
    """``text`` shortened with an ellipsis so that it never runs into the page number."""
    if stringWidth(text, font, FOOTER_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", font, FOOTER_SIZE) > room:
        text = text[:-1]
    return text.rstrip() + "…"
