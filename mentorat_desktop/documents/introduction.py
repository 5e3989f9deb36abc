"""The introduction sheet for a new pair (phases 4-5): who each partner is, what one offers
and the other is looking for, and by when the mentor makes the first contact.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.blocks import (
    bullets,
    callout_in,
    esc,
    facts,
    field,
    field_label,
    heading,
    markup,
    numbered_list,
    say,
    title_block,
)
from mentorat_desktop.documents.data import PairSheet, PersonSheet
from mentorat_desktop.documents.dates import date_and_time
from mentorat_desktop.documents.kinds import DocumentKind, title_of
from mentorat_desktop.documents.languages import (
    DocLanguage,
    for_two,
    joined,
    joined_by,
)
from mentorat_desktop.documents.render import DocumentPart
from mentorat_desktop.documents.styles import styles
from mentorat_desktop.documents.vocabulary import capability, language_name, region
from mentorat_desktop.i18n import N_, translate_in
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_QUESTIONS

TITLE = title_of(DocumentKind.INTRODUCTION)
SUBJECT = N_("Introduction of a new mentoring pair and first-contact deadline")
WELCOME = N_(
    "The mentoring committee is pleased to introduce {mentee} and {mentor}, paired for the "
    "{year} program year. This sheet tells each of you who the other is and how to begin."
)
FIRST_CONTACT = N_("First contact")
DEADLINE = N_("Deadline for {mentor} to contact {mentee}: {deadline}")
DELAY = N_(
    "The program asks the mentor to make the first contact within {hours} hours of the pairing."
)
NO_DEADLINE = N_("The first-contact deadline starts when the committee confirms the pair.")
THE_PAIR = N_("The pair")
JOB_TITLE = N_("Job title")
ORGANISATION = N_("Organisation")
WORKPLACE = N_("Workplace")
REGION = N_("Region")
EMAIL = N_("E-mail")
PHONE = N_("Phone")
LANGUAGE = N_("Preferred language")
OFFERS = N_("What the mentor offers")
EXPERTISE = N_("Areas of expertise")
SHARES = N_("LEADS capabilities to share")
SEEKS = N_("What the mentee is looking for")
OBJECTIVES = N_("Development objectives")
AREAS = N_("Areas to develop")
EXPECTATIONS = N_("Expectations of a mentor")
DEVELOPS = N_("LEADS capabilities to develop")
NOTHING_YET = N_("Nothing was given at registration.")
STEPS = N_("Getting started")
STEPS_INTRO = N_("To start on the right foot:")
FIRST_STEPS: tuple[str, ...] = (
    N_("The mentor calls or writes to the mentee before the deadline above."),
    N_(
        "In that first conversation, get to know each other and agree on how you will work "
        "together: calendar and frequency of meetings, how to cancel one, how to settle a "
        "difficulty, and confidentiality."
    ),
    N_(
        "Either of you may say openly that the pairing does not suit; the committee will then "
        "look for another one."
    ),
    N_(
        "Before the first formal meeting, the mentee thinks about where they want to be in "
        "three years and what would help them get there."
    ),
    N_(
        "At the first formal meeting, set your goals together on the goals worksheet and sign "
        "the confidentiality and engagement form."
    ),
)

QUESTIONS = N_("Questions to prepare for the first contact")
QUESTIONS_INTRO = N_(
    "To get to know each other and set your first expectations, the program's guide suggests "
    "talking about:"
)


def introduction_part(pair: PairSheet, language: DocLanguage | None = None) -> DocumentPart:
    """The sheet for ``pair``; by default in the pair's shared language, else in both."""
    language = language or for_two(pair.mentor.language, pair.mentee.language)
    story: list[Flowable] = title_block(
        language, TITLE, [esc(joined(language, wording.PROGRAM_YEAR, year=pair.year.name))]
    )
    story.append(
        say(
            language,
            WELCOME,
            strong=("mentee", "mentor"),
            mentee=pair.mentee.full_name,
            mentor=pair.mentor.full_name,
            year=pair.year.name,
        )
    )
    story.append(Spacer(1, 6))
    story.append(first_contact(language, pair))
    story.append(heading(language, THE_PAIR))
    story.append(people_grid(language, pair.mentor, pair.mentee))
    story += section(
        language,
        OFFERS,
        listed(language, EXPERTISE, pair.mentor.expertise_areas)
        + capabilities(language, SHARES, pair.mentor.leads_capabilities),
    )
    story += section(
        language,
        SEEKS,
        field(language, OBJECTIVES, pair.mentee.development_objectives)
        + listed(language, AREAS, pair.mentee.development_areas)
        + field(language, EXPECTATIONS, pair.mentee.mentor_expectations)
        + capabilities(language, DEVELOPS, pair.mentee.leads_capabilities),
    )
    story += numbered_list(language, STEPS, STEPS_INTRO, FIRST_STEPS)
    questions = tuple(q.text for q in GUIDE_QUESTIONS)
    story += numbered_list(language, QUESTIONS, QUESTIONS_INTRO, questions)
    return DocumentPart(
        language=language,
        year=pair.year.name,
        title=joined(language, TITLE),
        subject=joined(language, SUBJECT),
        story=tuple(story),
    )


