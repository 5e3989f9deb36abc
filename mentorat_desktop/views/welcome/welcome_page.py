"""The first page of an empty file: where to start, and where the data lives.

A new volunteer opening Mentorat for the first time has no program year; instead of an empty
dashboard they get the three ways in (start the real year, import the registrations the form
service collected, look around the demonstration) and the file everything is kept in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _


class WelcomePage(QWidget):
    start_year_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    open_file_requested = Signal()

    def __init__(self, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(_("Welcome to Mentorat"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            _(
                "Mentorat keeps the mentoring program's year on this computer: registrations, "
                "the matching board, each pair's follow-up, the forms to sign and the year-end "
                "evaluation. This file has no program year yet. Where do you want to start?"
            )
        )
        self.start_button = QPushButton(_("Start the program year…"))
        self.start_button.setObjectName("primaryButton")
        start_note = QLabel(
            _(
                "Name the year, give its dates and the delays the committee follows (first "
                "contact, time between sessions). Everything else is added afterwards."
            )
        )
        self.import_button = QPushButton(_("Import registrations…"))
        import_note = QLabel(
            _(
                "Bring in the mentors and mentees who registered through the form service "
                "(CSV or Excel export). The program year is created first if there is none."
            )
        )
        self.demo_button = QPushButton(_("Open the demonstration"))
        demo_note = QLabel(
            _(
                "A throwaway copy filled with a fictional year, to try everything safely. "
                "It is deleted when you close it; this file is not touched."
            )
        )
        self.where = QLabel(_("Your data is kept in this file: {path}").format(path=data_file))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(_("Open another file…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        for button, note in (
            (self.start_button, start_note),
            (self.import_button, import_note),
            (self.demo_button, demo_note),
        ):
            layout.addSpacing(12)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(note)
        layout.addSpacing(16)
        layout.addWidget(self.where)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        for label in (intro, start_note, import_note, demo_note, self.where):
            label.setWordWrap(True)
        self.start_button.clicked.connect(self.start_year_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_file_requested)
