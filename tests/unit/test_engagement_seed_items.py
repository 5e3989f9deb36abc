"""Every commitment of the program's two source documents is on the engagement form.

The table lists each item of the roles-and-responsibilities sheet (``roles``) and of the
mentoring agreement (``agreement``), for each side, with the words that say it on the printed
form in French and in English. The form is rendered to PDF and read back as a reader's viewer
would; a commitment dropped from the form, or left untranslated, fails here.
"""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from mentorat_desktop.documents.data import PairSheet, PersonSheet, ProgramYear
from mentorat_desktop.documents.engagement import engagement_part
from mentorat_desktop.documents.render import write_pdf
from mentorat_desktop.models.enums import PairingStatus

# seed item -> (French wording on the form, English wording on the form)
SEED_ITEMS: dict[str, tuple[str, str]] = {
    # Roles and responsibilities, mentee side
    "roles.mentee.confidentiality": (
        "Garder confidentiel tout ce dont nous discutons",
        "Keep everything we discuss confidential",
    ),
    "roles.mentee.owns_sessions": (
        "Prendre en main nos rencontres et les orienter vers mes propres intérêts et défis",
        "Take ownership of our meetings and steer them towards my own interests",
    ),
    "roles.mentee.prepares": (
        "Préparer chaque rencontre pour qu'elle soit utile à mon mentor",
        "Come to every meeting prepared, so that it is worthwhile for my mentor",
    ),
    "roles.mentee.feedback": (
        "Écouter attentivement et accueillir la rétroaction",
        "Listen carefully and welcome feedback",
    ),
    "roles.mentee.open_patient": (
        "Garder l'esprit ouvert et faire preuve de patience",
        "Stay open-minded and patient",
    ),
    "roles.mentee.schedule": (
        "Respecter l'horaire de mon mentor",
        "Respect my mentor's schedule",
    ),
    "roles.mentee.time_place_tool": (
        "un moment, un lieu et un moyen de communication qui lui conviennent",
        "a time, a place and a means of communication that suit my mentor",
    ),
    "roles.mentee.dares_ask": ("Oser poser mes questions", "Dare to ask my questions"),
    "roles.mentee.focused": (
        "Garder nos conversations centrées sur les objectifs",
        "Keep our conversations focused on the goals",
    ),
    "roles.mentee.thanks": (
        "Montrer à mon mentor que j'apprécie le temps",
        "Show my mentor that I value the time",
    ),
    "roles.mentee.self": ("Rester moi-même, en toute honnêteté, dans nos échanges.", "Be myself"),
    "roles.mentee.reflects": (
        "réfléchir à ce que j'apprends et à l'évolution de notre relation",
        "reflect on what I learn and on how our relationship is going",
    ),
    # Mentoring agreement, mentee side
    "agreement.mentee.registers": (
        "Mon inscription au programme faite",
        "Having registered with the program",
    ),
    "agreement.mentee.commits_fully": (
        "m'engager pleinement dans la démarche de mentorat",
        "commit myself fully to the mentoring process",
    ),
    "agreement.mentee.states_needs": (
        "Décrire mes besoins aussi clairement que possible et préciser ceux qui pressent",
        "Describe my needs as clearly as I can and say which ones are urgent",
    ),
    "agreement.mentee.not_only_quick_answers": (
        "sans m'adresser à mon mentor seulement pour obtenir des réponses rapides",
        "without turning to my mentor only for quick answers",
    ),
    "agreement.mentee.trusts": (
        "Faire confiance à mon mentor, sans craindre de montrer ce que je ne sais pas encore",
        "Trust my mentor, without fear of showing what I do not know yet",
    ),
    "agreement.mentee.learning_strategies": (
        "Discuter avec mon mentor de diverses façons d'apprendre",
        "Talk over different ways of learning with my mentor",
    ),
    "agreement.mentee.accepts_rules": (
        "accepter les règles de fonctionnement qu'il ou elle propose",
        "accept the ground rules my mentor suggests",
    ),
    "agreement.mentee.contact_24_48h": (
        "une réponse dans un délai de 24 à 48 heures est raisonnable",
        "a reply within 24 to 48 hours is reasonable",
    ),
    "agreement.mentee.frequency": (
        "Respecter la fréquence des rencontres dont nous avons convenu",
        "Keep to the meeting frequency we agreed on",
    ),
    # Roles and responsibilities, mentor side
    "roles.mentor.confidentiality": (
        "Garder confidentiel tout ce que mon mentoré me confie",
        "Keep everything my mentee shares with me confidential",
    ),
    "roles.mentor.willing_available": (
        "Participer de bon gré et me rendre disponible",
        "Take part willingly and make myself available",
    ),
    "roles.mentor.open_patient": (
        "Faire preuve d'ouverture et de patience",
        "Remain open and patient",
    ),
    "roles.mentor.receives_feedback": (
        "Accepter à mon tour d'écouter la rétroaction et d'en tenir compte",
        "Be ready, in turn, to listen to feedback and take it on board",
    ),
    "roles.mentor.guide_model": (
        "Offrir des conseils sur les questions professionnelles et prêcher par l'exemple",
        "Offer guidance on professional questions and lead by example",
    ),
    "roles.mentor.exclusive_time": (
        "Accorder toute mon attention à mon mentoré",
        "Give my mentee my undivided attention",
    ),
    "roles.mentor.network": (
        "Aider mon mentoré à élargir son réseau professionnel",
        "Help my mentee widen their professional network",
    ),
    "roles.mentor.prepares": (
        "Me préparer à chacune de nos rencontres",
        "Prepare for each of our meetings",
    ),
    "roles.mentor.challenges": (
        "Encourager mon mentoré à sortir de sa zone de confort",
        "Encourage my mentee to go beyond their comfort zone",
    ),
    "roles.mentor.boundaries": (
        "Établir des limites claires pour notre relation",
        "Set clear boundaries for our relationship",
    ),
    "roles.mentor.self": (
        "Rester moi-même, en toute honnêteté, dans mes échanges avec mon mentoré",
        "Be myself, honestly, in our exchanges with my mentee",
    ),
    "roles.mentor.reflects": (
        "Réfléchir régulièrement à notre relation",
        "Reflect regularly on our relationship",
    ),
    "roles.mentor.career_not_job_search": (
        "sans chercher d'emploi pour mon mentoré",
        "without looking for a job on my mentee's behalf",
    ),
    # Mentoring agreement, mentor side
    "agreement.mentor.listens_to_needs": (
        "Être à l'écoute des besoins que mon mentoré exprime",
        "Listen closely to the needs my mentee expresses",
    ),
    "agreement.mentor.agrees_objectives": (
        "Convenir avec mon mentoré des objectifs",
        "Agree with my mentee on the objectives",
    ),
    "agreement.mentor.urgent_24_48h": (
        "Répondre aux besoins urgents de mon mentoré",
        "Answer my mentee's urgent needs",
    ),
    "agreement.mentor.several_strategies": (
        "Proposer des façons variées d'apprendre",
        "Suggest a variety of ways to learn",
    ),
    "agreement.mentor.builds_trust": (
        "Bâtir une relation de confiance mutuelle",
        "Build a relationship of mutual trust",
    ),
    "agreement.mentor.defines_contribution": (
        "Préciser ce que j'apporterai à la démarche et ce qu'y apportera tout autre mentor",
        "Make clear what I will bring to the process, and what any other mentor will bring",
    ),
    "agreement.mentor.accompanies_throughout": (
        "Accompagner mon mentoré du début à la fin de la démarche",
        "Stay beside my mentee from the beginning of the process to its end",
    ),
}


