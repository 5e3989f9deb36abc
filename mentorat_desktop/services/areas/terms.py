"""Free text reduced to comparable terms, in French and English alike.

A word becomes a concept when the shipped list of bilingual equivalents names it
(``resources/matching/equivalents.json``: "sécurité" and "safety" are one concept), otherwise
its Snowball stem in the writer's language ("changements" -> "chang"). Only whole words are
compared: "IA" is a word of its own and never a piece of "maladie".
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import Any

from mentorat_desktop.models.enums import Language
from mentorat_desktop.paths import resources_dir
from mentorat_desktop.services.text import plain, words

EQUIVALENTS_FILE = "equivalents.json"
_STEMMER_NAMES = {Language.FR: "french", Language.EN: "english"}
MIN_LENGTH = 4
# Words that carry no subject, in both languages (compared folded).
_STOPWORDS_TEXT = """
avec dans pour plus mais leur leurs sont etre avoir faire cette entre comme aussi afin mieux bien
tres tout tous toute toutes notre votre nous vous elle elles ceux autres autre sous vers dont quand
chez developper ameliorer apprendre acquerir souhaite souhaiterais veux voudrais progresser
comprendre nouveau poste role
with that this from into their about more what when have will your able well develop improve
learn better using work working skills skill want would grow understand
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _stemmer(language: Language) -> Any:
    # PyStemmer: Snowball's own C stemmers, the same roots as the pure-Python package gives
    # (bench/stems_identical.py compares them), loaded in a millisecond; only matching needs it.
    import Stemmer

    return Stemmer.Stemmer(_STEMMER_NAMES[language])


@cache
def stem(word: str, language: Language) -> str:
    """The word's Snowball root in ``language``, folded ("Sécurité" -> "securit")."""
    return plain(_stemmer(language).stemWord(word.lower()))


class Equivalents:
    """Bilingual groups of words that mean one thing; each group is one concept."""

    def __init__(self, groups: list[dict[str, list[str]]]) -> None:
        self.by_word: dict[str, str] = {}
        self.by_stem: dict[Language, dict[str, str]] = {lang: {} for lang in _STEMMER_NAMES}
        self.phrases: list[tuple[str, str]] = []
        for group in groups:
            written = [w for lang in ("en", "fr") for w in group.get(lang, [])]
            if not written:
                continue
            concept = "~" + words(written[0]).replace(" ", "_")
            for lang_code, lang in (("fr", Language.FR), ("en", Language.EN)):
                for word in group.get(lang_code, []):
                    folded = words(word)
                    if " " in folded or "-" in word:
                        self.phrases.append((folded, concept))
                        continue
                    self.by_word.setdefault(folded, concept)
                    self.by_stem[lang].setdefault(stem(plain(word), lang), concept)
        # Longest phrases first, so "intelligence artificielle" wins over a shorter one.
        self.phrases.sort(key=lambda p: -len(p[0]))

    def concept(self, word: str, language: Language) -> str:
        folded = plain(word)
        found = self.by_word.get(folded)
        if found is not None:
            return found
        root = stem(word, language)
        return self.by_stem[language].get(root) or self.by_stem[_other(language)].get(
            folded, root
        )


def _other(language: Language) -> Language:
    return Language.EN if language == Language.FR else Language.FR


@cache
def equivalents() -> Equivalents:
    path = resources_dir() / "matching" / EQUIVALENTS_FILE
    try:
        groups = json.loads(path.read_text(encoding="utf-8")).get("groups", [])
    except (OSError, ValueError, AttributeError):
        groups = []  # a damaged list means plain stems, never a failed matching
    return Equivalents([g for g in groups if isinstance(g, dict)])


def terms(text: str, language: Language) -> dict[str, str]:
    """Term -> the word as first written, for the meaningful words of ``text``."""
    return dict(_terms(text, language))


@lru_cache(maxsize=1 << 14)
def _terms(text: str, language: Language) -> tuple[tuple[str, str], ...]:
    """``terms`` worked out once per wording: it depends only on the text and the shipped
    list, and a board reads the same areas and objectives at every reload."""
    found: dict[str, str] = {}
    known = equivalents()
    folded_text = " " + words(text.replace("-", " ")) + " "
    for phrase, concept in known.phrases:
        key = " " + phrase.replace("-", " ") + " "
        if key in folded_text:
            found.setdefault(concept, phrase)
            folded_text = folded_text.replace(key, " ")
    for written in _WORD.findall(folded_text):
        for part in written.split("-"):
            folded = plain(part)
            short_concept = known.by_word.get(folded)
            if short_concept is not None:
                found.setdefault(short_concept, part)
            elif len(folded) >= MIN_LENGTH and folded not in STOPWORDS:
                found.setdefault(known.concept(part, language), part)
    return tuple(found.items())


def key(text: str, language: Language) -> str:
    """One wording as a comparable key: its terms, sorted ("Team leadership" is
    "Leadership d'équipe")."""
    return " ".join(sorted(terms(text, language))) or words(text)
