"""What the fictional participants of the demo say: areas, objectives, goals, sessions, ends.

Every text is a (French, English) pair so each person writes in their preferred language.
None of it is a message of the product; it is sample data, so it is not marked for translation.
"""

from __future__ import annotations

from typing import NamedTuple

from mentorat_desktop.models.enums import Language

Bilingual = tuple[str, str]


def say(text: Bilingual, language: Language) -> str:
    """The French or English half of ``text``."""
    return text[0] if language == Language.FR else text[1]


class Area(NamedTuple):
    """An area of expertise or development, with the goal a mentee would set in it."""

    label: Bilingual
    objective: Bilingual
    goal: Bilingual
    actions: Bilingual
    indicator: Bilingual
    leads: tuple[str, ...]


# The tables below are laid out by hand, French then English; the formatter leaves them be.
# fmt: off
AREAS: tuple[Area, ...] = (
    Area(
        ("Gestion du changement", "Change management"),
        ("Mieux accompagner mon équipe dans la fusion de deux services.",
         "Lead my team through the merger of two departments."),
        ("Piloter la fusion de deux services", "Lead the merger of two departments"),
        ("Cartographier les parties prenantes; bâtir un plan de communication; faire le point "
         "chaque mois avec le mentor.",
         "Map the stakeholders; build a communication plan; review progress monthly with the "
         "mentor."),
        ("Plan présenté au comité de direction et adopté.",
         "Plan presented to the management committee and adopted."),
        ("S4", "A3"),
    ),
    Area(
        ("Mobilisation des équipes", "Team engagement"),
        ("Retrouver la mobilisation d'une équipe épuisée après plusieurs années difficiles.",
         "Rebuild the engagement of a team worn out after several hard years."),
        ("Améliorer le climat de travail de l'unité", "Improve the unit's work climate"),
        ("Tenir des caucus hebdomadaires; reconnaître les bons coups; sonder l'équipe au début "
         "et à la fin.",
         "Hold weekly huddles; recognise achievements; survey the team at the start and the "
         "end."),
        ("Hausse du score de climat au sondage de l'équipe.",
         "Higher work-climate score in the team survey."),
        ("E4", "E2"),
    ),
    Area(
        ("Gestion des ressources humaines", "Human resources management"),
        ("Mieux gérer les situations délicates avec le personnel.",
         "Handle difficult staff situations with more confidence."),
        ("Mener des rencontres de rétroaction difficiles", "Hold difficult feedback conversations"),
        ("Préparer chaque rencontre avec le mentor; faire des mises en situation; lire sur la "
         "communication non violente.",
         "Prepare each meeting with the mentor; role-play; read on non-violent communication."),
        ("Trois rencontres menées avec un plan et un suivi écrit.",
         "Three meetings held with a plan and written follow-up."),
        ("E1", "E3"),
    ),
    Area(
        ("Finances et gestion budgétaire", "Finance and budget management"),
        ("Comprendre le cycle budgétaire et défendre mes besoins.",
         "Understand the budget cycle and argue for my needs."),
        ("Maîtriser le suivi budgétaire de ma direction", "Master my budget follow-up"),
        ("Rencontrer la conseillère en finances; analyser les écarts mensuels; préparer une "
         "demande de financement.",
         "Meet the finance advisor; analyse monthly variances; prepare a funding request."),
        ("Budget de l'année suivante déposé dans les délais.",
         "Next year's budget submitted on time."),
        ("A4", "A2"),
    ),
    Area(
        ("Qualité et sécurité des soins", "Quality and patient safety"),
        ("Implanter une culture de déclaration des incidents dans mon unité.",
         "Build an incident-reporting culture in my unit."),
        ("Réduire les chutes sur l'unité", "Reduce falls on the unit"),
        ("Analyser les déclarations des six derniers mois; former l'équipe; suivre un "
         "indicateur mensuel.",
         "Analyse six months of incident reports; train the team; track a monthly indicator."),
        ("Baisse des chutes sur six mois.", "Fewer falls over six months."),
        ("A4", "D2"),
    ),
    Area(
        ("Leadership clinique", "Clinical leadership"),
        ("Passer de la clinique à la gestion sans perdre le lien avec le terrain.",
         "Move from clinician to manager while keeping a clinical connection."),
        ("Asseoir ma crédibilité de gestionnaire", "Establish my credibility as a manager"),
        ("Clarifier mon rôle avec mon supérieur; déléguer deux dossiers; observer le mentor "
         "en comité.",
         "Clarify my role with my supervisor; delegate two files; observe the mentor in a "
         "committee."),
        ("Rétroaction positive de mon supérieur à la mi-année.",
         "Positive feedback from my supervisor at mid-year."),
        ("E1", "L4"),
    ),
    Area(
        ("Gestion de projets", "Project management"),
        ("Structurer la gestion des projets de ma direction.",
         "Bring structure to my department's projects."),
        ("Mener à terme un projet d'amélioration", "Complete an improvement project"),
        ("Rédiger une charte de projet; tenir un tableau de bord; faire un bilan avec l'équipe.",
         "Write a project charter; keep a dashboard; hold a review with the team."),
        ("Projet livré dans les délais, bilan écrit.", "Project delivered on time, reviewed."),
        ("A3", "A1"),
    ),
    Area(
        ("Santé mentale et dépendance", "Mental health and addiction"),
        ("Mieux arrimer nos services de santé mentale avec les organismes communautaires.",
         "Better connect our mental health services with community organisations."),
        ("Créer un corridor de services avec le communautaire",
         "Set up a service pathway with community partners"),
        ("Rencontrer trois organismes; documenter les trajectoires; proposer une entente.",
         "Meet three organisations; map the pathways; propose an agreement."),
        ("Entente de collaboration signée.", "Collaboration agreement signed."),
        ("D1", "D2"),
    ),
    Area(
        ("Soutien à l'autonomie des personnes âgées", "Support for seniors' autonomy"),
        ("Comprendre les enjeux du virage vers le soutien à domicile.",
         "Understand the shift towards home care."),
        ("Améliorer l'accès au soutien à domicile", "Improve access to home care"),
        ("Analyser la liste d'attente; visiter un CLSC qui a réussi; proposer des pistes.",
         "Analyse the waiting list; visit a CLSC that succeeded; propose options."),
        ("Délai d'attente réduit pour les nouveaux usagers.",
         "Shorter waiting time for new clients."),
        ("D2", "S1"),
    ),
    Area(
        ("Partenariats et collaboration intersectorielle", "Partnerships and collaboration"),
        ("Développer mon réseau hors de mon établissement.",
         "Grow my network beyond my own organisation."),
        ("Élargir mon réseau professionnel", "Widen my professional network"),
        ("Assister à deux activités du chapitre; rencontrer cinq gestionnaires présentés par "
         "le mentor.",
         "Attend two chapter events; meet five managers introduced by the mentor."),
        ("Cinq nouveaux contacts utiles, dont un partenariat.",
         "Five useful new contacts, including one partnership."),
        ("D1", "D4"),
    ),
    Area(
        ("Planification stratégique", "Strategic planning"),
        ("Apprendre à relier les décisions quotidiennes aux orientations de l'organisation.",
         "Learn to link daily decisions to the organisation's direction."),
        ("Bâtir le plan d'action annuel de mon service", "Build my department's yearly plan"),
        ("Lire le plan stratégique; tenir un atelier avec l'équipe; faire valider le plan.",
         "Read the strategic plan; run a team workshop; have the plan approved."),
        ("Plan d'action adopté et suivi chaque trimestre.",
         "Action plan adopted and reviewed each quarter."),
        ("A1", "S3"),
    ),
    Area(
        ("Transformation numérique", "Digital transformation"),
        ("Accompagner l'équipe dans l'arrivée du dossier clinique informatisé.",
         "Support the team through the new electronic health record."),
        ("Préparer l'équipe au nouveau dossier clinique", "Prepare the team for the new EHR"),
        ("Nommer des super-utilisateurs; planifier la formation; recueillir les irritants.",
         "Name super-users; plan the training; collect pain points."),
        ("Toute l'équipe formée avant le déploiement.", "Whole team trained before go-live."),
        ("S2", "S1"),
    ),
    Area(
        ("Communication et prise de parole", "Communication and public speaking"),
        ("Gagner en aisance lors de présentations devant la direction.",
         "Become more at ease presenting to senior management."),
        ("Présenter avec aisance devant la direction", "Present confidently to senior management"),
        ("Répéter avec le mentor; filmer une présentation; demander une rétroaction.",
         "Rehearse with the mentor; record a talk; ask for feedback."),
        ("Présentation au comité de direction bien reçue.",
         "Presentation to the management committee well received."),
        ("E3", "L1"),
    ),
    Area(
        ("Gestion de soi et équilibre", "Self-management and balance"),
        ("Trouver un meilleur équilibre entre le travail et la vie personnelle.",
         "Find a better balance between work and personal life."),
        ("Protéger du temps pour l'essentiel", "Protect time for what matters"),
        ("Revoir mon agenda chaque semaine; bloquer des plages sans réunion; apprendre à dire "
         "non.",
         "Review my calendar weekly; block meeting-free time; learn to say no."),
        ("Deux demi-journées par mois sans réunion, tenues.",
         "Two meeting-free half-days a month, kept."),
        ("L2", "L1"),
    ),
    Area(
        ("Équité, diversité et inclusion", "Equity, diversity and inclusion"),
        ("Mieux accueillir et intégrer le personnel recruté à l'international.",
         "Better welcome and integrate staff recruited abroad."),
        ("Améliorer l'intégration des nouveaux arrivants", "Improve onboarding of newcomers"),
        ("Recueillir les besoins; jumeler chaque recrue à un parrain; ajuster l'accueil.",
         "Gather needs; give each recruit a buddy; adjust onboarding."),
        ("Rétention des recrues après six mois.", "Recruits still on staff after six months."),
        ("E2", "L4"),
    ),
    Area(
        ("Relations de travail", "Labour relations"),
        ("Mieux comprendre les conventions collectives et les griefs.",
         "Understand collective agreements and grievances better."),
        ("Prévenir les griefs dans mon service", "Prevent grievances in my department"),
        ("Lire la convention; rencontrer le conseiller en relations de travail; revoir deux "
         "dossiers avec le mentor.",
         "Read the agreement; meet the labour relations advisor; review two cases with the "
         "mentor."),
        ("Aucun grief évitable sur six mois.", "No avoidable grievance over six months."),
        ("D4", "E3"),
    ),
)

