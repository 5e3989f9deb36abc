"""Which registration question each column of a form service's export answers.

Every importable field lists the usual wordings of its question in French and English;
``guess_mapping`` compares them with the file's headers once case, accents, punctuation
and spacing are set aside, so that most files need no manual mapping at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from mentorat_desktop.i18n import N_, _
from mentorat_desktop.services.importing.contract import ColumnMapping
from mentorat_desktop.services.importing.headers import analyse, spaced
from mentorat_desktop.services.importing.vocabulary import fold, labels_in_both


@dataclass(frozen=True)
class ImportField:
    """One answer the importer can fill. ``kind`` names the converter in ``cells``."""

    key: str
    message: str  # English label, translated at display time
    kind: str
    synonyms: tuple[str, ...]

    @property
    def label(self) -> str:
        return _(self.message)


def _f(key: str, message: str, kind: str, *synonyms: str) -> ImportField:
    return ImportField(key, message, kind, synonyms)


# fmt: off
FIELDS: tuple[ImportField, ...] = (
    _f("full_name", N_("Full name"), "text", "nom complet", "prénom et nom", "nom et prénom",
       "votre nom", "nom du participant", "full name", "name", "your name", "participant name"),
    _f("first_name", N_("First name"), "text", "prénom", "votre prénom", "first name",
       "given name", "firstname"),
    _f("last_name", N_("Last name"), "text", "nom", "nom de famille", "votre nom de famille",
       "last name", "surname", "family name", "lastname"),
    _f("email", N_("E-mail"), "text", "courriel", "adresse courriel", "adresse électronique",
       "adresse de courriel", "adresse e-mail", "votre courriel", "votre adresse courriel",
       "courriel professionnel", "e-mail", "email", "email address", "e-mail address",
       "work email", "mail"),
    _f("phone", N_("Phone"), "text", "téléphone", "numéro de téléphone", "no de téléphone",
       "tél", "cellulaire", "phone", "phone number", "telephone", "mobile"),
    _f("role", N_("Role"), "role", "rôle", "je m'inscris à titre de", "je m'inscris comme",
       "à titre de", "inscription à titre de", "mentor ou mentoré", "mentor ou mentoré(e)",
       "vous souhaitez être", "type de participant", "role", "registering as",
       "i am registering as", "i register as", "mentor or mentee", "participant type"),
    _f("preferred_language", N_("Preferred language"), "language", "langue",
       "langue de préférence", "langue préférée", "langue de communication", "language",
       "preferred language", "language of preference"),
    _f("organisation", N_("Organisation"), "text", "organisation", "établissement",
       "employeur", "organisation / établissement", "nom de l'organisation", "organisme",
       "organization", "employer", "institution"),
    _f("workplace", N_("Workplace"), "text", "lieu de travail", "milieu de travail",
       "installation", "site", "direction / service", "workplace", "work site", "facility"),
    _f("region", N_("Region"), "region", "région", "région administrative",
       "région sociosanitaire", "region", "administrative region"),
    _f("job_title", N_("Job title"), "text", "titre d'emploi", "titre du poste", "poste",
       "poste occupé", "fonction", "titre", "job title", "title", "position",
       "current position"),
    _f("career_stage", N_("Career stage"), "career_stage", "étape de carrière",
       "stade de carrière", "niveau de gestion", "cheminement de carrière", "career stage",
       "career level", "management level"),
    _f("years_of_experience", N_("Years in management"), "int", "années d'expérience",
       "années d'expérience en gestion", "nombre d'années d'expérience", "années en gestion",
       "years of experience", "years in management", "years of management experience"),
    _f("is_member", N_("Member of the College (CCHL)"), "bool", "membre du ccls",
       "membre du collège", "êtes-vous membre du ccls", "membre", "adhésion", "member",
       "cchl member", "member of the college", "are you a cchl member", "membership"),
    _f("is_certified", N_("Certified member (CHE)"), "bool", "membre certifié", "certifié",
       "che", "fccls", "certified member", "certified", "certified health executive"),
    _f("meeting_modes", N_("Meeting modes accepted"), "meeting_modes", "modes de rencontre",
       "mode de rencontre", "modalités de rencontre", "format des rencontres",
       "meeting modes", "meeting mode", "meeting format", "how would you like to meet"),
    _f("motivation", N_("Motivation"), "text", "motivation", "motivations",
       "pourquoi souhaitez-vous participer", "why do you want to take part",
       "why do you want to participate"),
    _f("expertise_areas", N_("Areas of expertise"), "choices", "champs d'expertise",
       "quels sont vos champs d'expertise", "domaines d'expertise", "expertise",
       "areas of expertise", "fields of expertise", "what are your areas of expertise"),
    _f("capacity", N_("Mentees they can take"), "int", "capacité", "nombre de mentorés",
       "combien de mentorés", "nombre de mentorés souhaité", "capacity", "number of mentees",
       "how many mentees",
       "mentee capacity", "capacité d'accueil", "nombre de mentorés maximum"),
    _f("development_areas", N_("Areas to develop"), "choices", "domaines à développer",
       "champs de développement", "domaines de développement", "areas to develop",
       "development areas", "areas of development"),
    _f("development_objectives", N_("Development objectives"), "text",
       "mes objectifs de développement", "objectifs de développement",
       "objectifs de développement / attentes envers un mentor",
       "mes objectifs de développement / mes attentes par rapport à un mentor", "objectifs",
       "development objectives", "my development objectives", "objectives", "goals",
       "development goals", "my development goals"),
    _f("mentor_expectations", N_("Expectations of a mentor"), "text",
       "attentes envers le mentor", "attentes envers un mentor",
       "mes attentes par rapport à un mentor", "attentes", "expectations of a mentor",
       "expectations", "what do you expect from a mentor"),
    _f("leads_capabilities", N_("LEADS capabilities"), "leads", "capacités leads", "leads",
       "capacités du cadre leads", "leads capabilities", "leads framework"),
    _f("consent", N_("Consent"), "consent", "consentement", "je consens", "j'accepte",
       "date du consentement", "consent", "i consent", "i agree", "consent date"),
    _f("registered_on", N_("Registration date"), "date", "date de soumission", "horodatage",
       "date d'inscription", "soumis le", "heure de fin", "date", "entry date", "timestamp",
       "submitted", "submitted at", "submission date", "registration date", "registered on",
       "completion time", "date submitted"),
    _f("committee_notes", N_("Committee notes"), "text", "notes du comité", "notes",
       "remarques", "committee notes", "comments from the committee"),
    _f("entry_number", N_("Form entry number"), "text", "numéro d'entrée", "no d'entrée",
       "numéro de soumission", "no de soumission", "entry number", "entry id",
       "submission id", "submission number", "response id"),
    _f("entry_status", N_("Form entry status"), "entry_status", "statut de l'entrée",
       "statut de la soumission", "entry status", "submission status"),
)
# fmt: on

BY_KEY: dict[str, ImportField] = {f.key: f for f in FIELDS}

# "Contains" matches need a telling phrase: "nom" or "date" inside a long question would
# otherwise claim columns such as "Nom de votre gestionnaire" or "Date de naissance".
_SHORTEST_CONTAINED = 5


def normalise_header(text: object) -> str:
    """A header as compared with the wordings: case, accents, punctuation, spaces ignored,
    and internal field names read as words (``CareerStage``, ``Career_Stage``)."""
    return fold(spaced(text))


def importable_fields() -> list[tuple[str, str]]:
    """(key, translated label) of every field, in form order, for the mapping screen."""
    return [(f.key, f.label) for f in FIELDS]


@cache
def _wordings() -> dict[str, tuple[str, ...]]:
    """Each field's folded wordings, including its label as the app writes it in exports."""
    table: dict[str, tuple[str, ...]] = {}
    for f in FIELDS:
        words = {fold(s) for s in f.synonyms} | set(labels_in_both(f.message))
        table[f.key] = tuple(sorted(w for w in words if w))
    return table


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Match headers to fields: their shapes first (name parts, ``Entry_*`` columns,
    ``_Value``/``_Label`` twins), then exact wordings, then headers containing a wording,
    then the field part of ``Section_Field`` headers; a field and a column are each used
    at most once. ``Entry_DateSubmitted`` is the registration date when no other column is."""
    shapes = analyse(headers)
    columns = dict(shapes.columns)
    skipped = set(shapes.known) | set(shapes.twins.values())
    if shapes.submitted is not None:
        skipped.add(shapes.submitted)

    def open_headers(texts: dict[int, str]) -> list[str]:
        return [
            texts.get(i, "") if i not in columns and i not in skipped else ""
            for i in range(len(headers))
        ]

    def remaining() -> dict[str, tuple[str, ...]]:
        return {k: w for k, w in _wordings().items() if k not in columns.values()}

    columns.update(match_wordings(open_headers(dict(enumerate(headers))), remaining()))
    depth = max((len(a) for a in shapes.alternatives.values()), default=0)
    for level in range(depth):
        texts = {i: alts[level] for i, alts in shapes.alternatives.items() if len(alts) > level}
        columns.update(match_wordings(open_headers(texts), remaining()))
    if shapes.submitted is not None and "registered_on" not in columns.values():
        columns[shapes.submitted] = "registered_on"
    twins = {c: t for c, t in shapes.twins.items() if c in columns}
    return ColumnMapping(columns=dict(sorted(columns.items())), twins=twins)


def twins_of(headers: Sequence[str], columns: Mapping[int, str]) -> dict[int, int]:
    """The ``_Value``/``_Label`` twins of the mapped columns (for a mapping chosen by hand)."""
    return {c: t for c, t in analyse(headers).twins.items() if c in columns}


def is_understood(headers: Sequence[str], column: int) -> bool:
    """Whether an unmapped column is one the importer knows it does not need (a name's
    middle part, an entry date, a twin) rather than a header it did not recognise."""
    shapes = analyse(headers)
    return column in shapes.known or column in shapes.twins.values() or column == shapes.submitted


def match_wordings(headers: Sequence[str], wordings: Mapping[str, Sequence[str]]) -> dict[int, str]:
    """Column index -> key for the headers that say one of a key's folded ``wordings``:
    exact wordings first (the leftmost column wins), then headers containing a wording
    (the longest wording wins); a key and a column are each used at most once."""
    normalised = [normalise_header(h) for h in headers]
    chosen: dict[int, str] = {}

    def assign(candidates: list[tuple[int, int, str]]) -> None:
        for _length, column, key in sorted(candidates, key=lambda c: (-c[0], c[1])):
            if column not in chosen and key not in chosen.values():
                chosen[column] = key

    assign(  # exact wordings: the leftmost column wins a field
        [
            (0, column, key)
            for column, header in enumerate(normalised)
            for key, words in wordings.items()
            if header and header in words
        ]
    )
    assign(  # wordings inside a header: the longest wording wins
        [
            (len(word), column, key)
            for column, header in enumerate(normalised)
            if column not in chosen
            for key, words in wordings.items()
            for word in words
            if len(word) >= _SHORTEST_CONTAINED and f" {word} " in f" {header} "
        ]
    )
    return dict(sorted(chosen.items()))
