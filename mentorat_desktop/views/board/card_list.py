"""One column of the board: a list of cards that can be dragged, dropped on and zoomed.

An empty list can say where to start. The words are drawn inside the list rather than shown
in a label above the board: when the first card arrives they go, and no column moves under
the pointer (nor is the page laid out again during the drop).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from mentorat_desktop.views.board.card_delegate import CardDelegate
from mentorat_desktop.views.item_models.board_cards import ID_ROLE


class CardList(QListView):
    # The mentee id being dragged, then the end of the drag (dropped or not).
    drag_started = Signal(int)
    drag_finished = Signal()
    # +1 or -1 zoom step, from Ctrl and the mouse wheel.
    zoom_requested = Signal(int)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """What the list says while it has no card ("" for nothing)."""
        if text != self.empty_text:
            self.empty_text = text
            self.setAccessibleDescription(text)
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self.empty_text or model is None or model.rowCount():
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        # As big as a card's lines at the board's zoom: it is read on a projector too.
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * self.delegate.zoom * 1.1)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        margin = round(12 * self.delegate.zoom)
        painter.drawText(
            self.viewport().rect().adjusted(margin, margin, -margin, -margin),
            int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            self.empty_text,
        )
        painter.end()

    def set_zoom(self, zoom: float) -> None:
        self.delegate.zoom = zoom
        # Uniform sizes are cached; a layout pass asks the delegate again.
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def selected_ids(self) -> list[int]:
        rows = sorted(self.selectionModel().selectedIndexes(), key=QModelIndex.row)
        return [index.data(ID_ROLE) for index in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, item_id: int) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == item_id:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        return False

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        dragged = self.current_id()
        if dragged is not None:
            self.drag_started.emit(dragged)
        try:
            super().startDrag(supportedActions)
        finally:
            self.drag_finished.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)
