"""Save or print the resource library (one document or all of them) from the Resources page.

The dialogs, the error box and the viewer are those of the pair documents: this class
inherits them from ``DocumentActions``, so tests replace the same methods, and adds the
two commands the library needs. The library has no options dialog: its language is the one
the reader shows and its paper is the user's preferred one.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from mentorat_desktop.i18n import _
from mentorat_desktop.views.documents.document_actions import DocumentActions, busy
from mentorat_desktop.views.documents.labels import preferred_page_size


@dataclass(frozen=True)
class BookletRequest:
    """What to lay out: ``slugs`` None is the whole library; ``stem`` names the file."""

    language: str
    year: str
    slugs: tuple[str, ...] | None
    stem: str
    folder: Path | None = None  # the library's folder; None is the shipped one


class LibraryActions(DocumentActions):
    def render(self, request: BookletRequest) -> bytes | None:
        """The PDF's bytes, or None after telling the user why it could not be made."""
        from mentorat_desktop.documents.resources_booklet import write_booklet  # reportlab

        buffer = BytesIO()
        try:
            with busy():
                write_booklet(
                    buffer,
                    request.language,
                    request.year,
                    request.slugs,
                    preferred_page_size(self.context.preferences),
                    request.folder,
                    self.context.preferences.contact(),
                )
        except (OSError, ValueError) as error:
            self.report(
                _("The resources could not be read from the application's files: {reason}").format(
                    reason=error
                )
            )
            return None
        return buffer.getvalue()

    def save_booklet(self, request: BookletRequest) -> Path | None:
        data = self.render(request)
        return None if data is None else self._save_pdf(data, request.stem)

    def print_booklet(self, request: BookletRequest) -> int:
        """Returns the number of sheets sent to the printer (0 when cancelled or failed)."""
        data = self.render(request)
        if data is None:
            return 0
        return self._print_pdf(data, preferred_page_size(self.context.preferences), request.stem)
