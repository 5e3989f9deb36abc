"""Which pairs or people the Documents page writes for: a checked list with a filter.

Everyone is checked at first; the filter narrows the list, and "Select all" / "Select none"
act on the rows it shows, so "the pairs of Montréal" is a filter and two clicks away.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.views.item_models.choice_list import (
    Choice,
    ChoiceFilterProxy,
    ChoiceListModel,
)


class YearChoice(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.for_pairs = True
        # One list per kind of document (pairs, people), each keeping its own checks.
        self.models = {True: ChoiceListModel(self), False: ChoiceListModel(self)}
        self.proxy = ChoiceFilterProxy(self)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setMinimumHeight(120)
        self.all_button = QPushButton(_("Select all"))
        self.none_button = QPushButton(_("Select none"))
        self.all_button.clicked.connect(lambda: self.check_shown(True))
        self.none_button.clicked.connect(lambda: self.check_shown(False))
        self.count = QLabel()
        self.count.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        for model in self.models.values():
            model.dataChanged.connect(self._checks_changed)
            model.modelReset.connect(self._checks_changed)
        self.show_kind(True)

    @property
    def model(self) -> ChoiceListModel:
        return self.models[self.for_pairs]

    def set_choices(self, for_pairs: bool, choices: Iterable[Choice]) -> None:
        self.models[for_pairs].set_choices(choices)

    def show_kind(self, for_pairs: bool) -> None:
        """The list of pairs or of people, as the chosen document needs."""
        self.for_pairs = for_pairs
        self.proxy.setSourceModel(self.model)
        self.setTitle(_("Pairs to write for") if for_pairs else _("People to write for"))
        self.filter.setPlaceholderText(
            _("Filter by mentee or mentor name…") if for_pairs else _("Filter by name…")
        )
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.list.setAccessibleName(self.title())
        self._checks_changed()

    def chosen(self) -> list[int]:
        return self.model.checked_keys()

    def total(self) -> int:
        return self.model.rowCount()

    def check_shown(self, checked: bool) -> None:
        rows = [
            self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            for row in range(self.proxy.rowCount())
        ]
        self.model.set_checked(rows, checked)

    def _checks_changed(self, *_args: object) -> None:
        n, total = len(self.chosen()), self.total()
        self.count.setText(
            ngettext("{n} of {total} chosen", "{n} of {total} chosen", n).format(n=n, total=total)
        )
        self.changed.emit()
