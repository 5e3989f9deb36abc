"""Paragraphs of fixed wording, parsed, broken into lines and drawn once per process.

Every engagement form prints the same headings, commitments and clauses in its language;
reportlab would parse their markup, break them into lines and turn the lines into PDF drawing
instructions again for each of the 500 forms of a print run. A paragraph made by
:func:`fixed_paragraph` keeps all three, keyed by its exact markup, style, bullet and width: the
same key always gives the same lines, so nothing can go stale (a changed translation is another
key) or pass from one form into another.

The drawing instructions name the glyphs by the codes the file's embedded font gave each
character in the order the file first used them; they are reused only in a file whose font
gives every character of the paragraph the same code (and has the same internal font names),
and drawn afresh otherwise.

Only wording that carries nobody's data is made here: the caches hold no personal information
and stay small (a few hundred entries: messages × languages × column widths).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from mentorat_desktop.documents.data_paragraph import OnceWrapped
from mentorat_desktop.documents.text_runs import Template, TextLog, fill_marks


def write_at(page_code: list[str], x: float, y: float, code: Sequence[str]) -> None:
    """What Flowable.drawOn writes around a drawing at (x, y), without the canvas's state
    saved and restored in Python (nothing in between changes it): saveState's "q", then
    translate's matrix (it follows a "q", so it is never merged into another), "Q"."""
    page_code.append("q")
    page_code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
    page_code.extend(code)
    page_code.append("Q")


# Beyond this many entries a cache starts again: a bound, never reached by the documents.
LIMIT = 4096
# What Paragraph.wrap (and the breakLines it calls) leaves on the paragraph.
_WRAPPED = (
    "width",
    "height",
    "blPara",
    "_wrapWidths",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)

# A style compares by identity: the documents' styles are built once per process.
Key = tuple[str, ParagraphStyle, str | None]
_parsed: dict[Key, list[Any]] = {}
_wrapped: dict[tuple[Key, float], dict[str, Any]] = {}
_drawn: dict[tuple[Key, float], list[Drawn]] = {}
# The drawing with its text left to encode: replayed when no drawing holds (other codes).
_templates: dict[tuple[Key, float], Template] = {}
# Drawings kept per paragraph: names met before it in a file shift the codes of later accented
# characters, so a handful of variants covers most files.
VARIANTS = 6
# Codes reportlab gives these characters are the same in every file (readable ASCII).
_FIXED_CODES = range(32, 128)


def _ascii_readable(font: TTFont) -> bool:
    """Whether the font's files keep ASCII as itself (reportlab's default), which lets the
    drawings check only the other characters."""
    readable = font._asciiReadable
    return bool(rl_config.ttfAsciiReadable if readable is None else readable)


@dataclass(frozen=True)
class Drawn:
    """A paragraph's drawing instructions and the font codes they rely on."""

    code: tuple[str, ...]
    # Per font: its internal name in the file and the code of each character not in ASCII.
    fonts: tuple[tuple[TTFont, str, tuple[tuple[int, int], ...]], ...]

    def holds_in(self, doc: object) -> bool:
        for font, internal_name, codes in self.fonts:
            if not _ascii_readable(font):
                return False
            state = font.state.get(doc)
            if state is None or state.internalName != internal_name:
                return False
            assignments = state.assignments
            for char, code in codes:
                if assignments.get(char) != code:
                    return False
        return True


def _fonts_of(paragraph: Paragraph) -> list[TTFont] | None:
    """The embedded fonts a paragraph draws with; None if one is not an embedded TrueType."""
    style = paragraph.style
    names = {style.fontName, style.bulletFontName}
    names.update(frag.fontName for frag in paragraph.frags)
    fonts = [getFont(name) for name in names]
    return fonts if all(isinstance(font, TTFont) for font in fonts) else None


def record_paragraph(paragraph: Paragraph, doc: object, code: list[str]) -> Drawn | None:
    """The drawing ``code`` of ``paragraph`` and the codes its characters have in ``doc``."""
    fonts = _fonts_of(paragraph)
    if fonts is None or not all(_ascii_readable(font) for font in fonts):
        return None
    text = "".join(getattr(frag, "text", "") for frag in paragraph.frags)
    bullet = paragraph.bulletText
    if isinstance(bullet, str):
        text += bullet
    chars = {ord(char) for char in text} - set(_FIXED_CODES)
    used = []
    for font in fonts:
        state = font.state.get(doc)
        if state is None or state.internalName is None:
            continue  # not used in the file yet: so not by this paragraph either
        codes = tuple(
            (char, state.assignments[char]) for char in sorted(chars) if char in state.assignments
        )
        used.append((font, state.internalName, codes))
    return Drawn(tuple(code), tuple(used))


