"""One column of the board: its heading with counts, a search field, a filter and the cards."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.views.board.card_list import CardList
from mentorat_desktop.views.item_models.board_cards import CardListModel
from mentorat_desktop.views.item_models.card_filter import CardFilterProxy

# At zoom 1: the heading's size (as in the style sheet) and the width a card needs.
HEADING_POINTS = 12.0
COLUMN_WIDTH = 240


class BoardColumn(QWidget):
    def __init__(
        self,
        title: str,
        model: CardListModel,
        filters: list[tuple[str, frozenset[str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.model = model
        self.heading = QLabel(title)
        self.heading.setObjectName("columnHeading")
        self.heading.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("Search…"))
        self.search.setAccessibleName(_("Search in {list}").format(list=title))
        self.filter = QComboBox()
        self.filter.setAccessibleName(_("Filter {list}").format(list=title))
        for text, keys in filters:
            self.filter.addItem(text, keys)
        self.proxy = CardFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.cards = CardList(title)
        self.cards.setModel(self.proxy)
        self.search.textChanged.connect(self.proxy.set_search)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_keys(self.filter.currentData() or frozenset())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.search, self.filter, self.cards):
            layout.addWidget(widget)

    def set_zoom(self, zoom: float, base_point_size: float) -> None:
        """The whole column follows the board's zoom: heading, search, filter, card width."""
        self.heading.setStyleSheet(f"font-size: {HEADING_POINTS * zoom:.1f}pt;")
        for widget in (self.search, self.filter):
            font = widget.font()
            font.setPointSizeF(base_point_size * zoom)
            widget.setFont(font)
        self.setMinimumWidth(int(COLUMN_WIDTH * zoom))

    def set_heading(self, detail: str) -> None:
        self.heading.setText(f"{self.title} — {detail}")

    def set_count(self, count: int) -> None:
        """The title with its count alone, when a detail would only repeat the title."""
        self.heading.setText(_("{title} ({n})").format(title=self.title, n=count))