def first_contact(language: DocLanguage, pair: PairSheet) -> Flowable:
    s = styles()
    deadline = pair.first_contact_deadline

    def render(lang: str) -> list[Flowable]:
        lines: list[Flowable] = [
            Paragraph(esc(translate_in(lang, FIRST_CONTACT).upper()), s.cell_head)
        ]
        if deadline is None:
            return [*lines, Paragraph(markup(lang, NO_DEADLINE), s.callout)]
        names = {"mentor": pair.mentor.full_name, "mentee": pair.mentee.full_name}
        when = date_and_time(lang, deadline)
        lines.append(Paragraph(markup(lang, DEADLINE, deadline=when, **names), s.callout))
        hours = pair.year.first_contact_hours
        lines.append(Paragraph(markup(lang, DELAY, hours=hours), s.cell))
        return lines

    return callout_in(language, render)


def people_grid(language: DocLanguage, mentor: PersonSheet, mentee: PersonSheet) -> Flowable:
    """Mentor and mentee side by side; short values only, so the grid never outgrows a page."""
    missing = joined(language, wording.NOT_PROVIDED)

    def row(label: str, value: Callable[[PersonSheet], str]) -> tuple[str, str, str]:
        return (joined(language, label), value(mentor) or missing, value(mentee) or missing)

    rows = [
        row(wording.NAME, lambda p: p.full_name),
        row(JOB_TITLE, lambda p: p.job_title),
        row(ORGANISATION, lambda p: p.organisation),
    ]
    if mentor.workplace.strip() or mentee.workplace.strip():
        rows.append(row(WORKPLACE, lambda p: p.workplace))
    rows += [
        row(REGION, lambda p: joined_by(language, lambda lang: region(lang, p.region))),
        row(EMAIL, lambda p: p.email),
        row(PHONE, lambda p: p.phone),
        row(
            LANGUAGE,
            lambda p: joined_by(language, lambda lang: language_name(lang, p.language)),
        ),
    ]
    header = [joined(language, wording.MENTOR_PERSON), joined(language, wording.MENTEE_PERSON)]
    return facts(rows, header=header)


def listed(language: DocLanguage, label: str, values: tuple[str, ...]) -> list[Flowable]:
    """A short list under its label, kept on one page (a lone bullet overleaf reads badly)."""
    if not values:
        return []
    return [KeepTogether([field_label(language, label), *bullets(values)])]


def capabilities(language: DocLanguage, label: str, codes: tuple[str, ...]) -> list[Flowable]:
    return listed(language, label, tuple(capability(language, c) for c in codes))


def section(language: DocLanguage, title: str, blocks: list[Flowable]) -> list[Flowable]:
    """A heading and its blocks; says so plainly when registration left them empty."""
    return [heading(language, title), *(blocks or [say(language, NOTHING_YET, "note")])]
