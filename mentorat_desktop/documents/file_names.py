"""File names for printed documents: short, ASCII only, safe on every file system and in
e-mail attachments (« engagement-2026-2027-berube-obrien.pdf »)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_APOSTROPHES = re.compile(r"['’‘`´]")
_OTHER = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Accents dropped, apostrophes removed, everything else a single hyphen."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return _OTHER.sub("-", _APOSTROPHES.sub("", ascii_text)).strip("-")


def file_stem(*parts: str) -> str:
    return "-".join(s for s in (slug(p) for p in parts) if s)


def unique(stems: Iterable[str]) -> list[str]:
    """The same stems, a number added to any that is already taken (« …-obrien-2 »)."""
    taken: set[str] = set()
    result: list[str] = []
    for stem in stems:
        candidate, n = stem, 1
        while candidate in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate)
        result.append(candidate)
    return result