MENTOR_MOTIVATIONS: tuple[Bilingual, ...] = (
    ("Redonner ce que mes propres mentors m'ont apporté.",
     "Give back what my own mentors gave me."),
    ("Partager mon expérience avec la relève du réseau.",
     "Share my experience with the network's next generation."),
    ("Rester en contact avec les réalités des nouveaux gestionnaires.",
     "Stay in touch with what new managers face."),
    ("J'aime voir les gens grandir et prendre leur place.",
     "I enjoy seeing people grow and take their place."),
)

MENTEE_MOTIVATIONS: tuple[Bilingual, ...] = (
    ("J'occupe un premier poste de gestion et je veux bien m'y préparer.",
     "I was just appointed to a management role and want to prepare well."),
    ("Avoir un regard extérieur sur mes choix de carrière.",
     "Get an outside view on my career choices."),
    ("Briser l'isolement du gestionnaire de premier niveau.",
     "Break the isolation of a front-line manager."),
    ("Me préparer à un poste de cadre supérieur d'ici trois ans.",
     "Get ready for a senior role within three years."),
)

EXPECTATIONS: tuple[Bilingual, ...] = (
    ("Quelqu'un de disponible, franc et qui connaît bien le réseau.",
     "Someone available and candid who knows the network well."),
    ("Une personne qui me pousse hors de ma zone de confort.",
     "Someone who pushes me beyond my comfort zone."),
    ("Un mentor d'un autre établissement, pour prendre du recul.",
     "A mentor from another organisation, to gain perspective."),
    ("De l'écoute et des exemples concrets tirés de son parcours.",
     "Listening, and concrete examples from their own career."),
    ("Pouvoir discuter de cas réels en toute confidentialité.",
     "Being able to discuss real cases in full confidence."),
)

