"""Phase 3: the resource library the committee hands to mentors and mentees, as plain data.

The texts ship as small Markdown files, one per document and language, in a deliberately
tiny subset (a title, two heading levels, paragraphs, flat bullet lists, bold) so that the
reader on screen and the printed booklet can render every construct they contain. Anything
outside the subset is a mistake in a shipped file and raises ``ValueError``: a test parses
every file, so the mistake never reaches the committee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mentorat_desktop.i18n import LANGUAGES, N_, translate_in
from mentorat_desktop.paths import resources_dir

# The documents, in reading order, with a name to show when a file cannot be read.
DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("roles", N_("Roles and responsibilities")),
    ("tips", N_("Tips for mentors and mentees")),
    ("phases", N_("The phases of the program")),
    ("mentoring_vs_coaching", N_("Mentoring and coaching")),
)
SLUGS: tuple[str, ...] = tuple(slug for slug, _name in DOCUMENTS)
FALLBACK_NAMES: dict[str, str] = dict(DOCUMENTS)

_HEADING = re.compile(r"^(#+)\s+(\S.*)$")
_BULLET = "- "
_NUMBERED = re.compile(r"^\d+[.)]\s")
_OTHER_BULLET = re.compile(r"^[*+]\s")


@dataclass(frozen=True)
class Run:
    """A stretch of text in one weight."""

    text: str
    bold: bool = False


Runs = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 is the document's title, 2 a section, 3 a subsection
    text: str


@dataclass(frozen=True)
class Paragraph:
    runs: Runs


@dataclass(frozen=True)
class BulletList:
    items: tuple[Runs, ...]


Block = Heading | Paragraph | BulletList


@dataclass(frozen=True)
class ResourceDocument:
    slug: str
    language: str
    title: str
    blocks: tuple[Block, ...]  # starts with the level-1 heading that carries the title

    def outline(self) -> tuple[tuple[str, int], ...]:
        """The shape of the document without its words, to compare a text with its
        translation: each heading's level, each paragraph, each list's length."""
        shape: list[tuple[str, int]] = []
        for block in self.blocks:
            if isinstance(block, Heading):
                shape.append(("heading", block.level))
            elif isinstance(block, Paragraph):
                shape.append(("paragraph", 0))
            else:
                shape.append(("bullets", len(block.items)))
        return tuple(shape)


# The chapter's address, as the program's documents give it; the preferences may replace it.
CHAPTER_CONTACT = "mentorat.chapitrequebec@gmail.com"
# The documents that end, as the program's own do, with how to reach the committee.
CONTACT_SLUGS: tuple[str, ...] = ("roles", "phases")
CONTACT_TITLE = N_("Reaching the committee")
CONTACT_TEXT = N_(
    "Questions, comments or concerns about the program, or about your partnership? Write to "
    "the mentoring committee: {contact}"
)


def with_committee_contact(document: ResourceDocument, contact: str) -> ResourceDocument:
    """``document`` ending with the committee's contact when it is one that gives it."""
    if document.slug not in CONTACT_SLUGS or not contact.strip():
        return document
    text = translate_in(document.language, CONTACT_TEXT).format(contact=contact.strip())
    blocks = (
        *document.blocks,
        Heading(2, translate_in(document.language, CONTACT_TITLE)),
        Paragraph((Run(text),)),
    )
    return ResourceDocument(document.slug, document.language, document.title, blocks)


def library_dir() -> Path:
    """``resources/library``, holding ``<language>/<slug>.md``."""
    return resources_dir() / "library"


def document_path(slug: str, language: str, folder: Path | None = None) -> Path:
    if slug not in SLUGS:
        raise ValueError(f"unknown resource document {slug!r}")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return (folder or library_dir()) / language / f"{slug}.md"


def load_document(slug: str, language: str, folder: Path | None = None) -> ResourceDocument:
    """Read and parse one document; ``folder`` replaces the shipped library (tests)."""
    path = document_path(slug, language, folder)
    text = path.read_text(encoding="utf-8-sig")
    return parse_document(slug, language, text, source=str(path))


