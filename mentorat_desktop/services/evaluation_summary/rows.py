"""The summary's figures as labelled rows, shared by the PDF, the workbook and the GUI.

Each row keeps its raw value and says what kind of figure it is, so that each reader
formats it its own way (text in the PDF, typed cells in the workbook) while every one
shows the same figures under the same words, in the summary's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from mentorat_desktop.i18n import N_, format_number, ngettext_in, translate_in
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.evaluation_summary.formatting import (
    NOT_AVAILABLE,
    format_amount,
    format_average,
    format_percent,
)
from mentorat_desktop.services.evaluation_summary.shapes import (
    ScaleAverage,
    YearHeadline,
    YearSummary,
)
from mentorat_desktop.services.labels import label_in

AUDIENCES = {Role.MENTOR: N_("Mentors"), Role.MENTEE: N_("Mentees")}
FORMED = N_("Pairs formed")
COMPLETED = N_("Completed")
ENDED_EARLY = N_("Ended early")
UNDER_WAY = N_("Still under way")
REPLACEMENTS = N_("New pairs formed after an early end")
CONTACTED = N_("Pairs with a first contact recorded")
MEDIAN_DELAY = N_("Median first-contact delay (days)")
WITHIN_LIMIT = N_("First contacts within {hours} hours")
SHARE_WITHIN_LIMIT = N_("Share of first contacts within {hours} hours")
SHARE_WITHIN = N_("Share of first contacts within the limit")
WAITING = N_("Pairs still waiting for a first contact")
SESSIONS_LOGGED = N_("Sessions logged")
HOURS = N_("Hours of mentoring")
PAIRS_WITH_SESSIONS = N_("Pairs with at least one session")
AVERAGE_SESSIONS = N_("Average sessions per pair that met")
CERTIFIED = N_("Certified members with logged hours")
CREDITS = N_("Category I credits earned")
FROM_MENTORS = N_("Evaluations received from mentors")
FROM_MENTEES = N_("Evaluations received from mentees")
EXPECTED = N_("Evaluations expected (mentor and mentee of each ended pair)")
RATE = N_("Response rate")
RECEIVED = N_("Evaluations received")
ANSWERS = N_("Answers to the evaluation")
ANSWER = N_("Answer")
RESPONDENTS = N_("Respondents")
AVERAGE = N_("Average (1 to 5)")
MENTORS_AVERAGE = N_("{question} – average of mentors")
MENTEES_AVERAGE = N_("{question} – average of mentees")
NOTE_PRIVACY = N_(
    "Privacy: no participant is named in this summary. For each question, the answers of "
    "mentors and of mentees are shown only when at least {min} people answered it; below "
    "that, only the number of respondents is given, since one or two answers could be "
    "traced back to the people who gave them. Comments are listed in alphabetical order, "
    "and any name or e-mail address of a participant they contained has been removed."
)
NOTE_DELAY = N_(
    "First contacts are recorded as dates: a delay is the number of days from the day of "
    "the assignment to the day of the first contact, and it is within the limit when it is "
    "at most {days} days ({hours} hours)."
)
NOTE_RATE = N_(
    "The response rate compares the evaluations returned for ended pairs with the two "
    "expected from each of them. Shares of answers are of the people who answered the "
    "question; in multiple-choice questions a person may choose several answers."
)
NOTE_CREDITS = N_(
    "Certified members earn one Category I credit per hour of mentoring; credits are "
    "counted person by person, as on each credit statement."
)


class FigureKind(StrEnum):
    COUNT = "count"
    SHARE = "share"  # 0 to 1
    AMOUNT = "amount"  # days, hours, credits, sessions per pair
    AVERAGE = "average"  # a ScaleAverage: its average, or its respondents alone


Value = int | float | Decimal | ScaleAverage | None


@dataclass(frozen=True)
class FigureRow:
    label: str
    value: Value
    kind: FigureKind = FigureKind.COUNT


@dataclass(frozen=True)
class ComparisonRow:
    label: str
    values: tuple[Value, ...]  # one per year, in the order given
    kind: FigureKind = FigureKind.COUNT


def t(language: str, message: str, **fields: object) -> str:
    text = translate_in(language, message)
    return text.format(**fields) if fields else text


def audience_name(language: str, role: Role) -> str:
    return translate_in(language, AUDIENCES[role])


def respondents_text(language: str, n: int) -> str:
    return ngettext_in(language, "{n} respondent", "{n} respondents", n).format(
        n=format_number(n, language=language)
    )


def format_figure(value: Value, kind: FigureKind, language: str) -> str:
    """A figure as text; an average too few people gave shows how many gave it, alone."""
    if value is None:
        return NOT_AVAILABLE
    if isinstance(value, ScaleAverage):
        if value.average is None:
            return respondents_text(language, value.respondents)
        return format_average(value.average, language)
    if kind == FigureKind.SHARE:
        return format_percent(float(value), language)
    if kind == FigureKind.AMOUNT:
        return format_amount(value, language)
    return format_number(value, language=language)


def pair_rows(summary: YearSummary) -> tuple[FigureRow, ...]:
    lang, p = summary.language, summary.pairs
    return (
        FigureRow(t(lang, FORMED), p.formed),
        FigureRow(t(lang, COMPLETED), p.completed),
        FigureRow(t(lang, ENDED_EARLY), p.ended_early),
        FigureRow(t(lang, UNDER_WAY), p.under_way),
        FigureRow(t(lang, REPLACEMENTS), p.replacements),
    )


def first_contact_rows(summary: YearSummary) -> tuple[FigureRow, ...]:
    lang, f = summary.language, summary.first_contact
    return (
        FigureRow(t(lang, CONTACTED), f.contacted),
        FigureRow(t(lang, MEDIAN_DELAY), f.median_days, FigureKind.AMOUNT),
        FigureRow(t(lang, WITHIN_LIMIT, hours=f.limit_hours), f.within_limit),
        FigureRow(
            t(lang, SHARE_WITHIN_LIMIT, hours=f.limit_hours),
            f.share_within_limit,
            FigureKind.SHARE,
        ),
        FigureRow(t(lang, WAITING), f.waiting),
    )


def activity_rows(summary: YearSummary) -> tuple[FigureRow, ...]:
    lang, a = summary.language, summary.activity
    average = None if a.average_sessions is None else round(a.average_sessions, 1)
    return (
        FigureRow(t(lang, SESSIONS_LOGGED), a.sessions),
        FigureRow(t(lang, HOURS), a.hours, FigureKind.AMOUNT),
        FigureRow(t(lang, PAIRS_WITH_SESSIONS), a.pairs_with_sessions),
        FigureRow(t(lang, AVERAGE_SESSIONS), average, FigureKind.AMOUNT),
        FigureRow(t(lang, CERTIFIED), a.certified_with_hours),
        FigureRow(t(lang, CREDITS), a.credits, FigureKind.AMOUNT),
    )


TRAINING_HELD = N_("Activities held")
TRAINING_HELD_KIND = N_("Held: {kind}")
TRAINING_INVITED = N_("Invitations to held activities")
TRAINING_ATTENDED = N_("Attendances")
TRAINING_RATE = N_("Attendance rate")
TRAINING_CANCELLED = N_("Activities cancelled")
TRAINING_REQUESTS = N_("Topic requests")
TRAINING_ANSWERED = N_("Requests answered by an activity")


def training_rows(summary: YearSummary) -> tuple[FigureRow, ...]:
    """Training activities: held by kind, invited, attended, rate, requests answered."""
    lang, f = summary.language, summary.training
    if f is None:
        return ()
    return (
        FigureRow(t(lang, TRAINING_HELD), f.held),
        *(
            FigureRow(t(lang, TRAINING_HELD_KIND, kind=label_in(lang, kind).lower()), count)
            for kind, count in f.held_by_kind
        ),
        FigureRow(t(lang, TRAINING_INVITED), f.invited),
        FigureRow(t(lang, TRAINING_ATTENDED), f.attended),
        FigureRow(t(lang, TRAINING_RATE), f.attendance_rate, FigureKind.SHARE),
        FigureRow(t(lang, TRAINING_CANCELLED), f.cancelled),
        FigureRow(t(lang, TRAINING_REQUESTS), f.requests),
        FigureRow(t(lang, TRAINING_ANSWERED), f.requests_answered),
    )


def evaluation_rows(summary: YearSummary) -> tuple[FigureRow, ...]:
    lang, e = summary.language, summary.evaluations
    return (
        FigureRow(t(lang, FROM_MENTORS), e.mentors),
        FigureRow(t(lang, FROM_MENTEES), e.mentees),
        FigureRow(t(lang, EXPECTED), e.expected),
        FigureRow(t(lang, RATE), e.rate, FigureKind.SHARE),
    )


_SCALE_ANCHORS = re.compile(r"\s*\(\s*1\s*=[^()]*\)\s*$")


def without_anchors(text: str) -> str:
    """A scale question without its "(1 = ..., 5 = ...)" key: in a row label that follows
    the question across years, the key only repeats what every average already means."""
    return _SCALE_ANCHORS.sub("", text) or text


def comparison_rows(
    summary: YearSummary, years: Sequence[YearHeadline] | None = None
) -> tuple[ComparisonRow, ...]:
    """The headline figures of ``years`` (all compared years by default), one row each.

    An average row appears when at least one of the years has answers to that question.
    """
    lang = summary.language
    years = tuple(summary.comparison.years if years is None else years)

    def row(
        message: str, values: list[Value], kind: FigureKind = FigureKind.COUNT
    ) -> ComparisonRow:
        return ComparisonRow(t(lang, message), tuple(values), kind)

    rows = [
        ComparisonRow(audience_name(lang, Role.MENTOR), tuple(y.mentors for y in years)),
        ComparisonRow(audience_name(lang, Role.MENTEE), tuple(y.mentees for y in years)),
        row(FORMED, [y.pairs_formed for y in years]),
        row(COMPLETED, [y.completed for y in years]),
        row(ENDED_EARLY, [y.ended_early for y in years]),
        row(MEDIAN_DELAY, [y.median_first_contact_days for y in years], FigureKind.AMOUNT),
        row(SHARE_WITHIN, [y.share_within_limit for y in years], FigureKind.SHARE),
        row(SESSIONS_LOGGED, [y.sessions for y in years]),
        row(HOURS, [y.hours for y in years], FigureKind.AMOUNT),
        row(RECEIVED, [y.evaluations_received for y in years]),
    ]
    for question in summary.comparison.scale_questions:
        for role, message in ((Role.MENTOR, MENTORS_AVERAGE), (Role.MENTEE, MENTEES_AVERAGE)):
            averages = [y.average(question.code, role) for y in years]
            if any(averages):
                label = t(lang, message, question=without_anchors(question.text))
                rows.append(ComparisonRow(label, tuple(averages), FigureKind.AVERAGE))
    return tuple(rows)


def notes(summary: YearSummary) -> tuple[str, ...]:
    """What the reader needs to read the figures right, the privacy rule first."""
    lang, f = summary.language, summary.first_contact
    return (
        t(lang, NOTE_PRIVACY, min=summary.min_respondents),
        t(lang, NOTE_DELAY, days=format_amount(f.limit_days, lang), hours=f.limit_hours),
        t(lang, NOTE_RATE),
        t(lang, NOTE_CREDITS),
    )
