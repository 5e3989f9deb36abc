""" "Suggest pairs": choose the aim and the minimum score, see what the plan gives, apply it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_number, ngettext
from mentorat_desktop.services.matching.solver import Aim, aim_label
from mentorat_desktop.services.matching.suggestions import SuggestionPlan
from mentorat_desktop.views.board.board_controller import BoardController


class SuggestDialog(QDialog):
    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plan: SuggestionPlan | None = None
        self.setWindowTitle(_("Suggest pairs"))
        intro = QLabel(
            _(
                "Proposes the best assignment for every mentee still waiting. Confirmed and "
                "kept pairs stay; suggestions not yet accepted are replaced. Capacities and "
                "this year's rules are always respected."
            )
        )
        intro.setWordWrap(True)
        self.by_score = QRadioButton(aim_label(Aim.SCORE))
        self.by_coverage = QRadioButton(aim_label(Aim.COVERAGE))
        self.by_score.setChecked(True)
        self.min_score = QSpinBox()
        self.min_score.setRange(0, 100)
        self.min_score.setAccessibleName(_("Minimum score"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("planOutcome")
        form = QFormLayout()
        form.addRow(_("Aim:"), self.by_score)
        form.addRow("", self.by_coverage)
        form.addRow(_("Minimum score:"), self.min_score)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Suggest"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.by_score.toggled.connect(self.refresh)
        self.min_score.valueChanged.connect(self.refresh)
        self.refresh()

    def aim(self) -> Aim:
        return Aim.SCORE if self.by_score.isChecked() else Aim.COVERAGE

    def refresh(self) -> None:
        """Work the plan out now, so the committee sees what it gives before applying it."""
        self.plan = self.controller.plan(self.aim(), self.min_score.value())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.plan is None:
            self.outcome.setText("")
            ok.setEnabled(False)
            return
        count, left = len(self.plan.suggestions), len(self.plan.unplaced)
        lines = [
            ngettext("{n} pair will be suggested.", "{n} pairs will be suggested.", count).format(
                n=count
            )
        ]
        if count:
            average = self.plan.total_score / count
            lines.append(_("Average score: {score}.").format(score=format_number(round(average))))
        if left:
            lines.append(
                ngettext("{n} mentee stays waiting.", "{n} mentees stay waiting.", left).format(
                    n=left
                )
            )
        self.outcome.setText(" ".join(lines))
        ok.setEnabled(count > 0)

    def accept(self) -> None:
        if self.plan is not None and self.controller.apply_plan(self.plan):
            super().accept()
