"""Pick LEADS capabilities in a tree of the five domains; used for people, goals and sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.services.leads import CAPABILITIES, DOMAINS, domain_label

CODE_ROLE = Qt.ItemDataRole.UserRole


class LeadsPicker(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(_("LEADS capabilities"))
        self._items: dict[str, QTreeWidgetItem] = {}
        for domain in DOMAINS:
            parent_item = QTreeWidgetItem(self, [domain_label(domain)])
            parent_item.setFlags(parent_item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for capability in (c for c in CAPABILITIES if c.domain == domain):
                item = QTreeWidgetItem(parent_item, [capability.label])
                item.setData(0, CODE_ROLE, capability.code)
                item.setToolTip(0, capability.label)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self._items[capability.code] = item
        self.expandAll()

    def codes(self) -> tuple[str, ...]:
        return tuple(
            code
            for code, item in self._items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def set_codes(self, codes: tuple[str, ...] | list[str]) -> None:
        wanted = set(codes)
        for code, item in self._items.items():
            state = Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
            item.setCheckState(0, state)
