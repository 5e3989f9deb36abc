"""The goals and objectives worksheet (phase 7): blank to fill in by hand at the first formal
meeting, or pre-filled with the goals the committee recorded for the pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mentorat_desktop.documents import wording
from mentorat_desktop.documents.blocks import (
    WritingBox,
    bullets,
    esc,
    facts,
    field,
    field_label,
    heading,
    say,
    title_block,
)
from mentorat_desktop.documents.data import GoalSheet, PairSheet
from mentorat_desktop.documents.dates import long_date
from mentorat_desktop.documents.kinds import DocumentKind, title_of
from mentorat_desktop.documents.languages import DocLanguage, for_two, joined, joined_by
from mentorat_desktop.documents.render import DocumentPart
from mentorat_desktop.documents.styles import FILL, NAVY, RULE, styles, table_style
from mentorat_desktop.documents.vocabulary import capability, goal_status
from mentorat_desktop.i18n import N_
from mentorat_desktop.models.enums import GoalStatus
from mentorat_desktop.services import leads

TITLE = title_of(DocumentKind.GOALS)
SUBJECT = N_("Goals, LEADS capabilities, actions and success indicators of a mentoring pair")
FIRST_MEETING = N_("First formal meeting")
INTRO_BLANK = N_(
    "Set your goals together at the first formal meeting. For each goal, note the LEADS "
    "capabilities it develops (codes such as L3 or E3, listed at the end of this worksheet), "
    "the actions you plan, how you will know it is reached, and a target date. Come back to "
    "this worksheet at your follow-up sessions."
)
INTRO_FILLED = N_(
    "These are the goals recorded for your pair. Review them at your follow-up sessions and "
    "let the committee know when their status changes."
)
GOAL_NUMBER = N_("Goal {n}")
GOAL = N_("Goal")
DESCRIPTION = N_("Description")
CAPABILITIES = N_("LEADS capabilities")
CAPABILITY_CODES = N_("LEADS capabilities (codes)")
ACTIONS = N_("Actions")
SUCCESS = N_("Success indicators")
TARGET = N_("Target date")
STATUS = N_("Status")
NOT_SET = N_("Not set")
REFERENCE = N_("The LEADS capabilities")
BLANK_GOALS = 3


def goals_part(
    pair: PairSheet,
    language: DocLanguage | None = None,
    blank: bool = False,
    blank_goals: int = BLANK_GOALS,
) -> DocumentPart:
    """The worksheet for ``pair``; blank (boxes to write in) when asked or when no goal is
    recorded yet, since a pre-filled sheet with nothing on it helps nobody."""
    language = language or for_two(pair.mentor.language, pair.mentee.language)
    blank = blank or not pair.goals
    story: list[Flowable] = title_block(
        language, TITLE, [esc(joined(language, wording.PROGRAM_YEAR, year=pair.year.name))]
    )
    meeting = long_date(language, pair.first_meeting_on) if pair.first_meeting_on else ""
    story.append(
        facts(
            [
                (joined(language, wording.MENTEE_PERSON), pair.mentee.full_name),
                (joined(language, wording.MENTOR_PERSON), pair.mentor.full_name),
                (joined(language, FIRST_MEETING), meeting),
            ]
        )
    )
    story.append(Spacer(1, 10))
    story.append(say(language, INTRO_BLANK if blank else INTRO_FILLED))
    if blank:
        for n in range(1, blank_goals + 1):
            story.append(KeepTogether(blank_goal(language, n)))
        story += reference(language)
    else:
        for n, goal in enumerate(pair.goals, start=1):
            story += filled_goal(language, n, goal)
    return DocumentPart(
        language=language,
        year=pair.year.name,
        title=joined(language, TITLE),
        subject=joined(language, SUBJECT),
        story=tuple(story),
    )


def band(language: DocLanguage, n: int, title: str = "") -> Table:
    """The tinted bar that opens each goal: its number, and its title when there is one."""
    s = styles()
    text = esc(joined(language, GOAL_NUMBER, n=n))
    if title.strip():
        text += f"&nbsp;&nbsp;·&nbsp;&nbsp;{esc(title)}"
    table = Table([[Paragraph(text, s.callout)]], colWidths=["100%"])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), FILL),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    table.keepWithNext = True
    table.spaceBefore = 12
    table.spaceAfter = 2
    return table


def filled_goal(language: DocLanguage, n: int, goal: GoalSheet) -> list[Flowable]:
    """A recorded goal; every text is a paragraph of its own, so any length splits cleanly."""
    blocks: list[Flowable] = [band(language, n, goal.title)]
    blocks += field(language, DESCRIPTION, goal.description)
    if goal.leads_capabilities:
        blocks.append(field_label(language, CAPABILITIES))
        blocks += bullets([capability(language, c) for c in goal.leads_capabilities])
    blocks += field(language, ACTIONS, goal.actions)
    blocks += field(language, SUCCESS, goal.success_indicator)
    target = long_date(language, goal.target_on) if goal.target_on else joined(language, NOT_SET)
    status = joined_by(language, lambda lang: goal_status(lang, goal.status))
    blocks.append(facts([(joined(language, TARGET), target), (joined(language, STATUS), status)]))
    return blocks


def blank_goal(language: DocLanguage, n: int) -> list[Flowable]:
    """Boxes sized so that two goals share a page; capabilities, date and status on one row."""
    s = styles()
    boxes: list[Flowable] = [band(language, n)]
    boxes += [field_label(language, GOAL), WritingBox(3)]
    boxes += [field_label(language, ACTIONS), WritingBox(3)]
    boxes += [field_label(language, SUCCESS), WritingBox(2)]
    ticks = "&nbsp;&nbsp;&nbsp; ".join(
        "☐&nbsp;"
        + esc(joined_by(language, lambda lang, st=st: goal_status(lang, st))).replace(" ", "&nbsp;")
        for st in GoalStatus
    )
    row = Table(
        [
            [
                [field_label(language, CAPABILITY_CODES), WritingBox(1)],
                [field_label(language, TARGET), WritingBox(1)],
                [field_label(language, STATUS), Spacer(1, 2), Paragraph(ticks, s.cell)],
            ]
        ],
        colWidths=["30%", "22%", "48%"],
    )
    row.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (1, -1), 12),
                ("RIGHTPADDING", (2, 0), (2, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    boxes.append(row)
    return boxes


def reference(language: DocLanguage) -> list[Flowable]:
    """The twenty capabilities by domain, so that codes can be written on a blank sheet."""
    s = styles()
    rows: list[Sequence[Flowable]] = []
    for domain, name in leads.DOMAINS.items():
        capabilities = [c for c in leads.CAPABILITIES if c.domain == domain]
        lines = "<br/>".join(
            f"<b>{c.code}</b>&nbsp;&nbsp;{esc(joined(language, c.name))}" for c in capabilities
        )
        rows.append(
            [Paragraph(esc(joined(language, name)), s.cell_title), Paragraph(lines, s.cell)]
        )
    table = Table(rows, colWidths=["30%", "70%"])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BACKGROUND", (0, 0), (0, -1), FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [KeepTogether([heading(language, REFERENCE), table])]
