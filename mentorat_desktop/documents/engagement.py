"""The confidentiality and engagement form a pair signs at its first formal meeting (phase 7).

The signed form stays with the pair; the application prints it and records only that and
when it was signed, never its contents.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.blocks import (
    esc,
    facts,
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
from mentorat_desktop.documents.languages import DocLanguage, for_two, joined
from mentorat_desktop.documents.render import DocumentPart
from mentorat_desktop.i18n import N_

TITLE = N_("Confidentiality and engagement form")
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
CONFIDENTIALITY = N_("Confidentiality")
SIGNATURES = N_("Signatures")
SIGNING = N_(
    "By signing, we confirm that we have read this form together and that we will honour it "
    "for the whole of our relationship."
)


def engagement_part(pair: PairSheet, language: DocLanguage | None = None) -> DocumentPart:
    """The form for ``pair``; by default in the pair's shared language, else in both."""
    language = language or for_two(pair.mentor.language, pair.mentee.language)
    story: list[Flowable] = title_block(
        language, TITLE, [esc(joined(language, wording.PROGRAM_YEAR, year=pair.year.name))]
    )
    story.append(
        facts(
            [
                (joined(language, wording.MENTEE), pair.mentee.full_name),
                (joined(language, wording.MENTOR), pair.mentor.full_name),
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
    story.append(heading(language, CONFIDENTIALITY))
    story += [say(language, clause) for clause in CONFIDENTIALITY_CLAUSE]
    people = [(wording.MENTEE, pair.mentee.full_name), (wording.MENTOR, pair.mentor.full_name)]
    story.append(signature_section(language, SIGNATURES, SIGNING, people))
    return DocumentPart(
        language=language,
        year=pair.year.name,
        title=joined(language, TITLE),
        subject=joined(language, SUBJECT),
        story=tuple(story),
    )