AGREEMENTS: dict[str, tuple[Bilingual, ...]] = {
    "calendar": (
        ("Le premier mardi du mois, en fin de journée.", "First Tuesday of the month, late day."),
        ("Prochaine date fixée à la fin de chaque rencontre.",
         "Next date set at the end of each meeting."),
    ),
    "frequency": (
        ("Une fois par mois, environ 90 minutes.", "Once a month, about 90 minutes."),
        ("Toutes les trois à quatre semaines, une heure.", "Every three to four weeks, one hour."),
    ),
    "modes": (
        ("En vidéo, et en personne une fois par trimestre.",
         "By video, and in person once a quarter."),
        ("En personne près du travail, sinon au téléphone.",
         "In person near work, otherwise by phone."),
    ),
    "cancellations": (
        ("Prévenir 48 heures à l'avance et proposer une autre date.",
         "Give 48 hours' notice and suggest another date."),
        ("Un courriel dès que possible; on reporte dans la semaine.",
         "An e-mail as soon as possible; we reschedule within the week."),
    ),
    "problems": (
        ("On s'en parle franchement; au besoin, on joint le comité.",
         "We talk about it openly; if needed, we contact the committee."),
        ("On fait le point sur la relation tous les trois mois.",
         "We review how the relationship works every three months."),
    ),
    "confidentiality": (
        ("Ce qui se dit entre nous reste entre nous.", "What we say stays between us."),
        ("Aucun nom de collègue ou d'usager n'est divulgué hors de nos rencontres.",
         "No colleague's or client's name leaves our meetings."),
    ),
}

