"""Lay out one or several documents into one PDF file: page size, margins, metadata.

Each document is a :class:`DocumentPart` (its flowables plus what the header, footer and
metadata need); a merged print run is simply several parts in one file, each starting on a
new page with its own page count.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from mentorat_desktop.documents import word_checks, wording
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.glyph_order import first_codes
from mentorat_desktop.documents.kept_together import KeptTogether
from mentorat_desktop.documents.languages import BOTH, DocLanguage, joined, pdf_tag
from mentorat_desktop.documents.page_furniture import (
    INITIALS_ROOM,
    NumberedCanvas,
    Section,
    SectionStart,
)
from mentorat_desktop.documents.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    page_dimensions,
)
from mentorat_desktop.models.enums import PageSize

Target = str | os.PathLike[str] | BinaryIO

word_checks.install()  # the same line breaks, found faster


@dataclass(frozen=True)
class DocumentPart:
    """One document, laid out but not yet rendered; its flowables can be rendered once."""

    language: DocLanguage
    year: str
    title: str  # in the document's language(s), for the footer and the file's metadata
    subject: str
    story: tuple[Flowable, ...]
    # Names of the people who initial every page (a signed form), in the order printed.
    initials: tuple[str, ...] = ()


# Values deepcopy returns as they are.
_ATOMS = frozenset({int, float, str, bool, type(None)})


class BodyFrame(Frame):
    """The page's one frame, copied cheaply.

    reportlab deep-copies the frame each time it measures a group kept together (a heading
    with what follows it, a signature block), through the generic machinery that walks every
    attribute; this copy is the same (numbers and strings shared, anything else copied deep)
    at a fraction of the cost.
    """

    def __deepcopy__(self, memo: dict[int, object]) -> BodyFrame:
        twin = self.__class__.__new__(self.__class__)
        # Frame.__setattr__ recomputes the geometry: the attributes go in as they are.
        twin.__dict__.update(
            (name, value if type(value) in _ATOMS else deepcopy(value, memo))
            for name, value in self.__dict__.items()
        )
        return twin


def common_language(parts: Sequence[DocumentPart]) -> DocLanguage:
    languages = {part.language for part in parts}
    return languages.pop() if len(languages) == 1 else BOTH


def write_pdf(
    target: Target,
    parts: Sequence[DocumentPart],
    page_size: PageSize = PageSize.LETTER,
    title: str | None = None,
    subject: str | None = None,
) -> None:
    """Render ``parts`` into ``target`` (a path or a binary stream), one after the other.

    ``title`` and ``subject`` name a merged file; a single document names itself.
    """
    if not parts:
        raise ValueError("a PDF needs at least one document")
    language = common_language(parts)
    width, height = page_dimensions(page_size)
    bottom = MARGIN_BOTTOM + (INITIALS_ROOM if any(part.initials for part in parts) else 0)
    destination = os.fspath(target) if isinstance(target, str | os.PathLike) else target
    doc = BaseDocTemplate(
        destination,
        pagesize=(width, height),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=bottom,
        title=title or parts[0].title,
        subject=subject or parts[0].subject,
        author=joined(language, wording.CHAPTER),
        creator=joined(language, wording.PROGRAM_NAME),
        lang=pdf_tag(language),
        displayDocTitle=True,
        # reportlab would otherwise start each page in Helvetica, a font it does not embed.
        initialFontName=register_fonts().regular,
        # A heading and what follows it are kept together as our groups are (measured once
        # per width when they hold only wording).
        keepTogetherClass=KeptTogether,
    )
    frame = BodyFrame(
        MARGIN_X,
        bottom,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreakIfNotEmpty())
        section = Section(index, part.language, part.year, part.title, part.initials)
        story.append(SectionStart(section, first_codes(part.story)))
        story.extend(part.story)
    doc.build(story, canvasmaker=NumberedCanvas)
