"""An error before the window's first paint (when the log file is not open yet) is still
written to the log file, and the log file is opened once only."""

from __future__ import annotations

import sys

import pytest

from mentorat_desktop.views import error_handler


@pytest.fixture
def fresh_log(monkeypatch):
    monkeypatch.setattr(error_handler, "_log_file_set", [False])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = list(error_handler.log.handlers)
    yield
    for handler in error_handler.log.handlers[len(before):]:
        handler.close()
        error_handler.log.removeHandler(handler)


def test_an_error_before_the_log_file_is_open_is_logged_and_told(
    fresh_log, qapp, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    error_handler.install(log_file_now=False)
    assert not error_handler.log_path().exists()  # nothing opened before the paint
    try:
        raise RuntimeError("broken during start-up")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in error_handler.log.handlers:
        handler.flush()
    assert "RuntimeError: broken during start-up" in error_handler.log_path().read_text("utf-8")
    assert len(shown) == 1 and str(error_handler.log_path()) in shown[0]  # shown, as before


def test_the_log_file_is_opened_once(fresh_log) -> None:
    count = len(error_handler.log.handlers)
    error_handler.install(log_file_now=False)
    error_handler.configure_logging()
    error_handler.configure_logging()
    assert len(error_handler.log.handlers) == count + 1
