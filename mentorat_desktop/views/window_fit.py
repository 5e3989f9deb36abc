"""A window never opens larger than the screen it is on (a large system font made it so)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` inside its screen's free area (taskbars excluded)."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.setMinimumSize(
            min(window.minimumWidth(), width), min(window.minimumHeight(), height)
        )
        window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() - width - extra_w + 1)
    y = min(max(window.y(), area.top()), area.bottom() - height - extra_h + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


def show_whole_content(dialog: QWidget) -> None:
    """Give a dialog the height its wrapped text needs, widening it if the screen is too low.

    Qt opens a window at most two thirds of the screen high, which cut the last lines of a
    dialog full of explanations on a 720-pixel screen (and at 1.5x text); wider, the same text
    takes fewer lines. The screen itself stays the limit.
    """
    layout = dialog.layout()
    screen = dialog.screen()
    if layout is None or screen is None or not layout.hasHeightForWidth():
        return
    area = screen.availableGeometry()
    frame = dialog.frameGeometry()
    room_h = area.height() - max(frame.height() - dialog.height(), 0)
    room_w = area.width() - max(frame.width() - dialog.width(), 0)
    width = dialog.width()
    while layout.totalHeightForWidth(width) > room_h and width < room_w:
        width = min(width + 60, room_w)
    needed = layout.totalHeightForWidth(width)
    if needed > dialog.height() or width > dialog.width():
        dialog.resize(width, max(needed, dialog.height()))
        fit_to_screen(dialog)
