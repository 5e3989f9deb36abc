"""What a drag on the board carries: only participation ids, in the board's own MIME types."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

MENTEE_MIME = "application/x-mentorat-waiting-mentee"
PAIR_MIME = "application/x-mentorat-pair-mentee"


def encode(kind: str, mentee_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(kind, json.dumps({"mentee_id": mentee_id}).encode("utf-8"))
    return data


def decode(data: QMimeData | None, kind: str) -> int | None:
    """The mentee id a drag carries, or None if it carries nothing of ``kind``."""
    if data is None or not data.hasFormat(kind):
        return None
    try:
        value = json.loads(bytes(data.data(kind).data()).decode("utf-8"))["mentee_id"]
    except (ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, int) else None
