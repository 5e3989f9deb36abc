"""Projector and large type: the whole board zooms, text size applies app-wide, the window fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorat_desktop.views.main_window import MATCHING, MainWindow
from mentorat_desktop.views.text_size import TEXT_SCALE_KEY, apply_text_size, saved_scale
from mentorat_desktop.views.window_fit import fit_to_screen


@pytest.fixture
def window(qtbot, context, cohort) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_zoom_widens_the_columns_and_enlarges_their_headings(window) -> None:
    page = window.matching
    window.navigation.setCurrentRow(MATCHING)
    page.set_zoom(1.0)
    narrow = page.waiting.minimumWidth()
    page.set_zoom(2.0)
    assert page.waiting.minimumWidth() == 2 * narrow
    assert "24.0pt" in page.mentors.heading.styleSheet()
    assert page.waiting.search.font().pointSizeF() == pytest.approx(
        2 * QApplication.font().pointSizeF()
    )


def test_zoom_and_panels_are_in_the_view_menu(window) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Affichage")
    titles = [a.text() for a in view.actions()]
    assert "Liste des pages" in titles
    board = next(a.menu() for a in view.actions() if a.text() == "Tableau de jumelage")
    board.aboutToShow.emit()  # as when the menu opens: the board is built then
    assert [a.text() for a in board.actions()] == [
        "Agrandir",
        "Réduire",
        "Taille réelle",
        "Panneau du score",
    ]
    window.page_list_action.setChecked(False)
    assert not window.navigation.isVisible()
    window.matching.score_panel_action.setChecked(False)
    assert window.matching.panel.isHidden()


def test_the_text_size_applies_to_fonts_and_style_sheet(qapp, context) -> None:
    base = qapp.font().pointSizeF()
    try:
        apply_text_size(qapp, 1.5)
        assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
        assert "font-size: 30.0pt" in qapp.styleSheet()  # the page title, 20 pt at 100 %
    finally:
        apply_text_size(qapp, 1.0)
    assert qapp.font().pointSizeF() == pytest.approx(base)
    context.preferences.extra[TEXT_SCALE_KEY] = "huge"
    assert saved_scale(context.preferences) == 1.0


def test_the_window_never_opens_larger_than_the_screen(window) -> None:
    window.resize(6000, 4000)
    fit_to_screen(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_page_list_asks_room_for_every_page_name(qapp, qtbot, context, cohort, scale) -> None:
    """With large type, « Tableau de bord » was cut and the page list grew a scroll bar."""
    try:
        apply_text_size(qapp, scale)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        QApplication.processEvents()
        navigation = window.navigation
        frame = navigation.width() - navigation.viewport().width()
        for row in range(navigation.count()):
            text = navigation.item(row).text()
            needed = navigation.fontMetrics().horizontalAdvance(text) + 16  # the item padding
            assert navigation.sizeHint().width() >= needed + frame, text
            assert needed <= navigation.viewport().width(), text
        # The width Qt paints its items' text in whole (padding and text margins): the pages
        # beside the list never squeeze it below that.
        assert navigation.viewport().width() >= navigation.sizeHintForColumn(0)
        assert navigation.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    finally:
        apply_text_size(qapp, 1.0)


def test_text_sizes_are_written_as_each_language_writes_percentages() -> None:
    """The English list read « 150 % », with the French space."""
    from mentorat_desktop import i18n
    from mentorat_desktop.views.text_size import scale_choices

    try:
        i18n.set_language("en")
        assert ("1.5", "150% — Large") in scale_choices()
        i18n.set_language("fr")
        assert ("1.5", "150\u00a0% — Grande") in scale_choices()
    finally:
        i18n.set_language("fr")


def test_the_pair_pane_is_laid_out_at_its_width_when_first_shown(qapp, qtbot, context, cohort):
    """At 1.5x its words ran past the pane's edge: laid out at the width the splitter set
    before the page showed, not at the one it had once shown."""
    from mentorat_desktop.views.main_window import PAIRS

    try:
        apply_text_size(qapp, 1.5)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        window.navigation.setCurrentRow(PAIRS)
        QApplication.processEvents()
        view = window.pairs.view
        body = view.widget()
        assert view.empty.isVisible()
        assert body.layout().geometry().width() == body.width()
        assert view.empty.width() <= view.viewport().width()
    finally:
        apply_text_size(qapp, 1.0)
