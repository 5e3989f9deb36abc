"""What the demo's fictional participants write in their questionnaires, by question code.

Sample data in (French, English) pairs, like ``demo_texts``: not messages of the product, so
not marked for translation. Codes are those of the shipped questionnaires.
"""

from __future__ import annotations

from mentorat_desktop.services.demo_texts import Bilingual

# fmt: off
FREE_TEXT: dict[str, tuple[Bilingual, ...]] = {
    "motivations": (
        ("Redonner ce que d'autres m'ont apporté en début de carrière.",
         "Give back what others gave me early in my career."),
        ("Prendre du recul sur ma pratique en échangeant avec quelqu'un d'un autre milieu.",
         "Step back from my practice by talking with someone from another setting."),
        ("Sortir de l'isolement du poste de gestion et élargir mon réseau.",
         "Break the isolation of a management job and widen my network."),
    ),
    "strengths": (
        ("Vingt ans en gestion des opérations cliniques, dont plusieurs réorganisations.",
         "Twenty years in clinical operations, through several reorganisations."),
        ("Une bonne écoute et l'habitude de mobiliser des équipes syndiquées.",
         "A good ear and experience engaging unionised teams."),
        ("La curiosité et une expérience terrain récente.",
         "Curiosity and recent front-line experience."),
    ),
    "development_goals": (
        ("Mieux gérer les conversations difficiles avec mon équipe.",
         "Handle difficult conversations with my team better."),
        ("Comprendre la gouvernance d'un établissement et ses leviers de décision.",
         "Understand how an organisation is governed and where decisions are made."),
        ("Transmettre ce que j'ai appris sur la gestion du changement.",
         "Pass on what I learned about managing change."),
    ),
    "aspirations": (
        ("Occuper un poste de direction adjointe d'ici quelques années.",
         "Take on an assistant director role within a few years."),
        ("Devenir une gestionnaire qui fait grandir les gens autour d'elle.",
         "Become a manager who helps the people around them grow."),
        ("Contribuer à un projet régional d'amélioration de l'accès aux soins.",
         "Contribute to a regional project to improve access to care."),
    ),
    "career_outlook": (
        ("Dans trois ans, je me vois à la tête d'une direction clinique.",
         "In three years I see myself heading a clinical department."),
        ("Je souhaite rester près du terrain tout en prenant plus de responsabilités.",
         "I want to stay close to the front line while taking on more responsibility."),
        ("Je vise un poste de coordination à l'échelle de l'établissement.",
         "I am aiming for a coordination role across the organisation."),
    ),
    "path_support": (
        ("Un regard extérieur sur mes choix et un réseau au-delà de mon établissement.",
         "An outside view of my choices and a network beyond my organisation."),
        ("Des occasions de prendre la parole devant un comité de direction.",
         "Chances to speak in front of a leadership committee."),
    ),
    "working_style": (
        ("Des rencontres d'une heure par visioconférence, préparées la veille.",
         "One-hour video meetings, prepared the day before."),
        ("En personne quand c'est possible, avec un suivi court par courriel.",
         "In person when possible, with a short follow-up by e-mail."),
    ),
    "expectations": (
        ("De la franchise, même quand la rétroaction est difficile.",
         "Frankness, even when the feedback is hard to hear."),
        ("Un partenaire qui prépare les rencontres et arrive avec ses questions.",
         "A partner who prepares the meetings and comes with questions."),
        ("Du respect des horaires de chacun et de la confidentialité.",
         "Respect for each other's schedules and for confidentiality."),
    ),
    "learned": (
        ("À préparer une conversation difficile plutôt que de la subir.",
         "To prepare a difficult conversation rather than endure it."),
        ("Que mes questions de début de carrière sont partagées par beaucoup d'autres.",
         "That my early-career questions are shared by many others."),
        ("Une autre façon de lire les enjeux politiques d'un établissement.",
         "Another way to read the politics of an organisation."),
        ("Le plaisir de transmettre, et ce que la relève m'apprend en retour.",
         "The pleasure of passing things on, and what the next generation teaches me back."),
    ),
    "comments": (
        ("Une rencontre de démarrage avec tous les duos aiderait à briser la glace.",
         "A kick-off meeting with all the pairs would help break the ice."),
        ("La fiche d'objectifs nous a gardés sur la bonne voie.",
         "The goals worksheet kept us on track."),
        ("Il faudrait un rappel du comité à mi-parcours.",
         "A reminder from the committee halfway through would help."),
        ("Merci au comité pour un jumelage aussi juste.",
         "Thanks to the committee for such a good match."),
    ),
}
# fmt: on

# The question the committee added to the mentees' evaluation this year (version 2).
WORKSHEET_QUESTION: tuple[str, Bilingual] = (
    "goals_worksheet_useful",
    (
        "La fiche d'objectifs vous a-t-elle aidé à suivre vos progrès? "
        "(1 = pas du tout, 5 = tout à fait)",
        "Did the goals worksheet help you follow your progress? (1 = not at all, 5 = completely)",
    ),
)
WORKSHEET_NOTE = "Ajout d'une question sur la fiche d'objectifs."
