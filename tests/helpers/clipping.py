"""Find text a person cannot read whole: labels, buttons, headings and column headers cut short.

Measured with the widget's own font metrics against the room it was given, so it needs no
screenshot: a label without word wrap whose text is wider than the label, a wrapped label
whose text needs more height than it has, a button whose text is wider than the button, a
table header whose title is wider than its column.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QToolButton,
    QWidget,
)

SLACK = 2  # pixels of rounding a font engine may take


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    ):
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + SLACK:
            return f"label cut (height): {label.text()[:60]!r}"
        return None
    room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"label cut (needs {needed}px of height, has {label.height()}): {text[:60]!r}"
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > room + SLACK:
            return f"label word wider than the label: {text[:60]!r}"
        return None
    for line in text.splitlines() or [text]:
        if metrics.horizontalAdvance(line) > room + SLACK:
            return f"label cut ({metrics.horizontalAdvance(line)}px > {room}px): {text[:60]!r}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    need = button.sizeHint().width()
    if isinstance(button, QCheckBox | QRadioButton):
        need = button.minimumSizeHint().width()
    if need > button.width() + SLACK:
        return f"button cut ({need}px > {button.width()}px): {text!r}"
    return None


def _placeholder_problem(field: QLineEdit) -> str | None:
    """An empty field's hint is all that says what to type: it must show whole."""
    hint = field.placeholderText()
    if field.text() or not hint or field.isReadOnly():
        return None
    room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right()
    room -= 2 * field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
    room -= 4  # the line edit's own horizontal margin around the text
    for action in field.actions():
        if action.isVisible():
            room -= field.height()  # a clear button or icon sits inside the field
    needed = field.fontMetrics().horizontalAdvance(hint)
    if needed > room + SLACK:
        return f"field hint cut ({needed}px > {room}px): {hint!r}"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.isHidden():
        return []
    problems = []
    metrics = header.fontMetrics()
    orientation = header.orientation()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        room = header.sectionSize(section) - 2 * margin
        needed = max(metrics.horizontalAdvance(line) for line in str(title).splitlines())
        if orientation == Qt.Orientation.Horizontal and needed > room + SLACK:
            problems.append(f"column header cut ({needed}px > {room}px): {title!r}")
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that is elided or cut, described for a test message."""
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        if _visible(label) and (problem := _label_problem(label)):
            problems.append(problem)
    for button in root.findChildren(QAbstractButton):
        if _visible(button) and (problem := _button_problem(button)):
            problems.append(problem)
    for field in root.findChildren(QLineEdit):
        if _visible(field) and (problem := _placeholder_problem(field)):
            problems.append(problem)
    for view in root.findChildren(QAbstractItemView):
        if not _visible(view):
            continue
        header = getattr(view, "horizontalHeader", None)
        if header is not None:
            problems += _header_problems(header())
    return problems