def _person(pid: int, first: str, last: str, language: str) -> PersonSheet:
    return PersonSheet(
        pid, first, last, f"{pid}@example.org", "", language, "", "", "", "03",
        (), (), "", "", (),
    )  # fmt: skip


PAIR = PairSheet(
    pairing_id=1,
    year=ProgramYear("2026-2027", date(2026, 9, 1), date(2027, 6, 30), 72),
    mentor=_person(1, "Marc", "O'Brien", "en"),
    mentee=_person(2, "Élodie", "Bérubé", "fr"),
    status=PairingStatus.ACTIVE,
    assigned_at=datetime(2026, 10, 5, 9, 30),
    first_meeting_on=None,
    goals=(),
)


def printed_text(language: str) -> str:
    """The form's text with every kind of space removed, so line breaks do not matter."""
    buffer = BytesIO()
    write_pdf(buffer, [engagement_part(PAIR, language)])
    buffer.seek(0)
    pages = PdfReader(buffer).pages
    return "".join("".join(page.extract_text().split()) for page in pages)


@pytest.fixture(scope="module")
def printed() -> dict[str, str]:
    return {language: printed_text(language) for language in ("fr", "en", "both")}


@pytest.mark.parametrize("item", sorted(SEED_ITEMS))
def test_each_seed_commitment_is_printed_in_both_languages(printed, item) -> None:
    french, english = SEED_ITEMS[item]
    assert "".join(french.split()) in printed["fr"], (item, french)
    assert "".join(english.split()) in printed["en"], (item, english)
    assert "".join(french.split()) in printed["both"], (item, french)
    assert "".join(english.split()) in printed["both"], (item, english)


def test_the_table_covers_every_item_of_both_seed_documents() -> None:
    counts = {
        prefix: sum(1 for key in SEED_ITEMS if key.startswith(prefix))
        for prefix in ("roles.mentee", "roles.mentor", "agreement.mentee", "agreement.mentor")
    }
    # roles: 11 mentee items (one with two parts) and 12 mentor items plus the career note;
    # agreement: 7 items per side, some with two parts.
    assert counts == {
        "roles.mentee": 12,
        "roles.mentor": 13,
        "agreement.mentee": 9,
        "agreement.mentor": 7,
    }
