"""The band shown above every page while the demonstration is open."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.paths import DEMO_FOLDER_PREFIX, is_demo_file

__all__ = ["DEMO_FOLDER_PREFIX", "DemoBanner", "is_demo_file"]



class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            _(
                "Demonstration: a throwaway copy with fictional people. Try anything; it is "
                "deleted when you close the app, and your own file is not touched. "
                "Help ▸ User guide (F1) walks through the year; Ctrl+K finds anyone."
            ),
            parent,
        )
        self.setObjectName("demoBanner")
        self.setWordWrap(True)
        self.setAccessibleName(_("Demonstration"))
