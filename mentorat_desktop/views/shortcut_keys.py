"""Key sequences for actions, without duplicates (a duplicate makes Qt call the key ambiguous)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def unique_keys(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The platform's bindings of each key, in order, each sequence once.

    Linux desktops already bind Redo to Ctrl+Shift+Z; adding it again by hand made Qt report an
    ambiguous shortcut and do nothing.
    """
    result: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(key)
        else:
            sequences = [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in result:
                result.append(sequence)
    return result
