"""The certification-maintenance credit statement of one participant for one program year.

Certified members of the College earn one Category I credit per hour of mentoring; others
get the same statement of hours, which says plainly that it earns them no credits.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.blocks import (
    SignatureLine,
    callout_in,
    esc,
    facts,
    heading,
    markup,
    say,
    title_block,
)
from mentorat_desktop.documents.dates import duration, period, table_date
from mentorat_desktop.documents.kinds import DocumentKind, title_of
from mentorat_desktop.documents.languages import (
    DocLanguage,
    for_person,
    joined,
    joined_by,
    languages_of,
)
from mentorat_desktop.documents.render import DocumentPart
from mentorat_desktop.documents.styles import FAINT, FILL, RULE, styles, table_style
from mentorat_desktop.documents.vocabulary import meeting_mode
from mentorat_desktop.i18n import N_, format_date, format_number
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.followup.credits import CreditStatement

TITLE = title_of(DocumentKind.CREDITS)
SUBJECT = N_("Mentoring sessions, hours and certification-maintenance credits of a participant")
PARTICIPANT = N_("Participant")
EMAIL = N_("E-mail")
ROLE = N_("Role")
PERIOD = N_("Program year")
SUMMARY = N_(
    "This statement lists the mentoring sessions the committee recorded for {name} during "
    "the {year} program year."
)
SESSIONS = N_("Sessions")
DATE = wording.DATE
PARTNER = N_("Partner")
MODE = N_("Meeting mode")
DURATION = N_("Duration")
TOTAL = N_("Total")
NO_SESSION = N_("No session was recorded for this program year.")
TOTAL_HOURS = N_("Total hours of mentoring: {hours}")
CREDITS = N_("Category I credits earned: {credits}")
RULE_TEXT = N_(
    "Certified members of the College earn one Category I certification-maintenance credit "
    "per hour of mentoring, as mentor or as mentee."
)
NOT_CERTIFIED = N_(
    "{name} is not a certified member of the College, so these hours earn no "
    "certification-maintenance credits. They are shown for the record."
)
ISSUED = N_("Issued on {date} by the mentoring committee.")
FOR_COMMITTEE = N_("For the mentoring committee")
ROLES = {Role.MENTOR: wording.MENTOR_PERSON, Role.MENTEE: wording.MENTEE_PERSON}


def credits_part(
    statement: CreditStatement,
    language: DocLanguage | None = None,
    issued_on: date | None = None,
) -> DocumentPart:
    """The statement in the person's own language unless told otherwise."""
    language = language or for_person(statement.language)
    issued_on = issued_on or date.today()
    year = statement.cohort_name
    story: list[Flowable] = title_block(
        language, TITLE, [esc(joined(language, wording.PROGRAM_YEAR, year=year))]
    )
    story.append(
        facts(
            [
                (joined(language, PARTICIPANT), statement.full_name),
                (joined(language, EMAIL), statement.email),
                (joined(language, ROLE), joined(language, ROLES[statement.role])),
                (
                    joined(language, PERIOD),
                    period(language, statement.cohort_start, statement.cohort_end),
                ),
            ]
        )
    )
    story.append(Spacer(1, 10))
    story.append(say(language, SUMMARY, strong=("name",), name=statement.full_name, year=year))
    story.append(heading(language, SESSIONS))
    if statement.lines:
        story.append(sessions_table(language, statement))
    else:
        story.append(say(language, NO_SESSION))
    story.append(Spacer(1, 12))
    story.append(totals(language, statement))
    story.append(Spacer(1, 18))
    story.append(issued_by(language, issued_on))
    return DocumentPart(
        language=language,
        year=year,
        title=joined(language, TITLE),
        subject=joined(language, SUBJECT),
        story=tuple(story),
    )


def issued_by(language: DocLanguage, issued_on: date) -> Flowable:
    """When and by whom the statement was issued, with room for the committee to sign."""
    s = styles()
    issued = [
        Paragraph(markup(lang, ISSUED, date=format_date(issued_on, "long", language=lang)), s.body)
        for lang in languages_of(language)
    ]
    signing = [
        Paragraph(esc(joined(language, FOR_COMMITTEE).upper()), s.cell_head),
        SignatureLine(joined(language, wording.SIGNATURE)),
    ]
    table = Table([[issued, signing]], colWidths=["50%", "50%"])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 18),
                ("LEFTPADDING", (1, 0), (1, -1), 18),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def sessions_table(language: DocLanguage, statement: CreditStatement) -> Table:
    """One row per session; the header repeats on every page the table runs onto."""
    s = styles()
    header = [
        Paragraph(esc(joined(language, label)), s.cell_head) for label in (DATE, PARTNER, MODE)
    ] + [Paragraph(esc(joined(language, DURATION)), s.cell_head_right)]
    rows: list[list[Paragraph]] = [header]
    for line in statement.lines:
        rows.append(
            [
                Paragraph(esc(table_date(language, line.held_on)), s.cell),
                Paragraph(esc(line.partner), s.cell),
                Paragraph(
                    esc(joined_by(language, lambda lang, m=line.mode: meeting_mode(lang, m))),
                    s.cell,
                ),
                Paragraph(esc(duration(language, line.minutes)), s.cell_right),
            ]
        )
    rows.append(
        [
            Paragraph(esc(joined(language, TOTAL)), s.cell_title),
            Paragraph("", s.cell),
            Paragraph("", s.cell),
            Paragraph(f"<b>{esc(duration(language, statement.minutes))}</b>", s.cell_right),
        ]
    )
    table = Table(rows, colWidths=["17%", "37%", "29%", "17%"], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -3), 0.4, FAINT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def totals(language: DocLanguage, statement: CreditStatement) -> Flowable:
    """Hours and credits, each language in its own number format, then what they mean."""
    s = styles()

    def render(lang: str) -> list[Flowable]:
        hours = format_number(statement.hours, language=lang)
        column: list[Flowable] = [Paragraph(markup(lang, TOTAL_HOURS, hours=hours), s.callout)]
        if statement.credits is None:
            column.append(Paragraph(markup(lang, NOT_CERTIFIED, name=statement.full_name), s.cell))
            return column
        credits = format_number(statement.credits, language=lang)
        column.append(Paragraph(markup(lang, CREDITS, credits=credits), s.callout))
        column.append(Paragraph(markup(lang, RULE_TEXT), s.cell))
        return column

    return callout_in(language, render)
