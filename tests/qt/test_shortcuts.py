"""No shortcut is ambiguous: every key sequence reaches exactly one action of the window."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QAction, QKeySequence

from mentorat_desktop import i18n
from mentorat_desktop.views.main_window import MainWindow
from mentorat_desktop.views.shortcut_keys import unique_keys


def _shortcut_owners(window: MainWindow) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if key:
                owners[key].append(action.text() or action.objectName())
    return owners


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_shortcut_belongs_to_one_action(qtbot, context, cohort, language) -> None:
    i18n.set_language(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    for index in range(window.navigation.count()):  # pages are built when first shown
        window.page(index)
    owners = _shortcut_owners(window)
    duplicates = {key: names for key, names in owners.items() if len(names) > 1}
    assert duplicates == {}
    # The keys a volunteer expects are there.
    for key in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+1", "Ctrl++", "Ctrl+-"):
        assert key in owners, key


def test_an_action_does_not_list_the_same_key_twice(qtbot, context, cohort) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    for action in window.findChildren(QAction):
        keys = [s.toString() for s in action.shortcuts()]
        assert len(keys) == len(set(keys)), (action.text(), keys)


def test_redo_keeps_one_ctrl_shift_z_where_the_platform_binds_it_already() -> None:
    """Linux desktops bind Redo to Ctrl+Shift+Z; offscreen tests do not, so check both."""
    keys = unique_keys(QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), "Ctrl+Shift+Z")
    assert [k.toString() for k in keys] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    redo = [k.toString() for k in unique_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")]
    assert redo.count("Ctrl+Shift+Z") == 1
