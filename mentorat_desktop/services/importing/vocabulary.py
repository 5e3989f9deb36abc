"""The wordings people use for each closed answer, in French and English.

Kept apart from ``cells`` so that the lists can grow as the committee meets new forms
without touching the parsing code. Every lookup works on ``fold``-ed text.
"""

from __future__ import annotations

import re
from functools import cache

from mentorat_desktop.i18n import translate_in
from mentorat_desktop.models.enums import CareerStage, MeetingMode
from mentorat_desktop.services.leads import CAPABILITIES, DOMAINS
from mentorat_desktop.services.regions import OUTSIDE_QUEBEC, REGIONS
from mentorat_desktop.services.text import words


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: for comparing wordings."""
    return words(text)


def labels_in_both(message: str) -> list[str]:
    """A catalog message in French and English, folded: what an exported file may hold."""
    return [fold(translate_in(language, message)) for language in ("fr", "en")]


def _has(folded: str, phrase: str) -> bool:
    return f" {phrase} " in f" {folded} "


YES = frozenset({"oui", "yes", "y", "o", "x", "vrai", "true", "1", "checked", "coche", "ok"})
NO = frozenset({"non", "no", "n", "faux", "false", "0", "unchecked", "aucun", "aucune", "none"})
AGREE = frozenset({"accepte", "consens", "consent", "agree", "accept", "autorise"})
REFUSE = frozenset({"pas", "not", "refuse", "ne", "don", "n"})

MONTHS: dict[str, int] = {
    **dict.fromkeys(["janvier", "janv", "jan", "january"], 1),
    **dict.fromkeys(["fevrier", "fevr", "fev", "february", "feb"], 2),
    **dict.fromkeys(["mars", "march", "mar"], 3),
    **dict.fromkeys(["avril", "avr", "april", "apr"], 4),
    **dict.fromkeys(["mai", "may"], 5),
    **dict.fromkeys(["juin", "june", "jun"], 6),
    **dict.fromkeys(["juillet", "juil", "july", "jul"], 7),
    **dict.fromkeys(["aout", "august", "aug"], 8),
    **dict.fromkeys(["septembre", "sept", "sep", "september"], 9),
    **dict.fromkeys(["octobre", "oct", "october"], 10),
    **dict.fromkeys(["novembre", "nov", "november"], 11),
    **dict.fromkeys(["decembre", "dec", "december"], 12),
}

# Roles are read with their accents: in French "mentore" (no accent) is a woman mentor,
# while "mentoré(e)" is the person mentored.
# fmt: off
MENTEE_WORDS = frozenset(
    {"mentoré", "mentorée", "mentorés", "mentorées", "mentoree", "mentorees", "mentee",
     "mentees", "menté", "protégé", "protégée", "protege", "protegee", "mentored"}
)
MENTOR_WORDS = frozenset({"mentor", "mentors", "mentore", "mentores", "mentora"})
# fmt: on

FRENCH = frozenset({"francais", "french", "francophone", "franco"})
ENGLISH = frozenset({"anglais", "english", "anglophone", "anglo"})
FRENCH_CODES = frozenset({"fr", "fra", "fre", "f"})
ENGLISH_CODES = frozenset({"en", "eng", "ang", "a", "e"})

# fmt: off
_REGION_ALIASES: dict[str, str] = {
    "bas st laurent": "01", "saguenay": "02", "lac saint jean": "02", "lac st jean": "02",
    "quebec": "03", "ville de quebec": "03", "quebec city": "03", "national capital": "03",
    "trois rivieres": "04", "sherbrooke": "05", "cantons de l est": "05",
    "eastern townships": "05", "montreal": "06", "gatineau": "07", "abitibi": "08",
    "temiscamingue": "08", "north shore": "09", "northern quebec": "10", "gaspesie": "11",
    "gaspe": "11", "iles de la madeleine": "11", "magdalen islands": "11",
    "beauce": "12", "levis": "12", "laurentians": "15", "drummondville": "17",
    "hors quebec": OUTSIDE_QUEBEC, "outside quebec": OUTSIDE_QUEBEC,
    "exterieur du quebec": OUTSIDE_QUEBEC, "autre province": OUTSIDE_QUEBEC,
    "other province": OUTSIDE_QUEBEC, "ontario": OUTSIDE_QUEBEC,
    "nouveau brunswick": OUTSIDE_QUEBEC, "new brunswick": OUTSIDE_QUEBEC,
}
# fmt: on


@cache
def _region_names() -> tuple[tuple[str, str], ...]:
    names = dict(_REGION_ALIASES)
    for code, name in REGIONS.items():
        for folded in labels_in_both(name) if code == OUTSIDE_QUEBEC else [fold(name)]:
            names[folded] = code
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


def region_code(folded: str) -> str | None:
    """The code of the region a cell names: number first, then exact name, then a name
    inside a longer text ("CISSS de la Montérégie-Centre" is in Montérégie)."""
    folded = re.sub(r"\bste\b", "sainte", re.sub(r"\bst\b", "saint", folded))
    if match := re.match(r"(?:region )?(\d{1,2})(?: |$)", folded):
        code = f"{int(match[1]):02d}"
        return code if code in REGIONS else None
    names = _region_names()
    for name, code in names:
        if folded == name:
            return code
    for name, code in names:
        if name != "quebec" and _has(folded, name):
            return code
    return None


# fmt: off
_STAGE_WORDS: tuple[tuple[CareerStage, tuple[str, ...]], ...] = (
    (CareerStage.STUDENT, ("etudiant", "etudiante", "stagiaire", "student", "intern")),
    (CareerStage.EARLY, ("debut de carriere", "early career", "releve", "emerging",
                         "nouveau gestionnaire", "nouvelle gestionnaire", "new manager",
                         "moins de 5 ans", "under 5 years", "less than 5 years", "junior")),
    (CareerStage.MID, ("mi carriere", "milieu de carriere", "mid career", "midcareer",
                       "intermediaire", "middle manager", "middle management")),
    (CareerStage.EXECUTIVE, ("haute direction", "direction generale", "cadre dirigeant",
                             "dirigeant", "dirigeante", "executive", "pdg", "ceo",
                             "vice president", "vice presidente", "directeur general",
                             "directrice generale", "c suite")),
    (CareerStage.SENIOR, ("cadre superieur", "cadre superieure", "senior", "directeur",
                          "directrice", "director")),
)
# fmt: on


def career_stage(folded: str) -> CareerStage | None:
    """The stage a wording names: the stored code, or a telling phrase in either language."""
    for stage in CareerStage:
        if folded == stage.value:
            return stage
    for stage, phrases in _STAGE_WORDS:
        if any(_has(folded, phrase) for phrase in phrases):
            return stage
    return None


# fmt: off
_MODE_WORDS: tuple[tuple[MeetingMode, tuple[str, ...]], ...] = (
    (MeetingMode.IN_PERSON, ("en personne", "presentiel", "face a face", "in person",
                             "face to face", "sur place", "on site")),
    (MeetingMode.VIDEO, ("visioconference", "videoconference", "video", "visio", "virtuel",
                         "virtuelle", "virtual", "teams", "zoom", "en ligne", "online",
                         "google meet", "skype", "webex", "distance")),
    (MeetingMode.PHONE, ("telephone", "phone", "tel", "telephonique", "cellulaire")),
)
# fmt: on
_ANY_MODE = (
    "peu importe",
    "indifferent",
    "indifferente",
    "no preference",
    "any",
    "all",
    "tous",
    "toutes",
    "tous les modes",
)


def meeting_modes(folded: str) -> list[str]:
    """Every meeting mode a wording names, in the order written."""
    if folded in _ANY_MODE:
        return [mode.value for mode in MeetingMode]
    found: list[tuple[int, str]] = []
    for mode, phrases in _MODE_WORDS:
        positions = [f" {folded} ".find(f" {p} ") for p in phrases if _has(folded, p)]
        if positions or folded == mode.value.replace("_", " "):
            found.append((min(positions, default=0), mode.value))
    return [mode for _position, mode in sorted(found)]


@cache
def _leads_names() -> tuple[tuple[str, str], ...]:
    names = {folded: c.code for c in CAPABILITIES for folded in labels_in_both(c.name)}
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


@cache
def _domain_names() -> tuple[str, ...]:
    names = {folded for name in DOMAINS.values() for folded in labels_in_both(name)}
    return tuple(sorted(names, key=len, reverse=True))


_LEADS_FILLER = frozenset({"et", "and", "ou", "or", "leads"})


def leads_codes(folded: str) -> tuple[tuple[str, ...], list[str]]:
    """Capability codes named in a cell, in the order written, and the words left over."""
    text = f" {folded} "
    found: list[tuple[int, str]] = []

    def blank(start: int, end: int) -> str:
        return text[:start] + " " * (end - start) + text[end:]

    for name, code in _leads_names():
        while (start := text.find(f" {name} ")) >= 0:
            found.append((start, code))
            text = blank(start, start + len(name) + 1)
    for match in list(re.finditer(r" ([leads]) ?([1-4])(?= )", text)):
        found.append((match.start(), match[1].upper() + match[2]))
        text = blank(match.start(), match.end())
    for name in _domain_names():
        text = text.replace(f" {name} ", " " * (len(name) + 1) + " ")
    codes: list[str] = []
    for _start, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return tuple(codes), [w for w in text.split() if w not in _LEADS_FILLER]
