"""Check: PyStemmer's C stemmers give the same roots as snowballstemmer's pure-Python ones.

Run with ``python bench/stems_identical.py`` (needs ``pip install snowballstemmer``, which the
application no longer uses). Matching reduces free text to Snowball roots
(``services/areas/terms.py``); the two libraries implement the same Snowball algorithms, and
this script proves it on every word the application may stem: the shipped areas and
equivalents, the demo's texts, the message catalogs, and every text value of the ten-year file
of ``bench/ten_years.py``, each word as written, lower-cased and folded, in French and English.
Prints the number of comparisons and every difference; exits 1 when there is one.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

import Stemmer  # noqa: E402
from snowballstemmer.english_stemmer import EnglishStemmer  # noqa: E402
from snowballstemmer.french_stemmer import FrenchStemmer  # noqa: E402
from ten_years import ten_year_file  # noqa: E402

from mentorat_desktop.services.text import plain, words  # noqa: E402

WORD = re.compile(r"[^\W\d_]+")


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def file_texts(path: Path) -> Iterator[str]:
    """Every distinct text value of every table of a database file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in connection.execute("select name from sqlite_master "
                                                     "where type = 'table'")]
        for table in tables:
            for _cid, column, *_rest in connection.execute(f'pragma table_info("{table}")'):
                query = f'select distinct "{column}" from "{table}" where typeof("{column}") = ?'
                yield from (v for (v,) in connection.execute(query, ("text",)))
    finally:
        connection.close()


def vocabulary() -> dict[str, set[str]]:
    app = ROOT.parent
    sources: dict[str, list[str]] = {
        "shipped lists": [
            s
            for f in sorted((app / "resources" / "matching").glob("*.json"))
            for s in strings(json.loads(f.read_text(encoding="utf-8")))
        ],
        "demo texts": [
            f.read_text(encoding="utf-8")
            for f in sorted((app / "mentorat_desktop" / "services").glob("demo*.py"))
        ],
        "catalogs": [
            f.read_text(encoding="utf-8") for f in sorted((app / "i18n").glob("*/*/*.po"))
        ],
        "ten-year file": list(file_texts(ten_year_file())),
    }
    found: dict[str, set[str]] = {}
    for name, texts in sources.items():
        forms = found.setdefault(name, set())
        for text in texts:
            for word in WORD.findall(text):
                forms.update((word, word.lower(), plain(word), words(word)))
    return found


def main() -> int:
    stemmers = {
        "french": (FrenchStemmer(), Stemmer.Stemmer("french")),
        "english": (EnglishStemmer(), Stemmer.Stemmer("english")),
    }
    compared = 0
    differences = []
    for source, forms in vocabulary().items():
        print(f"{source:<15} {len(forms):6} distinct words")
        for language, (python, c) in stemmers.items():
            for word in sorted(forms):
                compared += 1
                if python.stemWord(word) != c.stemWord(word):
                    differences.append((source, language, word, python.stemWord(word),
                                        c.stemWord(word)))
    print(f"{compared} comparisons, {len(differences)} differences")
    for difference in differences:
        print("  ", *difference)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