def library(language: str, folder: Path | None = None) -> tuple[ResourceDocument, ...]:
    """Every document of the library in ``language``, in reading order."""
    return tuple(load_document(slug, language, folder) for slug in SLUGS)


# Parsing -----------------------------------------------------------------------------------


class _Parser:
    """Line by line; paragraphs and bullets gather lines until a blank line ends them."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.blocks: list[Block] = []
        self.paragraph: list[str] = []
        self.bullets: list[list[str]] = []
        self.number = 0

    def fail(self, problem: str) -> ValueError:
        return ValueError(f"{self.source}, line {self.number}: {problem}")

    def flush(self) -> None:
        if self.paragraph:
            self.blocks.append(Paragraph(self.inline(" ".join(self.paragraph))))
            self.paragraph = []
        if self.bullets:
            items = tuple(self.inline(" ".join(lines)) for lines in self.bullets)
            self.blocks.append(BulletList(items))
            self.bullets = []

    def feed(self, number: int, raw: str) -> None:
        self.number = number
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            self.flush()
            return
        if number == 1 and not line.startswith("# "):
            raise self.fail('the first line must be the title: "# Title"')
        if "\t" in line[: len(line) - len(line.lstrip())]:
            raise self.fail("indent with spaces, not tabs")
        if stripped.startswith("#"):
            self.heading(number, line)
        elif line.startswith(_BULLET) or line == "-":
            self.flush_paragraph()
            item = line[len(_BULLET) :].strip()
            if not item:
                raise self.fail("empty bullet")
            self.bullets.append([item])
        elif stripped.startswith(_BULLET) or stripped == "-":
            raise self.fail("nested or indented bullets are not supported")
        elif _NUMBERED.match(stripped) or _OTHER_BULLET.match(stripped):
            raise self.fail('only "- " bullets are supported')
        elif self.bullets:
            self.bullets[-1].append(stripped)  # a long bullet wrapped onto the next line
        else:
            self.paragraph.append(stripped)

    def flush_paragraph(self) -> None:
        if self.paragraph:
            self.flush()

    def heading(self, number: int, line: str) -> None:
        match = _HEADING.match(line)
        if match is None:
            raise self.fail('a heading is "#", "##" or "###", a space, then text')
        level, text = len(match.group(1)), match.group(2).strip()
        if level > 3:
            raise self.fail("headings go down to ### only")
        if (level == 1) != (number == 1):
            raise self.fail("the title (#) is the first line, and only the first line")
        if "*" in text:
            raise self.fail("headings are already bold; remove the asterisks")
        self.flush()
        self.blocks.append(Heading(level, text))

    def inline(self, text: str) -> Runs:
        """``**bold**`` spans; any other asterisk is markup this subset does not have."""
        parts = text.split("**")
        if len(parts) % 2 == 0:
            raise self.fail("unbalanced ** (bold)")
        runs: list[Run] = []
        for position, part in enumerate(parts):
            bold = position % 2 == 1
            if "*" in part:
                raise self.fail("only **bold** is supported, not *italics*")
            if bold and not part.strip():
                raise self.fail("empty bold span")
            if part:
                runs.append(Run(part, bold))
        return tuple(runs)


def parse_document(slug: str, language: str, text: str, source: str = "") -> ResourceDocument:
    """Parse one file's text; ``source`` names it in error messages."""
    parser = _Parser(source or f"{language}/{slug}.md")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        parser.feed(number, line)
    parser.flush()
    blocks = tuple(parser.blocks)
    if not blocks or not isinstance(blocks[0], Heading) or blocks[0].level != 1:
        parser.number = 1
        raise parser.fail('the first line must be the title: "# Title"')
    if len(blocks) == 1:
        raise parser.fail("the document has a title and nothing else")
    return ResourceDocument(slug, language, blocks[0].text, blocks)
