"""The year's headline figures as tiles, the first thing the committee reads in the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _, format_number
from mentorat_desktop.services.evaluation_summary import (
    YearSummary,
    format_amount,
    format_percent,
)

COLUMNS = 5


class SummaryTile(QFrame):
    """A big figure, its caption and, below, one line that puts it in context."""

    def __init__(
        self, value: str, caption: str, detail: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(value)
        self.value.setObjectName("figureValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setObjectName("tileDetail")
        self.detail.setVisible(bool(detail))
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        spoken = f"{caption}: {value}" + (f" ({detail})" if detail else "")
        self.setAccessibleName(spoken)


def tile_figures(summary: YearSummary) -> dict[str, tuple[str, str, str]]:
    """Tile key -> (figure, caption, detail), in the interface language."""
    language = summary.language
    participation, pairs = summary.participation, summary.pairs
    contact, activity, returns = summary.first_contact, summary.activity, summary.evaluations
    rate = format_percent(returns.rate, language)
    within = format_percent(contact.share_within_limit, language)
    # No context line when its share cannot be computed yet: "–" alone would say nothing.
    rate_line = "" if returns.rate is None else _("Response rate: {rate}").format(rate=rate)
    within_line = (
        ""
        if contact.share_within_limit is None
        else _("{share} within {hours} hours").format(share=within, hours=contact.limit_hours)
    )
    return {
        "mentors": (
            format_number(participation.mentors.registered, language=language),
            _("Mentors"),
            "",
        ),
        "mentees": (
            format_number(participation.mentees.registered, language=language),
            _("Mentees"),
            "",
        ),
        "pairs_formed": (format_number(pairs.formed, language=language), _("Pairs formed"), ""),
        "completed": (format_number(pairs.completed, language=language), _("Completed"), ""),
        "ended_early": (format_number(pairs.ended_early, language=language), _("Ended early"), ""),
        "evaluations": (
            format_number(returns.received, language=language),
            _("Evaluations received"),
            rate_line,
        ),
        "first_contact": (
            format_amount(contact.median_days, language),
            _("Median first-contact delay (days)"),
            within_line,
        ),
        "sessions": (format_number(activity.sessions, language=language), _("Sessions logged"), ""),
        "hours": (format_amount(activity.hours, language), _("Hours of mentoring"), ""),
        "credits": (format_amount(activity.credits, language), _("Category I credits earned"), ""),
    }


class SummaryTiles(QWidget):
    """The ten headline tiles in a grid; ``tiles`` is keyed as ``tile_figures``."""

    def __init__(self, summary: YearSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, SummaryTile] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for position, (key, (value, caption, detail)) in enumerate(tile_figures(summary).items()):
            tile = SummaryTile(value, caption, detail, self)
            self.tiles[key] = tile
            grid.addWidget(tile, position // COLUMNS, position % COLUMNS)
