"""Comparing text the way people read it: case and accents ignored ("berube" is "Bérubé")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def plain(text: str) -> str:
    """Lower-case without accents; for searching and sorting names. Remembered: a sorted
    list of a few thousand names asks for each of them many times."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> str:
    """``plain`` with punctuation turned into single spaces; for comparing wordings."""
    return " ".join(re.sub(r"[\W_]+", " ", plain(text)).split())
