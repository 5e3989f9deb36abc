"""The band shown above every page while the demonstration is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from mentorat_desktop.i18n import _

DEMO_FOLDER_PREFIX = "mentorat-demo-"


def is_demo_file(path: Path) -> bool:
    """The demonstration is written in a throwaway folder of its own."""
    return path.parent.name.startswith(DEMO_FOLDER_PREFIX)


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
