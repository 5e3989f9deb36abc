"""The text size the person chose, applied to the whole app (fonts and style sheet alike).

A large system font, or a volunteer who needs bigger type, gets it everywhere: widgets take
the application font, and the style sheet's headings and figures scale by the same factor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mentorat_desktop.i18n import _, current_language, locale_for
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.views.style import style_sheet

TEXT_SCALE_KEY = "text_scale"
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
_BASE_PROPERTY = "mentoratBasePointSize"


def saved_scale(preferences: Preferences) -> float:
    value = preferences.extra.get(TEXT_SCALE_KEY, 1.0)
    return float(value) if isinstance(value, int | float) and 0.5 <= value <= 3 else 1.0


def scale_choices() -> list[tuple[str, str]]:
    """(code, label) for the preferences' combo box, the code being the factor."""
    from babel.numbers import format_percent

    labels = {1.0: _("Normal"), 1.5: _("Large"), 2.0: _("Very large")}
    language = current_language()  # « 125 % » in French, "125%" in English
    return [
        (
            str(scale),
            format_percent(scale, locale=locale_for(language))
            + (f" — {labels[scale]}" if scale in labels else ""),
        )
        for scale in TEXT_SCALES
    ]


def apply_text_size(app: QApplication, scale: float) -> None:
    """Scale the platform's own font size (remembered once) and the style sheet."""
    base = app.property(_BASE_PROPERTY)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE_PROPERTY, base)
    font = app.font()
    font.setPointSizeF(base * scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(scale))
