"""The year's matching weights and rules; the board shows the new scores as they change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services.matching.criteria import (
    DEFAULT_WEIGHTS,
    MAX_WEIGHT,
    Criterion,
    MatchingCriteria,
    explanation,
    title,
)
from mentorat_desktop.views.board.board_controller import BoardController
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel


class CriteriaDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        state = controller.state
        start = state.criteria if state else MatchingCriteria()
        self.setWindowTitle(_("Matching criteria"))
        intro = QLabel(
            _(
                "Each criterion counts in proportion to its weight. The board shows the new "
                "scores while you change them; nothing is saved until you press OK."
            )
        )
        intro.setWordWrap(True)
        weights = QGroupBox(_("Weights"))
        form = QFormLayout(weights)
        self.spins: dict[Criterion, QSpinBox] = {}
        for criterion in Criterion:
            slider = QSlider(Qt.Orientation.Horizontal)
            spin = QSpinBox()
            for control in (slider, spin):
                control.setRange(0, MAX_WEIGHT)
                control.setValue(start.weight(criterion))
                control.setAccessibleName(title(criterion))
                control.setToolTip(explanation(criterion))
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            spin.valueChanged.connect(self._changed)
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(spin)
            form.addRow(title(criterion), row)
            self.spins[criterion] = spin
        rules = QGroupBox(_("Rules"))
        rules_layout = QVBoxLayout(rules)
        capacity = QLabel(_("A mentor never gets more mentees than their capacity."))
        capacity.setWordWrap(True)
        self.same_organisation = QCheckBox(_("No pair inside the same organisation"))
        self.same_organisation.setChecked(start.forbid_same_organisation)
        self.previous_pairs = QCheckBox(_("No pair of two people already paired before"))
        self.previous_pairs.setChecked(start.forbid_previous_pairs)
        self.same_organisation_penalty = self._penalty(start.same_organisation_penalty)
        self.previous_pair_penalty = self._penalty(start.previous_pair_penalty)
        preferred = QLabel(
            _(
                "A rule left unchecked can still be preferred: the points below are taken "
                "off such a pair's score (0: the rule is off)."
            )
        )
        preferred.setWordWrap(True)
        rules_layout.addWidget(capacity)
        for box, spin in (
            (self.same_organisation, self.same_organisation_penalty),
            (self.previous_pairs, self.previous_pair_penalty),
        ):
            row = QHBoxLayout()
            row.addWidget(box, 1)
            row.addWidget(QLabel(_("or points off:")))
            row.addWidget(spin)
            rules_layout.addLayout(row)
            box.toggled.connect(self._changed)
            box.toggled.connect(lambda required, spin=spin: spin.setEnabled(not required))
            spin.setEnabled(not box.isChecked())
            spin.valueChanged.connect(self._changed)
        rules_layout.addWidget(preferred)
        self.errors = ErrorsLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        for widget in (intro, weights, rules, self.errors, buttons):
            layout.addWidget(widget)

    def _penalty(self, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_WEIGHT)
        spin.setValue(value)
        spin.setAccessibleName(_("Points taken off when the rule is preferred"))
        return spin

    def criteria(self) -> MatchingCriteria:
        return MatchingCriteria(
            {c: spin.value() for c, spin in self.spins.items()},
            self.same_organisation.isChecked(),
            self.previous_pairs.isChecked(),
            self.same_organisation_penalty.value(),
            self.previous_pair_penalty.value(),
        )

    def restore_defaults(self) -> None:
        for criterion, spin in self.spins.items():
            spin.setValue(DEFAULT_WEIGHTS[criterion])

    def _changed(self) -> None:
        criteria = self.criteria()
        if criteria.total_weight > 0:
            self.errors.clear_errors()
            self.controller.set_preview(criteria)
        else:
            self.errors.show_message(_("At least one criterion must have a weight."))

    def accept(self) -> None:
        if self.criteria().total_weight == 0:
            self.errors.show_message(_("At least one criterion must have a weight."))
            return
        if self.controller.save_criteria(self.criteria()):
            super().accept()

    def reject(self) -> None:
        self.controller.set_preview(None)
        super().reject()
