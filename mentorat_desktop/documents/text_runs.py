"""A paragraph's drawing with its text left to encode: how fixed wording is replayed in a file
whose font gave some of its characters other codes.

A PDF names each glyph by the code the file's embedded font gave its character, in the order
the file first used them, so the same words drawn after other names use other codes. A
:class:`Template` keeps a paragraph's drawing instructions with a mark where each run of text
goes, and what reportlab made of that run (text, font, size, leading); replaying it encodes
each run in the new file as reportlab's text object does (the same font calls, in the same
order: the file's font assigns the same codes), and gives up, leaving reportlab to draw, when a
run would fall in another subset of the font than when it was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont
from reportlab.pdfgen.textobject import PDFTextObject

MARK = "\x00"


@dataclass(frozen=True)
class TextRun:
    """One text run as reportlab's text object wrote it: ``(codes) Tj`` per font subset, each
    subset change preceded by its font selection."""

    font: TTFont
    text: str
    subset_before: int  # the text object's subset before the run
    size: float
    leading: float
    subsets: tuple[int, ...]

    def written(self, canvas: Any) -> str | None:
        """The run in ``canvas``'s file, as PDFTextObject._formatText writes it; None if its
        characters fall in other subsets than when recorded."""
        doc = canvas._doc
        runs = self.font.splitString(self.text, doc)
        if tuple(subset for subset, _ in runs) != self.subsets:
            return None
        return _write(
            self.font, doc, canvas._escape, self.subset_before, self.size, self.leading, runs
        )


def _write(
    font: TTFont,
    doc: Any,
    escape: Any,
    subset: int,
    size: float,
    leading: float,
    runs: list[tuple[int, bytes]],
) -> str:
    parts = []
    for run_subset, codes in runs:
        if run_subset != subset:
            name = font.getSubsetInternalName(run_subset, doc)
            parts.append(f"{name} {fp_str(size)} Tf {fp_str(leading)} TL")
            subset = run_subset
        parts.append(f"({escape(codes)}) Tj")
    return " ".join(parts)


@dataclass
class TextLog:
    """What a canvas's text objects wrote while a paragraph was being drawn."""

    runs: list[TextRun] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    complete: bool = True


class LoggedText(PDFTextObject):
    """reportlab's text object; while its canvas keeps a :class:`TextLog`, each run it writes
    is logged and a mark left in its place (filled in by :func:`fill_marks`)."""

    def _formatText(self, text: str) -> str:
        log: TextLog | None = self._canvas.__dict__.get("_text_log")
        subset_before = self._curSubset
        written = super()._formatText(text)
        if log is None or not log.complete:
            return written
        font = getFont(self._fontname)
        run = None
        if isinstance(font, TTFont) and not isinstance(text, ShapedStr):
            doc = self._canvas._doc
            runs = font.splitString(text, doc)  # assigned by the call above: changes nothing
            rewritten = _write(
                font, doc, self._canvas._escape, subset_before, self._fontsize, self._leading, runs
            )
            if rewritten == written:
                subsets = tuple(subset for subset, _ in runs)
                run = TextRun(font, text, subset_before, self._fontsize, self._leading, subsets)
        if run is None:
            log.complete = False
            return written
        log.runs.append(run)
        log.written.append(written)
        return f"{MARK}{len(log.runs) - 1}{MARK}"


Piece = str | tuple[str | int, ...]


@dataclass(frozen=True)
class Template:
    """Drawing instructions whose text runs are written anew in each file."""

    code: tuple[Piece, ...]
    runs: tuple[TextRun, ...]

    def replay(self, canvas: Any) -> list[str] | None:
        written = []
        for run in self.runs:
            text = run.written(canvas)
            if text is None:
                return None
            written.append(text)
        return [
            piece if isinstance(piece, str) else "".join(_filled(piece, written))
            for piece in self.code
        ]


def _filled(piece: tuple[str | int, ...], written: list[str]) -> list[str]:
    return [written[part] if isinstance(part, int) else part for part in piece]


def _split(line: str) -> Piece:
    if MARK not in line:
        return line
    parts = line.split(MARK)
    # Text, mark number, text, mark number, ..., text.
    return tuple(int(part) if n % 2 else part for n, part in enumerate(parts))


def fill_marks(code: list[str], start: int, log: TextLog) -> Template | None:
    """Put the logged runs back in place of their marks in ``code[start:]``; the template of
    those instructions, if every run could be logged."""
    pieces = [_split(line) for line in code[start:]]
    code[start:] = [
        piece if isinstance(piece, str) else "".join(_filled(piece, log.written))
        for piece in pieces
    ]
    if not log.complete:
        return None
    return Template(tuple(pieces), tuple(log.runs))
