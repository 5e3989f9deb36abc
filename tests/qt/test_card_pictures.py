"""Board cards are drawn once and copied at each repaint; a card always shows what it holds
now: its edited text, its selection, the zoom and the colours of the moment."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem

from mentorat_desktop.views.board.card_delegate import CardDelegate
from mentorat_desktop.views.board.rendered_cards import RenderedCards
from mentorat_desktop.views.item_models.board_cards import Card, CardListModel

SIZE = QSize(320, 120)
ANNE = Card("mentor", "Anne Gagnon", "CIUSSS · Capitale-Nationale", ("Leadership",), "2 places")


def _board(qtbot, *cards: Card) -> tuple[QListView, CardListModel]:
    view = QListView()
    qtbot.addWidget(view)
    model = CardListModel(view)
    model.set_cards([(n, card, "") for n, card in enumerate(cards)])
    view.setModel(model)
    return view, model


def _picture(
    delegate: CardDelegate,
    view: QListView,
    model: CardListModel,
    *,
    selected: bool = False,
    palette: QPalette | None = None,
) -> QImage:
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(QPoint(0, 0), SIZE)
    if palette is not None:
        option.palette = palette
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0))
    painter.end()
    return image


def test_an_edited_card_shows_its_new_text_and_the_old_one_comes_back(qtbot) -> None:
    view, model = _board(qtbot, ANNE)
    delegate = CardDelegate(view)
    before = _picture(delegate, view, model)
    assert _picture(delegate, view, model) == before  # drawn again from the kept picture

    edited = Card(ANNE.kind, "Anne Gagnon-Roy", ANNE.subtitle, ANNE.tags, "1 place")
    model.set_cards([(0, edited, "")])
    after = _picture(delegate, view, model)
    assert after != before
    # As a delegate that never drew the card before draws it.
    assert after == _picture(CardDelegate(view), view, model)

    model.set_cards([(0, ANNE, "")])  # the edit undone
    assert _picture(delegate, view, model) == before


def test_selection_zoom_and_colours_each_give_the_card_its_own_look(qtbot) -> None:
    view, model = _board(qtbot, ANNE)
    delegate = CardDelegate(view)
    plain = _picture(delegate, view, model)

    selected = _picture(delegate, view, model, selected=True)
    assert selected != plain
    assert selected == _picture(CardDelegate(view), view, model, selected=True)
    assert _picture(delegate, view, model) == plain

    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    darker = _picture(delegate, view, model, palette=dark)
    assert darker != plain
    assert darker == _picture(CardDelegate(view), view, model, palette=dark)

    delegate.zoom = 1.4
    zoomed = _picture(delegate, view, model)
    assert zoomed != plain
    fresh = CardDelegate(view)
    fresh.zoom = 1.4
    assert zoomed == _picture(fresh, view, model)


def test_kept_pictures_stay_within_their_budget_the_least_recent_dropped_first(qapp) -> None:
    picture = QPixmap(100, 50)  # 20,000 bytes at 32 bits a pixel
    size = picture.width() * picture.height() * picture.depth() // 8
    kept = RenderedCards(budget_bytes=3 * size)
    for key in "abc":
        kept.put(key, QPixmap(picture))
    assert kept.get("a") is not None  # "a" shown again: "b" is now the least recent
    kept.put("d", QPixmap(picture))
    assert kept.get("b") is None
    assert all(kept.get(key) is not None for key in "acd")
    assert len(kept) == 3 and kept.used_bytes <= kept.budget_bytes
    kept.put("d", QPixmap(picture))  # the same key again replaces, never counts twice
    assert kept.used_bytes == 3 * size
