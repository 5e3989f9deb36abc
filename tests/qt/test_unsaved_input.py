"""Nothing lost by accident: closing a dialog or wizard with typed input asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog


def _asking(dialog, answer: bool) -> list[bool]:
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or answer
    return asked


def test_escape_with_typed_text_asks_and_keeps_the_dialog_when_told(qtbot, context) -> None:
    dialog = CohortDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, " bis")
    asked = _asking(dialog, False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible()
    asked = _asking(dialog, True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and not dialog.isVisible()


def test_an_untouched_dialog_closes_without_a_question(qtbot, context) -> None:
    dialog = CohortDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = _asking(dialog, False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()
