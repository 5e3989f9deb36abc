"""The pair's phases 4 to 10 as a vertical timeline: what happened and when, what is next,
and a button on each step to record it or correct it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.followup.pair_detail import PairDetail, StepState, TimelineStep
from mentorat_desktop.services.followup.phases import Phase, phase_label

# A mark and a colour per state, so the state reads without colour too.
_MARKS = {
    StepState.DONE: ("✓", "#1e6b3a"),
    StepState.CURRENT: ("●", "#0b5563"),
    StepState.LATE: ("!", "#9b1c1c"),
    StepState.TODO: ("○", "#6b6b6b"),
    StepState.SKIPPED: ("–", "#9a9a9a"),
}
_STATE_NAMES = {
    StepState.DONE: lambda: _("done"),
    StepState.CURRENT: lambda: _("to do now"),
    StepState.LATE: lambda: _("late"),
    StepState.TODO: lambda: _("later"),
    StepState.SKIPPED: lambda: _("did not happen"),
}
# The steps a wizard records; matching happens on the board.
RECORDABLE = (
    Phase.FIRST_CONTACT,
    Phase.SHARED_UNDERSTANDING,
    Phase.FIRST_MEETING,
    Phase.SESSIONS,
    Phase.END,
    Phase.EVALUATION,
)


def _button_text(step: TimelineStep, pair: PairDetail) -> str | None:
    if step.phase not in RECORDABLE:
        return None
    if step.phase == Phase.SESSIONS:
        return _("Log a session…") if pair.is_open else None
    if step.phase == Phase.EVALUATION:
        # Once both are in, corrections are made on the Evaluations page.
        return _("Enter an evaluation…") if step.state == StepState.CURRENT else None
    if step.state == StepState.DONE:
        return _("Correct…")
    if step.state == StepState.SKIPPED:
        return None
    if step.phase == Phase.END:
        return _("End the relationship…")
    return _("Record…")


class TimelineView(QFrame):
    step_requested = Signal(object)  # Phase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(8)
        self.grid.setHorizontalSpacing(10)
        self.buttons: dict[Phase, QPushButton] = {}
        self.summaries: list[QLabel] = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_summaries()

    def _fit_summaries(self) -> None:
        """Give each wrapped summary the height it needs at the current width, so that a
        scroll area around the page scrolls instead of squeezing the steps."""
        button = max((b.sizeHint().width() for b in self.buttons.values()), default=0)
        width = max(self.width() - 26 - button - 4 * self.grid.horizontalSpacing(), 160)
        for label in self.summaries:
            label.setMinimumHeight(label.heightForWidth(width))

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden at once: deleteLater only runs when control returns to the loop.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.buttons = {}
        self.summaries = []

    def set_pair(self, pair: PairDetail | None) -> None:
        self._clear()
        if pair is None:
            self.updateGeometry()
            return
        self.updateGeometry()
        for row, step in enumerate(pair.timeline):
            mark, colour = _MARKS[step.state]
            badge = QLabel(mark)
            badge.setObjectName("timelineMark")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setFixedWidth(26)
            badge.setStyleSheet(f"color: {colour}; font-size: 15pt; font-weight: 700;")
            state = _STATE_NAMES[step.state]()
            when = f" · {format_date(step.on)}" if step.on else ""
            summary = QLabel(
                f"<b>{phase_label(step.phase)}</b> · "
                f"<span style='color:{colour}'>{state}</span>{when}<br>{escape(step.summary)}"
            )
            summary.setWordWrap(True)
            summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary.setAccessibleName(f"{phase_label(step.phase)}: {state}{when}. {step.summary}")
            self.grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(summary, row, 1)
            self.summaries.append(summary)
            text = _button_text(step, pair)
            if text:
                button = QPushButton(text)
                button.setAccessibleName(f"{text} {phase_label(step.phase)}")
                button.clicked.connect(
                    lambda _checked=False, phase=step.phase: self.step_requested.emit(phase)
                )
                self.buttons[step.phase] = button
                self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self._fit_summaries()
