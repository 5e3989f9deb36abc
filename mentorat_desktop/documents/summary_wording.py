"""Words, numbers and text width of one evaluation summary document.

The summary has one language, whatever the interface's, and its tables and charts span the
text width of the page size it is printed on.
"""

from __future__ import annotations

from functools import cached_property

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from mentorat_desktop.documents.blocks import esc
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.styles import NAVY, styles
from mentorat_desktop.i18n import format_number
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.evaluation_summary import rows


class Words:
    """Translates and formats for one document language (``fr`` or ``en``); ``width`` is
    the width of the page's text, in points."""

    def __init__(self, language: str, width: float) -> None:
        self.language = language
        self.width = width

    def t(self, message: str, **fields: object) -> str:
        return rows.t(self.language, message, **fields)

    def n(self, value: float) -> str:
        return format_number(value, language=self.language)

    def audience(self, role: Role) -> str:
        return rows.audience_name(self.language, role)

    def say(self, message: str, **fields: object) -> Paragraph:
        return Paragraph(esc(self.t(message, **fields)), styles().body)

    @cached_property
    def subheading(self) -> ParagraphStyle:
        return ParagraphStyle(
            "summary_subheading",
            parent=styles().body,
            fontName=register_fonts().bold,
            fontSize=9.5,
            leading=12.5,
            textColor=NAVY,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=True,
        )
