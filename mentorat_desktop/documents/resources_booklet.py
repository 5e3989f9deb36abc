"""The resource library as a printed booklet: one document or all four, in French or English.

Each document is its own part of the file, so it starts on a new page, numbers its own
pages and names itself in the footer; a participant can be handed just the one they need.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, ListFlowable, ListItem, Paragraph, Spacer

from mentorat_desktop.documents.blocks import esc
from mentorat_desktop.documents.file_names import file_stem
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.languages import DocLanguage, for_person
from mentorat_desktop.documents.render import DocumentPart, Target, write_pdf
from mentorat_desktop.documents.styles import INK, NAVY, RULE, styles
from mentorat_desktop.i18n import N_, translate_in
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.services.resources.library import (
    CHAPTER_CONTACT,
    SLUGS,
    BulletList,
    Heading,
    ResourceDocument,
    Runs,
    load_document,
    with_committee_contact,
)

LIBRARY_TITLE = N_("Resources for mentors and mentees")
SUBJECT = N_("Resources of the mentoring program, to read before the pairing")
SUBTITLE = N_("Mentoring program resources")


@cache
def _subheading() -> ParagraphStyle:
    """Level 3: smaller than a section heading, still kept with what follows."""
    s = styles()
    return ParagraphStyle(
        "subheading",
        parent=s.heading,
        fontSize=10,
        leading=13.5,
        textColor=INK,
        spaceBefore=8,
        spaceAfter=3,
        keepWithNext=True,
    )


def runs_markup(runs: Runs) -> str:
    """Inline runs as paragraph markup: text escaped (spaces around bold kept), bold in <b>."""
    return "".join(f"<b>{escape(run.text)}</b>" if run.bold else escape(run.text) for run in runs)


def bullet_list(items: Sequence[Runs]) -> ListFlowable:
    """A real list (reportlab lays out the bullets), on the embedded font."""
    s = styles()
    return ListFlowable(
        [ListItem(Paragraph(runs_markup(item), s.body), value="•") for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=register_fonts().regular,
        bulletFontSize=s.body.fontSize,
        bulletColor=NAVY,
        leftIndent=16,
        bulletDedent=12,
        spaceAfter=4,
    )


def document_story(document: ResourceDocument) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1:
                story.append(Paragraph(esc(block.text), s.title))
                story.append(Paragraph(esc(translate_in(document.language, SUBTITLE)), s.subtitle))
                story.append(Spacer(1, 4))
                story.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=8))
            elif block.level == 2:
                story.append(Paragraph(esc(block.text), s.heading))
            else:
                story.append(Paragraph(esc(block.text), _subheading()))
        elif isinstance(block, BulletList):
            story.append(bullet_list(block.items))
        else:
            story.append(Paragraph(runs_markup(block.runs), s.body))
    return story


def resource_part(document: ResourceDocument, year: str) -> DocumentPart:
    """One document of the library; ``year`` is the program year named in the header."""
    language: DocLanguage = for_person(document.language)
    return DocumentPart(
        language=language,
        year=year,
        title=document.title,
        subject=translate_in(language, SUBJECT),
        story=tuple(document_story(document)),
    )


def booklet_parts(
    language: str,
    year: str,
    slugs: Sequence[str] | None = None,
    folder: Path | None = None,
    contact: str = CHAPTER_CONTACT,
) -> list[DocumentPart]:
    """The chosen documents (all of them by default) in ``language``, in library order;
    those the program ends with the committee's address end with ``contact``."""
    chosen = SLUGS if slugs is None else tuple(s for s in SLUGS if s in slugs)
    return [
        resource_part(with_committee_contact(load_document(slug, language, folder), contact), year)
        for slug in chosen
    ]


def write_booklet(
    target: Target,
    language: str,
    year: str,
    slugs: Sequence[str] | None = None,
    page_size: PageSize = PageSize.LETTER,
    folder: Path | None = None,
    contact: str = CHAPTER_CONTACT,
) -> None:
    """Write the booklet as a PDF; a whole-library file is titled as the library."""
    parts = booklet_parts(language, year, slugs, folder, contact)
    whole = len(parts) > 1
    write_pdf(
        target,
        parts,
        page_size,
        title=translate_in(language, LIBRARY_TITLE) if whole else None,
        subject=translate_in(language, SUBJECT) if whole else None,
    )


def booklet_stem(language: str, document: ResourceDocument | None = None) -> str:
    """The file name without extension: the document's title, or the library's."""
    return file_stem(document.title if document else translate_in(language, LIBRARY_TITLE))
