"""The confidentiality and engagement form a pair signs at its first formal meeting (phase 7).

The signed form stays with the pair; the application prints it and records only that and
when it was signed, never its contents.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.blocks import (
    WritingBox,
    esc,
    facts,
    field,
    field_label,
    heading,
    numbered_list,
    say,
    signature_section,
    title_block,
)
from mentorat_desktop.documents.commitments import (
    CONFIDENTIALITY_CLAUSE,
    MENTEE_COMMITMENTS,
    MENTOR_COMMITMENTS,
)
from mentorat_desktop.documents.data import PairSheet
from mentorat_desktop.documents.dates import period
from mentorat_desktop.documents.kept_together import KeptTogether
from mentorat_desktop.documents.kinds import DocumentKind, title_of
from mentorat_desktop.documents.languages import DocLanguage, for_two, joined
from mentorat_desktop.documents.render import DocumentPart
from mentorat_desktop.i18n import N_
from mentorat_desktop.services.followup.first_contact import AGREEMENT_TOPICS

TITLE = title_of(DocumentKind.ENGAGEMENT)
SUBJECT = N_("Commitments and confidentiality clause signed by a mentor and a mentee")
PERIOD = N_("Relationship period")
INTRODUCTION = N_(
    "This form confirms the mentoring relationship between {mentee} and {mentor} for the "
    "{year} program year. The two partners sign it at their first formal meeting, once they "
    "have gone over each other's roles and responsibilities together."
)
MENTEE_TITLE = N_("The mentee's commitments")
MENTEE_INTRO = N_("As the mentee, I undertake to:")
MENTOR_TITLE = N_("The mentor's commitments")
MENTOR_INTRO = N_("As the mentor, I undertake to:")
AGREED = N_("How we agreed to work together")
AGREED_RECORDED = N_(
    "What we agreed at our first contact; a topic left open has lines to complete together."
)
AGREED_BLANK = N_(
    "Write down what we agreed at our first contact: when and how often we meet, how we "
    "meet, how we cancel, how we solve problems and how we keep our exchanges confidential."
)
CONFIDENTIALITY = N_("Confidentiality")
SIGNATURES = N_("Signatures")
SIGNING = N_(
    "By signing, we confirm that we have read this form together and that we will honour it "
    "for the whole of our relationship."
)


def agreements_section(language: DocLanguage, pair: PairSheet, blank: bool) -> list[Flowable]:
    """The working agreements of first contact, or lines to write them on."""
    recorded = {} if blank else dict(pair.agreements)
    topics: list[list[Flowable]] = []
    for topic, title in AGREEMENT_TOPICS.items():
        text = recorded.get(topic, "")
        if text.strip():
            topics.append(field(language, title, text))
        else:
            topics.append([field_label(language, title), WritingBox(2)])
    opening: list[Flowable] = [
        heading(language, AGREED),
        say(language, AGREED_RECORDED if recorded else AGREED_BLANK),
        Spacer(1, 4),
        *topics[0],
    ]
    # The heading never ends a page alone, and no topic parts from its lines.
    return [KeptTogether(opening), *(KeptTogether(topic) for topic in topics[1:])]


def engagement_part(
    pair: PairSheet, language: DocLanguage | None = None, blank: bool = False
) -> DocumentPart:
    """The form for ``pair``; by default in the pair's shared language, else in both.

    ``blank`` leaves the working agreements to write by hand, even when some are recorded.
    """
    language = language or for_two(pair.mentor.language, pair.mentee.language)
    story: list[Flowable] = title_block(
        language, TITLE, [esc(joined(language, wording.PROGRAM_YEAR, year=pair.year.name))]
    )
    story.append(
        facts(
            [
                (joined(language, wording.MENTEE_PERSON), pair.mentee.full_name),
                (joined(language, wording.MENTOR_PERSON), pair.mentor.full_name),
                (
                    joined(language, PERIOD),
                    period(language, pair.year.start_date, pair.year.end_date),
                ),
            ]
        )
    )
    story.append(Spacer(1, 10))
    story.append(
        say(
            language,
            INTRODUCTION,
            strong=("mentee", "mentor"),
            mentee=pair.mentee.full_name,
            mentor=pair.mentor.full_name,
            year=pair.year.name,
        )
    )
    story += numbered_list(language, MENTEE_TITLE, MENTEE_INTRO, MENTEE_COMMITMENTS)
    story += numbered_list(language, MENTOR_TITLE, MENTOR_INTRO, MENTOR_COMMITMENTS)
    story += agreements_section(language, pair, blank)
    story.append(heading(language, CONFIDENTIALITY))
    clauses = [say(language, clause) for clause in CONFIDENTIALITY_CLAUSE]
    story += clauses[:-1]
    people = [
        (wording.MENTEE_PERSON, pair.mentee.full_name),
        (wording.MENTOR_PERSON, pair.mentor.full_name),
    ]
    # The last clause goes with the signatures: they never sit alone on the last page.
    story.append(signature_section(language, SIGNATURES, SIGNING, people, clauses[-1:]))
    return DocumentPart(
        language=language,
        year=pair.year.name,
        title=joined(language, TITLE),
        subject=joined(language, SUBJECT),
        story=tuple(story),
        initials=(pair.mentee.full_name, pair.mentor.full_name),
    )
