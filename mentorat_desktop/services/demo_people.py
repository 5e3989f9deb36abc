"""The fictional people of the demo: names, contact details, regions, organisations, titles.

Names are invented combinations; organisations are the real public institutions of the Quebec
health and social services network (plus invented community groups), so the demo looks like the
committee's real work. E-mail addresses use only domains reserved for examples (RFC 2606) and
phone numbers only the 555-01xx range set aside for fiction, so nobody can be reached by mistake.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from random import Random

from mentorat_desktop.models.enums import CareerStage, Language, Role

# The tables below are laid out by hand; the formatter leaves them be.
# fmt: off
FIRST_NAMES: dict[tuple[Language, bool], tuple[str, ...]] = {
    (Language.FR, True): (
        "Élodie", "Geneviève", "Marie-Ève", "Isabelle", "Nathalie", "Josée", "Chantal",
        "Mélanie", "Véronique", "Catherine", "Stéphanie", "Marie-Claude", "Hélène", "Sophie",
        "Émilie", "Anne-Marie", "Valérie", "Maude", "Noémie", "Andréanne", "Ève", "Josiane",
        "Lucie", "Karine", "Marie-Hélène", "Audrey",
    ),
    (Language.FR, False): (
        "François", "Jean-Philippe", "Mathieu", "Sébastien", "Éric", "Martin", "Stéphane",
        "Luc", "Guillaume", "Pierre-Luc", "Jérôme", "Marc-André", "Olivier", "Benoît",
        "Frédéric", "Alexandre", "Simon", "Jean-François", "Yannick", "Réjean", "Étienne",
        "Gaétan",
    ),
    (Language.EN, True): (
        "Sarah", "Jennifer", "Emily", "Rachel", "Megan", "Heather", "Alison", "Siobhan",
        "Priya", "Fatima", "Claire", "Grace", "Kathleen", "Zoë",
    ),
    (Language.EN, False): (
        "David", "Michael", "James", "Andrew", "Kevin", "Ryan", "Sean", "Rajesh", "Omar",
        "Jonathan", "Brian", "Liam", "Thomas", "Noah",
    ),
}

LAST_NAMES: dict[Language, tuple[str, ...]] = {
    Language.FR: (
        "Bérubé", "Côté", "Tremblay", "Gagnon", "Bouchard", "Gauthier", "Lévesque", "Morin",
        "Pelletier", "Bélanger", "Lavoie", "Fortin", "Gagné", "Ouellet", "Paquette", "Girard",
        "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Lapointe", "Leclerc", "Thibault",
        "St-Pierre", "Nadeau", "Bergeron", "Desjardins", "D'Amours", "Côté-Lavoie",
        "Lévesque-Ouellet", "Saint-Onge", "Théberge", "Désilets", "Létourneau",
        "Champagne-Roy", "L'Heureux", "Béland", "Hébert", "Ménard",
    ),
    Language.EN: (
        "O'Brien", "MacDonald", "Campbell", "Wilson", "Thompson", "Murphy", "Kelly", "Nguyen",
        "Patel", "Chen", "Singh", "Cohen", "Fraser", "McLeod", "O'Connor", "Hughes",
        "Brennan-Walsh", "Davidson", "Haddad", "Rosenberg",
    ),
}

EMAIL_DOMAINS = ("example.org", "example.com", "example.net")

# Share of each region among the participants; the big centres dominate, as in real years.
REGION_WEIGHTS: dict[str, int] = {
    "06": 28, "03": 16, "16": 12, "13": 5, "15": 5, "05": 5, "14": 4, "04": 4, "07": 4,
    "02": 4, "12": 4, "01": 3, "17": 3, "08": 2, "09": 2, "11": 2, "10": 1,
}

AREA_CODES: dict[str, tuple[str, ...]] = {
    "06": ("514", "438"), "13": ("450", "579"), "14": ("450", "579"), "15": ("450", "579"),
    "16": ("450", "579"), "04": ("819", "873"), "05": ("819", "873"), "07": ("819", "873"),
    "08": ("819", "873"), "10": ("819", "873"), "17": ("819", "873"),
}

# fmt: on


@dataclass(frozen=True)
class Organisation:
    region: str
    name: str
    name_en: str
    workplaces: tuple[str, ...]
    community: bool = False


def _org(
    region: str, name: str, workplaces: tuple[str, ...], name_en: str = "", community: bool = False
) -> Organisation:
    return Organisation(region, name, name_en or name, workplaces, community)


# fmt: off
ORGANISATIONS: tuple[Organisation, ...] = (
    _org("06", "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
         ("Hôpital de Verdun", "CLSC des Faubourgs", "CHSLD Jean-De La Lande")),
    _org("06", "CIUSSS du Nord-de-l'Île-de-Montréal",
         ("Hôpital du Sacré-Cœur-de-Montréal", "CLSC d'Ahuntsic", "Hôpital Fleury")),
    _org("06", "CIUSSS de l'Est-de-l'Île-de-Montréal",
         ("Hôpital Maisonneuve-Rosemont", "Institut universitaire en santé mentale de Montréal",
          "CLSC de Rosemont")),
    _org("06", "CIUSSS de l'Ouest-de-l'Île-de-Montréal",
         ("Hôpital général du Lakeshore", "CLSC de Pierrefonds"), "West Island CIUSSS"),
    _org("06", "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal",
         ("Hôpital général juif", "CLSC de Côte-des-Neiges"), "Central West Island CIUSSS"),
    _org("06", "Centre universitaire de santé McGill",
         ("Hôpital Royal Victoria", "Hôpital général de Montréal"),
         "McGill University Health Centre"),
    _org("06", "Centre hospitalier de l'Université de Montréal", ("",)),
    _org("06", "Institut universitaire en santé mentale Douglas",
         ("Direction des soins infirmiers", ""), "Douglas Mental Health University Institute"),
    _org("03", "CIUSSS de la Capitale-Nationale",
         ("Institut universitaire en santé mentale de Québec", "CLSC de la Haute-Ville",
          "CHSLD Saint-Antoine")),
    _org("03", "CHU de Québec–Université Laval",
         ("Hôpital de l'Enfant-Jésus", "Hôpital Saint-François d'Assise", "CHUL")),
    _org("03", "Ministère de la Santé et des Services sociaux",
         ("Direction générale des ressources humaines", "Direction de la performance")),
    _org("03", "Santé Québec", ("Direction de la qualité", "Direction des ressources humaines")),
    _org("16", "CISSS de la Montérégie-Centre",
         ("Hôpital Charles-Le Moyne", "CLSC Samuel-de-Champlain")),
    _org("16", "CISSS de la Montérégie-Est", ("Hôpital Pierre-Boucher", "Hôtel-Dieu de Sorel")),
    _org("16", "CISSS de la Montérégie-Ouest", ("Hôpital du Suroît", "Hôpital Anna-Laberge")),
    _org("13", "CISSS de Laval", ("Hôpital de la Cité-de-la-Santé", "CLSC du Marigot")),
    _org("15", "CISSS des Laurentides",
         ("Hôpital régional de Saint-Jérôme", "CLSC Thérèse-De Blainville")),
    _org("14", "CISSS de Lanaudière", ("Hôpital Pierre-Le Gardeur", "CHSLD de Joliette")),
    _org("05", "CIUSSS de l'Estrie – CHUS", ("Hôpital Fleurimont", "Hôtel-Dieu de Sherbrooke")),
    _org("04", "CIUSSS de la Mauricie-et-du-Centre-du-Québec",
         ("Centre hospitalier affilié universitaire régional", "CLSC de Shawinigan")),
    _org("17", "CIUSSS de la Mauricie-et-du-Centre-du-Québec",
         ("Hôtel-Dieu d'Arthabaska", "Hôpital Sainte-Croix")),
    _org("07", "CISSS de l'Outaouais", ("Hôpital de Gatineau", "Hôpital de Hull")),
    _org("02", "CIUSSS du Saguenay–Lac-Saint-Jean", ("Hôpital de Chicoutimi", "Hôpital d'Alma")),
    _org("12", "CISSS de Chaudière-Appalaches", ("Hôtel-Dieu de Lévis", "CLSC de Beauce")),
    _org("01", "CISSS du Bas-Saint-Laurent", ("Hôpital régional de Rimouski",)),
    _org("08", "CISSS de l'Abitibi-Témiscamingue", ("Hôpital de Rouyn-Noranda",)),
    _org("09", "CISSS de la Côte-Nord", ("Hôpital Le Royer",)),
    _org("11", "CISSS de la Gaspésie", ("Hôpital de Gaspé",)),
    _org("10", "Centre régional de santé et de services sociaux de la Baie-James",
         ("Centre de santé de Chibougamau",)),
    _org("06", "Carrefour d'entraide Les Passerelles", ("",), community=True),
    _org("03", "Coopérative de soins à domicile Les Érables", ("",), community=True),
    _org("05", "Réseau des proches aidants de l'Estrie", ("",), community=True),
)

# (French masculine, French feminine, English) per career stage.
JOB_TITLES: dict[CareerStage, tuple[tuple[str, str, str], ...]] = {
    CareerStage.EXECUTIVE: (
        ("Président-directeur général adjoint", "Présidente-directrice générale adjointe",
         "Associate President and Executive Director"),
        ("Directeur des soins infirmiers", "Directrice des soins infirmiers",
         "Director of Nursing"),
        ("Directeur des ressources humaines", "Directrice des ressources humaines",
         "Director of Human Resources"),
        ("Directeur des services professionnels", "Directrice des services professionnels",
         "Director of Professional Services"),
    ),
    CareerStage.SENIOR: (
        ("Directeur adjoint", "Directrice adjointe", "Associate Director"),
        ("Directeur adjoint du soutien à domicile", "Directrice adjointe du soutien à domicile",
         "Associate Director, Home Care"),
        ("Coordonnateur clinico-administratif", "Coordonnatrice clinico-administrative",
         "Clinical-Administrative Coordinator"),
        ("Directeur de la qualité et de la performance",
         "Directrice de la qualité et de la performance", "Director of Quality and Performance"),
    ),
    CareerStage.MID: (
        ("Chef de service", "Cheffe de service", "Service Manager"),
        ("Chef d'unité de soins", "Cheffe d'unité de soins", "Nurse Manager"),
        ("Coordonnateur des activités cliniques", "Coordonnatrice des activités cliniques",
         "Clinical Activities Coordinator"),
        ("Chef de l'administration de programmes", "Cheffe de l'administration de programmes",
         "Program Manager"),
    ),
    CareerStage.EARLY: (
        ("Conseiller en gestion des ressources humaines",
         "Conseillère en gestion des ressources humaines", "Human Resources Advisor"),
        ("Agent de planification, de programmation et de recherche",
         "Agente de planification, de programmation et de recherche",
         "Planning, Programming and Research Officer"),
        ("Assistant du supérieur immédiat", "Assistante du supérieur immédiat",
         "Assistant Head Nurse"),
        ("Conseiller cadre en soins infirmiers", "Conseillère cadre en soins infirmiers",
         "Nursing Practice Advisor"),
    ),
    CareerStage.STUDENT: (
        ("Étudiant à la maîtrise en administration de la santé",
         "Étudiante à la maîtrise en administration de la santé",
         "Master's Student in Health Administration"),
        ("Stagiaire en gestion", "Stagiaire en gestion", "Management Intern"),
    ),
}

COMMUNITY_TITLES = (("Directeur général", "Directrice générale", "Executive Director"),
                    ("Coordonnateur", "Coordonnatrice", "Coordinator"))

EXPERIENCE: dict[CareerStage, tuple[int, int]] = {
    CareerStage.STUDENT: (0, 2),
    CareerStage.EARLY: (1, 4),
    CareerStage.MID: (6, 15),
    CareerStage.SENIOR: (12, 25),
    CareerStage.EXECUTIVE: (18, 32),
}

STAGES: dict[Role, tuple[tuple[CareerStage, int], ...]] = {
    Role.MENTOR: ((CareerStage.EXECUTIVE, 25), (CareerStage.SENIOR, 55), (CareerStage.MID, 20)),
    Role.MENTEE: ((CareerStage.STUDENT, 15), (CareerStage.EARLY, 45), (CareerStage.MID, 40)),
}

# fmt: on


@dataclass(frozen=True)
class Identity:
    """Who a fictional person is, before any registration."""

    first_name: str
    last_name: str
    feminine: bool
    language: Language
    email: str


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower().replace(" ", "-") if c.isalnum() or c == "-")


def draw_identities(rng: Random, count: int, taken: set[str]) -> list[Identity]:
    """``count`` people with distinct names and e-mails; about 70 % francophone."""
    people: list[Identity] = []
    while len(people) < count:
        language = Language.FR if rng.random() < 0.7 else Language.EN
        feminine = rng.random() < 0.6
        first = rng.choice(FIRST_NAMES[(language, feminine)])
        # Quebec mixes its names: some francophones carry an English surname and back.
        other = Language.EN if language == Language.FR else Language.FR
        last = rng.choice(LAST_NAMES[language if rng.random() < 0.85 else other])
        email = f"{_slug(first)}.{_slug(last)}@{rng.choice(EMAIL_DOMAINS)}"
        if f"{first} {last}" in taken or email in taken:
            continue
        taken.update({f"{first} {last}", email})
        people.append(Identity(first, last, feminine, language, email))
    return people


def draw_region(rng: Random, language: Language) -> str:
    """Anglophones live more often in Montréal; everyone else follows the usual spread."""
    if language == Language.EN and rng.random() < 0.4:
        return "06"
    return rng.choices(list(REGION_WEIGHTS), weights=list(REGION_WEIGHTS.values()))[0]


def phone_for(rng: Random, region: str) -> str:
    area = rng.choice(AREA_CODES.get(region, ("418", "581")))
    return f"{area} 555-01{rng.randrange(100):02d}"


def draw_organisation(rng: Random, region: str) -> Organisation:
    choices = [o for o in ORGANISATIONS if o.region == region]
    # Community groups are rarer than the public network.
    weights = [1 if o.community else 4 for o in choices]
    return rng.choices(choices, weights=weights)[0]


def draw_stage(rng: Random, role: Role) -> CareerStage:
    stages = STAGES[role]
    return rng.choices([s for s, _ in stages], weights=[w for _, w in stages])[0]


def job_title(rng: Random, stage: CareerStage, identity: Identity, community: bool) -> str:
    """A title that fits the stage, in the person's language and grammatical gender."""
    if community and stage in (CareerStage.MID, CareerStage.SENIOR, CareerStage.EXECUTIVE):
        masculine, feminine, english = rng.choice(COMMUNITY_TITLES)
    else:
        masculine, feminine, english = rng.choice(JOB_TITLES[stage])
    if identity.language == Language.EN:
        return english
    return feminine if identity.feminine else masculine


def years_for(rng: Random, stage: CareerStage) -> int:
    low, high = EXPERIENCE[stage]
    return rng.randint(low, high)
