"""The side panel that says why a mentor and a mentee score what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_number
from mentorat_desktop.services.matching.criteria import explanation, title
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.matching.scoring import ScoreBreakdown


class ScorePanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(240)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(_("Why this score"))
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.heading = QLabel()
        self.heading.setObjectName("panelHeading")
        self.heading.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("panelScore")
        self.refusal = QLabel()
        self.refusal.setObjectName("refusalNote")
        self.refusal.setWordWrap(True)
        self.criteria_host = QWidget()
        self.criteria_list = QVBoxLayout(self.criteria_host)
        self.criteria_list.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.total, self.refusal, self.criteria_host):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.setWidget(self.body)
        self.show_hint()

    def _clear(self) -> None:
        while self.criteria_list.count():
            item = self.criteria_list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def show_hint(self) -> None:
        self._clear()
        self.heading.setText(_("Why this score"))
        self.total.setText("")
        self.refusal.setText(
            _("Select a mentee and a mentor, or a pair, to see how their score is made.")
        )
        self.refusal.setObjectName("panelHint")

    def show_breakdown(
        self,
        mentor: MatchProfile,
        mentee: MatchProfile,
        breakdown: ScoreBreakdown,
        refusal: str | None = None,
    ) -> None:
        self._clear()
        self.heading.setText(
            _("{mentee} with {mentor}").format(mentee=mentee.full_name, mentor=mentor.full_name)
        )
        self.total.setText(
            _("Score {score} / 100").format(score=format_number(round(breakdown.total)))
        )
        self.refusal.setText(refusal or "")
        self.refusal.setVisible(bool(refusal))
        for part in breakdown.criteria:
            name = QLabel(f"<b>{title(part.criterion)}</b>")
            name.setWordWrap(True)
            name.setToolTip(explanation(part.criterion))
            points = QLabel(
                _("{points} of {weight} pts").format(
                    points=format_number(round(part.points, 1)),
                    weight=format_number(
                        round(100 * part.weight / max(sum(p.weight for p in breakdown.criteria), 1))
                    ),
                )
            )
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            heading = QHBoxLayout()
            heading.addWidget(name, 1)
            heading.addWidget(points)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(part.fraction * 100))
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            bar.setAccessibleName(title(part.criterion))
            detail = QLabel("\n".join(part.details))
            detail.setWordWrap(True)
            detail.setObjectName("panelDetail")
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(box)
            layout.addLayout(heading)
            layout.addWidget(bar)
            layout.addWidget(detail)
            self.criteria_list.addWidget(box)
        for penalty in breakdown.penalties:
            line = QLabel(
                _("<b>{rule}</b>: {points} pts. {reason}").format(
                    rule=penalty.title,
                    points=format_number(-round(penalty.points, 1)),
                    reason=penalty.reason,
                )
            )
            line.setWordWrap(True)
            line.setObjectName("panelHint")
            self.criteria_list.addWidget(line)
