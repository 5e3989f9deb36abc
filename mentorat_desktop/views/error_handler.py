"""The last line of defence: an unexpected error becomes a calm message, never a traceback.

Every user action is one transaction, so an error in the middle of one leaves the file as it
was; the details go to a log file that the committee can send along with a question.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.paths import data_dir

log = logging.getLogger("mentorat")
_log_file_set = [False]


def log_path() -> Path:
    return data_dir() / "mentorat.log"


def configure_logging() -> None:
    """The log file; once (the app calls it after the window's first paint, an error before
    that calls it first)."""
    if _log_file_set[0]:
        return
    _log_file_set[0] = True
    from logging.handlers import RotatingFileHandler

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def show_error(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    from mentorat_desktop.faults import fault_message

    configure_logging()
    fault = None if isinstance(error, UserError) else fault_message(error)
    if isinstance(error, UserError):
        message = error.message
    elif fault is not None:
        log.warning("file fault: %s", type(error).__name__)
        message = fault
    else:
        log.error("".join(traceback.format_exception(kind, error, tb)))
        message = _(
            "Something unexpected went wrong and the last action was cancelled; your data is "
            "as it was before it. Details were written to {path}."
        ).format(path=log_path())
    if QApplication.instance() is None:
        print(message, file=sys.stderr)
        return
    QMessageBox.critical(QApplication.activeWindow(), _("Mentorat"), message)


def install(log_file_now: bool = True) -> None:
    """``log_file_now=False``: the hook at once, the log file with ``configure_logging``
    (after the window's first paint; an error before it opens the file itself)."""
    if log_file_now:
        configure_logging()
    sys.excepthook = show_error
