"""Save or print one document for a pair or a person, from wherever the window offers it.

Every step that needs the user (options, file name, printer, error message) goes through a
method tests replace, so the whole flow runs headless.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.documents.document_options_dialog import (
    DocumentOptions,
    DocumentOptionsDialog,
)
from mentorat_desktop.views.documents.labels import preferred_page_size
from mentorat_desktop.views.documents.requests import (
    DocumentRequest,
    credit_request,
    pair_request,
)
from mentorat_desktop.views.documents.safe_files import write_file

QT_PAGE_SIZES = {PageSize.LETTER: QPageSize.PageSizeId.Letter, PageSize.A4: QPageSize.PageSizeId.A4}


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a document is laid out, which takes a moment for a whole year."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def cannot_write(path: Path, error: OSError) -> str:
    return _("The document cannot be written to {path}: {reason}").format(
        path=path, reason=error.strerror or error
    )


class DocumentActions(QObject):
    """One per window; ``message`` carries a line for the status bar."""

    message = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Opens a saved PDF in the system viewer; tests replace it.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.last_folder: Path | None = None

    def parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # What tests replace --------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_save_path(self, suggested: str) -> Path | None:
        """The save dialog, opened where the last document went."""
        folder = self.last_folder or Path.home()
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget(),
            _("Save as PDF"),
            str(folder / suggested),
            _("PDF document (*.pdf)"),
        )
        return Path(name) if name else None

    def choose_printer(self, page_size: PageSize, pages: int, name: str) -> QPrinter | None:
        """The system print dialog, on the document's paper; None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QT_PAGE_SIZES[page_size]))
        printer.setDocName(name)
        dialog = QPrintDialog(printer, self.parent_widget())
        dialog.setMinMax(1, pages)
        dialog.setWindowTitle(_("Print"))
        return printer if self.run_dialog(dialog) else None

    def report(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget(), _("Mentorat"), message)

    # Commands ------------------------------------------------------------------------------

    def save_pair_document(self, pairing_id: int, kind: DocumentKind) -> Path | None:
        return self._save(lambda: pair_request(self.context.db, pairing_id, kind))

    def save_credit_statement(self, participation_id: int) -> Path | None:
        return self._save(lambda: credit_request(self.context.db, participation_id))

    def print_pair_document(self, pairing_id: int, kind: DocumentKind) -> int:
        """Returns the number of sheets sent to the printer (0 when cancelled or failed)."""
        return self._print(lambda: pair_request(self.context.db, pairing_id, kind))

    def print_credit_statement(self, participation_id: int) -> int:
        return self._print(lambda: credit_request(self.context.db, participation_id))

    # Steps ---------------------------------------------------------------------------------

    def _prepare(
        self, make: Callable[[], DocumentRequest], printing: bool
    ) -> tuple[DocumentRequest, DocumentOptions, bytes] | None:
        """Ask for the options and lay the document out; None when cancelled or impossible."""
        try:
            request = make()
        except UserError as error:
            self.report(error.message)
            return None
        dialog = DocumentOptionsDialog(
            request.kind,
            request.subject,
            request.followed,
            preferred_page_size(self.context.preferences),
            printing,
            self.parent_widget(),
        )
        if not self.run_dialog(dialog):
            return None
        options = dialog.options()
        try:
            with busy():
                data = request.render(options)
        except UserError as error:
            self.report(error.message)
            return None
        return request, options, data

    def _save(self, make: Callable[[], DocumentRequest]) -> Path | None:
        prepared = self._prepare(make, printing=False)
        if prepared is None:
            return None
        request, _options, data = prepared
        return self._save_pdf(data, request.stem)

    def _print(self, make: Callable[[], DocumentRequest]) -> int:
        prepared = self._prepare(make, printing=True)
        if prepared is None:
            return 0
        request, options, data = prepared
        return self._print_pdf(data, options.page_size, request.stem)

    def _save_pdf(self, data: bytes, stem: str) -> Path | None:
        """Ask where, write the laid-out PDF there and open it; None when cancelled or failed."""
        path = self.choose_save_path(f"{stem}.pdf")
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

    def _print_pdf(self, data: bytes, page_size: PageSize, stem: str) -> int:
        """Ask for a printer and send it the laid-out PDF; the number of sheets sent."""
        from mentorat_desktop.views.documents.pdf_printing import (  # pypdfium2
            page_count,
            pages_to_print,
            print_pdf,
        )

        pages = page_count(data)
        printer = self.choose_printer(page_size, pages, stem)
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
