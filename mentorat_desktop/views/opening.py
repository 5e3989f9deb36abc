"""What the window shows in the moment between appearing and having its file open."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _


def opening_notice(area: QWidget) -> QLabel:
    """A calm line in the middle of ``area`` (replaced by the page once the file is open)."""
    label = QLabel(_("Opening the file…"))
    label.setObjectName("openingNotice")
    # By name: the Qt namespace's enums are made after the first paint (see main_window).
    label.setProperty("alignment", "AlignCenter")
    label.setEnabled(False)  # the palette's quieter text: nothing to act on yet
    layout = QVBoxLayout(area)
    layout.addWidget(label)
    return label