class FixedParagraph(OnceWrapped):
    """A paragraph whose lines for a width are computed once and then reused.

    The pieces reportlab splits off at a page break are plain paragraphs of this class with
    no key: they are laid out as usual.
    """

    _layout_key: Key | None = None
    _wording = True  # its characters take their font codes first (glyph_order)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        key = self._layout_key
        if key is None or availWidth <= 0:
            return super().wrap(availWidth, availHeight)
        done = _wrapped.get((key, availWidth))
        if done is None:
            size = super().wrap(availWidth, availHeight)
            if len(_wrapped) >= LIMIT:
                _wrapped.clear()
            _wrapped[(key, availWidth)] = {
                name: getattr(self, name) for name in _WRAPPED if hasattr(self, name)
            }
            return size
        self.__dict__.update(done)
        # The one list wrap hands out that reportlab may change: each paragraph its own copy.
        self._wrapWidths = list(done["_wrapWidths"])
        return self.width, self.height

    def _variants(self) -> list[Drawn] | None:
        """The drawings kept for this paragraph at its width; None for a piece split off."""
        key = self._layout_key
        if key is None:
            return None
        variants = _drawn.get((key, self.width))
        if variants is None:
            if len(_drawn) >= LIMIT:
                _drawn.clear()
            variants = _drawn[(key, self.width)] = []
        return variants

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Flowable.drawOn, writing what it writes around a drawing that holds in this file
        without saving and restoring the canvas's state (nothing in between changes it)."""
        variants = self._variants()
        if variants is not None and not getattr(self, "_showBoundary", None):
            doc = canvas._doc
            for index, drawn in enumerate(variants):
                if drawn.holds_in(doc):
                    if index:  # the next forms most likely need the same one: try it first
                        variants.insert(0, variants.pop(index))
                    write_at(canvas._code, self._hAlignAdjust(x, _sW), y, drawn.code)
                    return
            replayed = self._replayed(canvas, variants)
            if replayed is not None:
                write_at(canvas._code, self._hAlignAdjust(x, _sW), y, replayed)
                return
        super().drawOn(canvas, x, y, _sW)

    def _replayed(self, canvas: Any, variants: list[Drawn]) -> list[str] | None:
        """The drawing kept as a template, its text written for this file (and kept as a
        drawing that holds in files like it); None if there is none or it does not fit."""
        template = _templates.get((self._layout_key, self.width))
        code = None if template is None else template.replay(canvas)
        if code is not None:
            recorded = record_paragraph(self, canvas._doc, code)
            if recorded is not None:
                variants.insert(0, recorded)
                del variants[VARIANTS:]
        return code

    def draw(self) -> None:
        variants = self._variants()
        if variants is None:
            super().draw()
            return
        # Flowable.drawOn has moved the origin here: the instructions do not depend on where.
        canvas = self.canv
        doc = canvas._doc
        for drawn in variants:
            if drawn.holds_in(doc):
                canvas._code.extend(drawn.code)
                return
        replayed = self._replayed(canvas, variants)
        if replayed is not None:
            canvas._code.extend(replayed)
            return
        start = len(canvas._code)
        if getattr(canvas, "logs_text_runs", False):
            log = canvas._text_log = TextLog()
            try:
                super().draw()
            finally:
                del canvas._text_log
            template = fill_marks(canvas._code, start, log)
            if template is not None:
                if len(_templates) >= LIMIT:
                    _templates.clear()
                _templates[(self._layout_key, self.width)] = template
        else:
            super().draw()
        recorded = record_paragraph(self, doc, canvas._code[start:])
        if recorded is not None:
            variants.insert(0, recorded)
            del variants[VARIANTS:]


def fixed_paragraph(
    markup: str, style: ParagraphStyle, bullet: str | None = None
) -> FixedParagraph:
    """A paragraph of ``markup`` (wording without personal data) that reuses its layout."""
    key: Key = (markup, style, bullet)
    frags = _parsed.get(key)
    if frags is None:
        paragraph = FixedParagraph(markup, style, bulletText=bullet)
        if len(_parsed) >= LIMIT:
            _parsed.clear()
        _parsed[key] = paragraph.frags
    else:
        paragraph = FixedParagraph(markup, style, bulletText=bullet, frags=frags)
    paragraph._layout_key = key
    return paragraph


def forget_layouts() -> None:
    """Start again from nothing, as a new process would (tests compare the two)."""
    _parsed.clear()
    _wrapped.clear()
    _drawn.clear()
    _templates.clear()
