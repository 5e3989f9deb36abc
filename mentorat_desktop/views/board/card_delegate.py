"""How a card is drawn: big enough to read on a projector, scaled by the board's zoom."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mentorat_desktop.views.board.rendered_cards import RenderedCards
from mentorat_desktop.views.item_models.board_cards import CARD_ROLE, Card, score_text

STRIPES = {
    "mentee": "#1f6f8b",
    "mentor": "#3a7d44",
    "pending": "#b7791f",
    "kept": "#6b7d3a",
    "confirmed": "#0b5563",
    "active": "#4a5568",
}
# Made once: a repaint draws dozens of cards, each asking again.
_STRIPE_COLOURS = {key: QColor(value) for key, value in STRIPES.items()}
_OTHER_STRIPE = QColor("#4a5568")
_BADGE = QColor("#0b5563")
_WHITE = QColor("white")
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
BEST = QColor("#d69e2e")
REFUSED = QColor("#c53030")
MARGIN, PADDING = 4, 8


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = 1.0
        # The three fonts and their metrics, by (base font, zoom): looks, not the file's data.
        self._made: dict[tuple[str, float], tuple[QFont, QFont, QFont]] = {}
        self._metrics: dict[str, QFontMetrics] = {}
        # Each card as last drawn, by all it shows: a drop shifts the cards below it by a row,
        # and a repaint then copies them instead of laying out their text again.
        self._rendered = RenderedCards()

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        key = (base.key(), self.zoom)
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self._make_fonts(base)
        return found

    def _metrics_of(self, font: QFont) -> QFontMetrics:
        key = font.key()
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = QFontMetrics(font)
        return found

    def _make_fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        size = max(base.pointSizeF(), 9.0) * self.zoom
        title, small, badge = QFont(base), QFont(base), QFont(base)
        title.setPointSizeF(size * 1.25)
        title.setBold(True)
        small.setPointSizeF(size)
        badge.setPointSizeF(size * 1.3)
        badge.setBold(True)
        return title, small, badge

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, small, _badge = self._fonts(option.font)
        height = self._metrics_of(title).height() + 3 * self._metrics_of(small).height()
        return QSize(int(260 * self.zoom), height + 2 * (MARGIN + PADDING) + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        size = option.rect.size()
        if size.isEmpty():
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ratio = painter.device().devicePixelRatioF()
        # Everything the drawing reads: the card's content, how it is shown, and the colours.
        key = (
            card,
            selected,
            size.width(),
            size.height(),
            ratio,
            self.zoom,
            option.font.key(),
            tuple(
                colour.rgba()
                for colour in (
                    palette.highlight().color(),
                    palette.base().color(),
                    palette.mid().color(),
                    palette.text().color(),
                    palette.placeholderText().color(),
                )
            ),
        )
        pixmap = self._rendered.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(pixmap)
            self._draw(drawing, QRect(QPoint(0, 0), size), card, selected, palette, option.font)
            drawing.end()
            self._rendered.put(key, pixmap)
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _draw(
        self,
        painter: QPainter,
        bounds: QRect,
        card: Card,
        selected: bool,
        palette: QPalette,
        font: QFont,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(bounds.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        background = (
            palette.highlight().color().lighter(185) if selected else palette.base().color()
        )
        border = palette.highlight().color() if selected else palette.mid().color()
        width = 2.0 if selected else 1.0
        if card.state == "best":
            border, width = BEST, 3.0
        painter.setPen(QPen(border, width))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        kind = card.state if card.kind == "pair" else card.kind
        stripe = _STRIPE_COLOURS.get(kind, _OTHER_STRIPE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 6 * self.zoom, rect.height()), 3, 3)

        dim = card.state in ("full", "refused")
        text = palette.text().color()
        muted = palette.placeholderText().color()
        title_font, small_font, badge_font = self._fonts(font)
        inner = rect.toRect().adjusted(int(PADDING + 6 * self.zoom), PADDING, -PADDING, -PADDING)
        score_width = 0
        if card.score is not None:
            score_width = self._score(painter, inner, card, badge_font)
        title_metrics, small_metrics = self._metrics_of(title_font), self._metrics_of(small_font)
        line = title_metrics.height()
        small_line = small_metrics.height()
        text_rect = inner.adjusted(0, 0, -score_width, 0)
        painter.setPen(muted if dim else text)
        painter.setFont(title_font)
        self._line(
            painter,
            title_metrics,
            QRect(text_rect.left(), text_rect.top(), text_rect.width(), line),
            card.title,
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        y = text_rect.top() + line
        self._line(
            painter,
            small_metrics,
            QRect(text_rect.left(), y, text_rect.width(), small_line),
            card.subtitle,
        )
        y += small_line
        painter.setPen(muted if dim else text)
        self._line(
            painter,
            small_metrics,
            QRect(text_rect.left(), y, text_rect.width(), small_line),
            " · ".join(card.tags),
        )
        y += small_line
        painter.setPen(REFUSED if card.state == "refused" else stripe.darker(110))
        self._line(
            painter,
            small_metrics,
            QRect(text_rect.left(), y, inner.width(), small_line),
            card.note.splitlines()[0]
            if card.state in ("refused", "waits") and card.note
            else card.badge,
        )

    def _line(self, painter: QPainter, metrics: QFontMetrics, rect: QRect, text: str) -> None:
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, _LEFT, elided)

    def _score(self, painter: QPainter, inner: QRect, card: Card, font: QFont) -> int:
        """The score in a round badge at the top right; returns the width it took."""
        painter.setFont(font)
        size = self._metrics_of(font).height() + 10
        badge = QRectF(inner.right() - size, inner.top(), size, size)
        colour = (
            REFUSED
            if card.state == "refused"
            else (BEST if card.state == "best" else _BADGE)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(badge)
        painter.setPen(_WHITE)
        painter.drawText(badge, _CENTRE, score_text(card.score or 0))
        return size + PADDING
