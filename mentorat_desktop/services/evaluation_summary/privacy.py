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
from collections.abc import Iterable

MIN_RESPONDENTS = 3

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A word, hyphenated and apostrophised names included (« Jean-François », « O'Brien »).
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _normal(word: str) -> str:
    return word.replace("’", "'")


class NameScrubber:
    """Removes the year's participants' names and any e-mail address from a text.

    Names are matched as whole words, with their capitals, so that a surname which is also
    a common word (« Côté », « Roy ») is removed where it names someone but « de mon
    côté » is left alone. Words are looked up in a set: one pass per comment, whatever the
    number of participants.
    """

    def __init__(self, people: Iterable[tuple[str, str]], mark: str) -> None:
        self.mark = mark
        self._names: set[str] = set()
        for first, last in people:
            for name in (first, last):
                for part in _WORD.findall(name or ""):
                    if len(part) > 1:
                        self._names.add(_normal(part))
                # Compound names are words of their own too: « Gagnon-Côté ».
                whole = _normal(name.strip()) if name else ""
                if len(whole) > 1 and " " not in whole:
                    self._names.add(whole)

    def _word(self, match: re.Match[str]) -> str:
        word = _normal(match.group(0))
        if word in self._names:
            return self.mark
        # « Marc's », « O'Brien-Côté »: remove the parts that are names.
        parts = re.split(r"(['-])", word)
        if any(p in self._names for p in parts):
            return "".join(self.mark if p in self._names else p for p in parts)
        return match.group(0)

    def scrub(self, text: str) -> str:
        text = _EMAIL.sub(self.mark, text)
        return _WORD.sub(self._word, text)
