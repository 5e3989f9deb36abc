"""A bilingual matching fixture with a hand key: who should mentor whom, and why.

Twenty mentors (13 French, 7 English) each offer two areas of expertise; forty mentees each
want exactly the two areas of one mentor, written in their own language (sometimes in other
words than the mentor's). That mentor is the right one, decided by hand from the areas; for
14 mentees (about a third) the right mentor prefers the other language. Every other criterion
is the same for all pairs (regions and organisations all differ, same experience gap, same
meeting modes, no LEADS), so the mentors of the mentee's own language who share no area are
distractors sharing only the language. Capacity 3 leaves 20 free places, so nothing but the
score decides.
"""

from __future__ import annotations

from mentorat_desktop.models.enums import CareerStage, Language, Role
from mentorat_desktop.services.matching.profiles import MatchProfile

# (French wording, English wording, another French wording, another English wording)
AREAS: tuple[tuple[str, str, str, str], ...] = (
    ("Gestion du changement", "Change management", "Conduite du changement", "Leading change"),
    ("Qualité et sécurité des soins", "Quality and patient safety",
     "Sécurité des patients", "Patient safety"),
    ("Finances et budget", "Finance and budgeting", "Gestion budgétaire", "Budget management"),
    ("Leadership clinique", "Clinical leadership", "Leadership clinique", "Clinical leadership"),
    ("Santé publique", "Public health", "Santé publique", "Population health"),
    ("Gestion des ressources humaines", "Human resources management",
     "Ressources humaines", "Human resources"),
    ("Transformation numérique", "Digital transformation",
     "Virage numérique", "Digital health"),
    ("Gestion de projets", "Project management", "Gestion de projet", "Project management"),
    ("Relations avec les médecins", "Physician relations",
     "Relations médicales", "Physician engagement"),
    ("Négociation", "Negotiation", "Négociation", "Negotiation"),
    ("Planification stratégique", "Strategic planning",
     "Planification stratégique", "Strategy"),
    ("Partenariat patient", "Patient partnership", "Partenariat patient",
     "Patient engagement"),
    ("Santé mentale", "Mental health", "Santé mentale et dépendances",
     "Mental health and addictions"),
    ("Soins à domicile", "Home care", "Soutien à domicile", "Home care"),
    ("Gouvernance", "Governance", "Gouvernance", "Board governance"),
    ("Relève et succession", "Succession planning", "Planification de la relève",
     "Succession planning"),
    ("Équité, diversité et inclusion", "Equity, diversity and inclusion",
     "Équité, diversité et inclusion", "Diversity and inclusion"),
    ("Performance et indicateurs", "Performance measurement",
     "Mesure de la performance", "Performance indicators"),
    ("Gestion de crise", "Crisis management", "Gestion de crise", "Emergency management"),
    ("Leadership d'équipe", "Team leadership", "Mobilisation des équipes", "Leading teams"),
)
MENTORS = 20
FRENCH_MENTORS = 13
CAPACITY = 3
# Mentees whose right mentor prefers the other language: 10 French mentees of English mentors,
# 4 English mentees of French mentors.
ENGLISH_MENTEES_OF_ENGLISH_MENTORS = {13, 14, 15, 16}
ENGLISH_MENTEES_OF_FRENCH_MENTORS = {0, 3, 27, 30}


def mentor_areas(mentor: int) -> tuple[int, int]:
    return (mentor, (mentor + 7) % len(AREAS))


def wording(area: int, language: Language, other: bool = False) -> str:
    fr, en, fr2, en2 = AREAS[area]
    if language == Language.FR:
        return fr2 if other else fr
    return en2 if other else en


def _profile(number: int, role: Role, language: Language, areas: tuple[str, ...],
             objectives: str, region: str) -> MatchProfile:
    is_mentor = role == Role.MENTOR
    return MatchProfile(
        participation_id=number,
        person_id=number,
        role=role,
        first_name=("Mentor" if is_mentor else "Mentoré") + str(number),
        last_name=f"Nom{number}",
        email=f"personne{number}@example.org",
        organisation=f"Organisation {number}",
        workplace="",
        region=region,
        language=language,
        career_stage=CareerStage.SENIOR if is_mentor else CareerStage.EARLY,
        years_of_experience=25 if is_mentor else 5,
        meeting_modes=("video",),
        areas=areas,
        objectives=objectives,
        leads=(),
        capacity=CAPACITY if is_mentor else 0,
    )


def mentor_language(mentor: int) -> Language:
    return Language.FR if mentor < FRENCH_MENTORS else Language.EN


def mentee_language(mentee: int) -> Language:
    mentor = right_mentor(mentee)
    if mentor < FRENCH_MENTORS:
        return Language.EN if mentee in ENGLISH_MENTEES_OF_FRENCH_MENTORS else Language.FR
    return Language.EN if mentee in ENGLISH_MENTEES_OF_ENGLISH_MENTORS else Language.FR


def right_mentor(mentee: int) -> int:
    """The hand key: mentee ``k`` wants exactly the two areas of mentor ``k % 20``."""
    return mentee % MENTORS


def objectives(language: Language, areas: tuple[str, str]) -> str:
    a, b = (x.lower() for x in areas)
    if language == Language.FR:
        return f"Je souhaite progresser en {a} et mieux comprendre {b} dans mon nouveau poste."
    return f"I want to grow in {a} and understand {b} better in my new role."


def mentors() -> list[MatchProfile]:
    return [
        _profile(
            100 + m, Role.MENTOR, mentor_language(m),
            tuple(wording(a, mentor_language(m)) for a in mentor_areas(m)), "", "03",
        )
        for m in range(MENTORS)
    ]


def mentees() -> list[MatchProfile]:
    found = []
    for k in range(2 * MENTORS):
        language = mentee_language(k)
        # The second mentee of each mentor writes the areas in other words.
        areas = tuple(wording(a, language, other=k >= MENTORS)
                      for a in mentor_areas(right_mentor(k)))
        found.append(_profile(200 + k, Role.MENTEE, language, areas,
                              objectives(language, areas), "06"))
    return found


def hand_key() -> dict[int, int]:
    """Mentee participation id -> the participation id of the right mentor."""
    return {200 + k: 100 + right_mentor(k) for k in range(2 * MENTORS)}


def cross_language(mentee_id: int) -> bool:
    k = mentee_id - 200
    return mentee_language(k) != mentor_language(right_mentor(k))
