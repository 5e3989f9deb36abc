"""The summary's privacy rules: small groups stay silent, and comments lose their names.

The summary leaves the committee (it goes to the chapter's board), so it must not let
anyone recognise a participant. Two rules do that:

- a breakdown answered by fewer than ``MIN_RESPONDENTS`` people (for one audience and one
  question) shows only how many answered: with one or two respondents, a distribution, an
  average or a comment would be that person's own answer;
- comments are printed without who wrote them, in alphabetical order (an order that says
  nothing about the writer), and with the names and e-mail addresses of the year's
  participants replaced by a neutral mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

MIN_RESPONDENTS = 3

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A word, hyphenated and apostrophised names included (« Jean-François », « O'Brien »).
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


# Quebec surnames that are also everyday French words, kept when written as the word.
EVERYDAY_WORDS = frozenset(
    {
        "côté",
        "boucher",
        "marchand",
        "meunier",
        "poirier",
        "lebrun",
        "roche",
        "pierre",
        "blanc",
        "petit",
        "leblanc",
        "lachance",
        "bonneau",
        "carrier",
        "potvin",
        "rivière",
        "boulanger",
    }
)


@lru_cache(maxsize=1 << 15)
def _normal(word: str) -> str:
    """The form names are compared in: any case, accents or not (« roy », « Gisele »).
    Remembered: the same names and words come back in every year and comment."""
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class NameScrubber:
    """Removes the year's participants' names and any e-mail address from a text.

    Names are matched as whole words of two letters or more (« Ng », « Roy », « Lee »), in
    any case and with or without accents, since comments are typed in a hurry. The one
    exception is a surname that is also an everyday word (``EVERYDAY_WORDS``) typed as that
    word, all lowercase with its accents: « de mon côté » stays, « Côté » and « cote » go.
    Words are looked up in a set: one pass per comment, whatever the number of participants.
    ``emails`` limits the addresses removed to those; by default every address goes.
    """

    def __init__(
        self,
        people: Iterable[tuple[str, str]],
        mark: str,
        emails: Iterable[str] | None = None,
        aliases: Iterable[str] = (),
    ) -> None:
        self.mark = mark
        self._aliases = [a for a in aliases if a and a != mark]
        self._emails = None if emails is None else {e.strip().casefold() for e in emails}
        self._names: set[str] = set()
        for first, last in people:
            for name in (first, last):
                for word in _WORD.findall(name or ""):
                    # « Tremblay-Roy » names « Roy » alone too.
                    for part in (word, *re.split(r"['’-]", word)):
                        if len(part) > 1:
                            self._names.add(_normal(part))
                # Compound names are words of their own too: « Gagnon-Côté ».
                whole = _normal(name.strip()) if name else ""
                if len(whole) > 1 and " " not in whole:
                    self._names.add(whole)

    def _word(self, match: re.Match[str]) -> str:
        if match.group(0) in EVERYDAY_WORDS:
            return match.group(0)
        word = _normal(match.group(0))
        if word in self._names:
            return self.mark
        # « Marc's », « O'Brien-Côté »: remove the parts that are names.
        parts = re.split(r"(['’-])", match.group(0))
        if any(_normal(p) in self._names for p in parts):
            return "".join(self.mark if _normal(p) in self._names else p for p in parts)
        return match.group(0)

    def _email(self, match: re.Match[str]) -> str:
        if self._emails is None or match.group(0).casefold() in self._emails:
            return self.mark
        return match.group(0)

    def scrub(self, text: str) -> str:
        text = _EMAIL.sub(self._email, text)
        for alias in self._aliases:
            text = text.replace(alias, self.mark)
        return _WORD.sub(self._word, text)
