"""Text for a terminal: control characters removed, whatever a file or a name held.

An imported name can carry escape sequences that would recolour, retitle or clear the
user's terminal; every command writes through ``SafeStream``, which drops C0 and C1 control
characters other than newline and tab.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    return _CONTROL.sub("", text)


class SafeStream:
    """A text stream that forwards everything but control characters."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


@contextmanager
def safe_terminal() -> Iterator[None]:
    """Route stdout and stderr through ``SafeStream`` for the duration of a command."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
