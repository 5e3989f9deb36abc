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

from PySide6.QtCore import QUrl

from mentorat_desktop.documents.resources_booklet import write_booklet
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.views.documents.document_actions import DocumentActions, busy, cannot_write
from mentorat_desktop.views.documents.labels import preferred_page_size
from mentorat_desktop.views.documents.pdf_printing import page_count, pages_to_print, print_pdf
from mentorat_desktop.views.documents.safe_files import write_file


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
        if data is None:
            return None
        path = self.choose_save_path(f"{request.stem}.pdf")
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        try:
            write_file(path, data)
        except OSError as error:
            self.report(cannot_write(path, error))
            return None
        self.last_folder = path.parent
        if self.open_url(QUrl.fromLocalFile(str(path))):
            self.message.emit(_("Saved {path}.").format(path=path))
        else:
            self.message.emit(_("Saved {path}; no PDF viewer could open it.").format(path=path))
        return path

    def print_booklet(self, request: BookletRequest) -> int:
        """Returns the number of sheets sent to the printer (0 when cancelled or failed)."""
        data = self.render(request)
        if data is None:
            return 0
        pages = page_count(data)
        page_size = preferred_page_size(self.context.preferences)
        printer = self.choose_printer(page_size, pages, request.stem)
        if printer is None:
            return 0
        try:
            with busy():
                sheets = print_pdf(data, printer, pages_to_print(printer, pages))
        except UserError as error:
            self.report(error.message)
            return 0
        except OSError as error:
            self.report(
                _("The document could not be printed: {reason}").format(
                    reason=error.strerror or error
                )
            )
            return 0
        self.message.emit(
            ngettext(
                "{n} page sent to the printer.", "{n} pages sent to the printer.", sheets
            ).format(n=sheets)
        )
        return sheets
