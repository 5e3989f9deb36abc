"""The app's look: large, calm type that stays readable on a projector."""

import re

# The page list's least width in pixels; wider when its longest name needs it.
NAVIGATION_WIDTH = 192

STYLE_SHEET = """
QLabel#pageTitle { font-size: 20pt; font-weight: 600; margin: 4px 0 8px 0; }
QLabel#figureValue { font-size: 26pt; font-weight: 600; color: #0b5563; }
QFrame#figureTile { background: palette(base); border-radius: 6px; }
QLabel#comingNote { color: palette(placeholder-text); margin-top: 12px; }
QFrame#comingBox { background: palette(base); border-radius: 6px; padding: 12px; }
QListWidget#navigation { font-size: 12pt; }
QLabel#panelScore { font-size: 18pt; font-weight: 600; color: #0b5563; }
QLabel#panelHeading, QLabel#columnHeading { font-size: 12pt; font-weight: 600; }
QLabel#refusalBanner { background: #fdecea; color: #9b1c1c; border-radius: 4px; padding: 6px;
  font-weight: 600; }
QLabel#demoBanner { background: #fff4ce; color: #5c4400; border-radius: 4px; padding: 6px;
  font-weight: 600; }
QPushButton#primaryButton { font-weight: 600; padding: 6px 14px; }
QListWidget#navigation::item { padding: 10px 8px; }
QListWidget#navigation::item:selected { background: #0b5563; color: white; }
"""


def style_sheet(scale: float = 1.0) -> str:
    """The style sheet with every type size multiplied by the person's text size."""
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", STYLE_SHEET)