FIRST_MEETING_TOPIC: Bilingual = (
    "Rencontre formelle : objectifs et engagement", "Formal meeting: goals and engagement"
)

SESSION_TOPICS: tuple[tuple[Bilingual, tuple[str, ...]], ...] = (
    (("Prise de poste et premiers 100 jours", "Starting a new role: the first 100 days"),
     ("L3", "A1")),
    (("Gestion d'un conflit dans l'équipe", "Handling a conflict in the team"), ("E3", "E4")),
    (("Préparer une présentation au comité de direction", "Preparing a talk to senior management"),
     ("E3", "L1")),
    (("Priorités et gestion du temps", "Priorities and time management"), ("L2",)),
    (("Lecture du réseau et jeux d'influence", "Reading the network and influence"),
     ("D4", "D1")),
    (("Bilan de mi-parcours des objectifs", "Mid-way review of the goals"), ("A4", "L1")),
    (("Plan de carrière à trois ans", "Three-year career plan"), ("L3", "S3")),
)

SESSION_NOTES: tuple[Bilingual, ...] = (
    ("Bonne rencontre, questions préparées à l'avance.", "Good meeting, questions prepared."),
    ("Suivi des actions convenues; deux sont terminées.", "Agreed actions reviewed; two done."),
    ("Rencontre plus courte, prochaine fixée.", "Shorter meeting, next one scheduled."),
    ("Échange sur un cas réel, pistes d'action notées.", "Discussed a real case, options noted."),
    ("", ""),
)

WITHDRAWAL_REASONS: tuple[Bilingual, ...] = (
    ("Nouveau poste de direction : pas disponible cette année.",
     "New senior position: not available this year."),
    ("Départ pour un poste hors du réseau.", "Left for a job outside the network."),
    ("Surcharge liée à une réorganisation; reviendra l'an prochain.",
     "Overloaded by a reorganisation; will come back next year."),
)

END_DETAILS: dict[str, Bilingual] = {
    "goals_reached_early": (
        "Les deux objectifs sont atteints; la paire a choisi de conclure.",
        "Both goals reached; the pair chose to close.",
    ),
    "expectations_not_met": (
        "Les attentes sur le rythme des rencontres ne concordaient pas.",
        "They could not agree on how often to meet.",
    ),
    "unsuitable_at_first_contact": (
        "Au premier contact, les deux ont convenu que le jumelage ne convenait pas.",
        "At first contact both agreed the pairing did not suit.",
    ),
    "availability": (
        "Absorbée par une réorganisation, la personne mentorée ne peut plus se libérer.",
        "Caught up in a reorganisation, the mentee can no longer find the time.",
    ),
}

REFLECTIONS: tuple[Bilingual, ...] = (
    ("Relation riche; gain d'assurance bien visible.", "Rich relationship; clear growth."),
    ("Les rencontres ont aidé à préparer une promotion.", "The meetings helped prepare a move."),
    ("Ils comptent rester en contact de façon informelle.", "They will keep in touch informally."),
)
# fmt: on
