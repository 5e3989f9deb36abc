"""The evaluation questions of the summary: for each, its answers by mentors and by mentees.

Choice, scale and yes/no questions get a table of counts and shares beside a bar chart of
the shares (mentors and mentees answer in different numbers, so shares compare them);
free-text questions list their comments. An audience with too few respondents shows
only their number, in a sentence where its figures would have been.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mentorat_desktop.documents.blocks import esc
from mentorat_desktop.documents.styles import styles, table_style
from mentorat_desktop.documents.summary_charts import (
    MENTEE_COLOUR,
    MENTOR_COLOUR,
    Series,
    bar_chart,
    labels_fit,
)
from mentorat_desktop.documents.summary_tables import answer_table
from mentorat_desktop.documents.summary_wording import Words
from mentorat_desktop.i18n import N_, ngettext_in
from mentorat_desktop.models.enums import QuestionKind, Role
from mentorat_desktop.services.evaluation_summary import (
    AudienceAnswers,
    QuestionSummary,
    YearSummary,
    format_average,
    format_percent,
)
from mentorat_desktop.services.evaluation_summary.rows import ANSWER, ANSWERS, AVERAGE, RESPONDENTS
from mentorat_desktop.services.evaluation_summary.shapes import share as share_of

NO_ANSWERS = N_("No evaluation has been recorded for this program year yet.")
WORDED_FOR = N_("{number}. {audience} – {text}")
NOT_ASKED = N_("{audience}: not asked this year.")
NO_COMMENT = N_("{audience}: no comment.")
COLOURS = {Role.MENTOR: MENTOR_COLOUR, Role.MENTEE: MENTEE_COLOUR}
SIDE_GAP = 14


def question_blocks(w: Words, summary: YearSummary) -> list[Flowable]:
    heading = Paragraph(esc(w.t(ANSWERS)), styles().heading)
    if not summary.questions:
        return [heading, w.say(NO_ANSWERS)]
    story: list[Flowable] = []
    for number, question in enumerate(summary.questions, start=1):
        parts = question.as_presented()
        for index, part in enumerate(parts):
            # When the audiences read different words, each part is headed by its own.
            audience = part.audiences[0].audience if len(parts) > 1 else None
            lead, rest = _question(w, number, part, summary.min_respondents, audience)
            if number == 1 and index == 0:
                lead.insert(0, heading)  # the section's title never ends a page alone
            # KeepTogether is never nested: an inner one reports an endless height.
            story += [KeepTogether(lead), *rest]
    return story


def _too_few(w: Words, answers: AudienceAnswers, minimum: int) -> Paragraph:
    message = ngettext_in(
        w.language,
        "{audience}: only {n} person answered, fewer than {min}; the answers are not shown.",
        "{audience}: only {n} people answered, fewer than {min}; the answers are not shown.",
        answers.persons,
    )
    text = message.format(
        audience=w.audience(answers.audience), n=w.n(answers.persons), min=minimum
    )
    return Paragraph(esc(text), styles().small)


def _question(
    w: Words, number: int, q: QuestionSummary, minimum: int, audience: Role | None = None
) -> tuple[list[Flowable], list[Flowable]]:
    """What must stay together on one page, then what may run on.

    ``audience`` names the one audience of a part worded for it alone.
    """
    title = f"{number}. {q.text}"
    if audience is not None:
        title = w.t(WORDED_FOR, number=number, audience=w.audience(audience), text=q.text)
    head: list[Flowable] = [Paragraph(esc(title), w.subheading)]
    notes: list[Flowable] = []
    if audience is None:
        notes += [
            Paragraph(esc(w.t(NOT_ASKED, audience=w.audience(role))), styles().small)
            for role, side in ((Role.MENTOR, q.mentors), (Role.MENTEE, q.mentees))
            if side is None
        ]
    notes += [_too_few(w, a, minimum) for a in q.audiences if not a.shown]
    if q.kind == QuestionKind.TEXT:
        return _comments(w, [*head, *notes], q)
    shown = [a for a in q.audiences if a.shown]
    if not shown:
        return [*head, *notes], []
    return [*head, *_figures(w, q, shown), *notes], []


def _figures(w: Words, q: QuestionSummary, shown: list[AudienceAnswers]) -> list[Flowable]:
    """The table of counts and shares, and the chart of shares: side by side, or the chart
    under the table, full width, when its labels (long options) would not fit beside it."""
    lang = w.language
    # Mentors and mentees may have been offered different options: every one shows.
    labels: dict[str, str] = {}
    for side in shown:
        for value in side.distribution:
            labels.setdefault(value.code, value.label)
    counts = {side.audience: {v.code: v.count for v in side.distribution} for side in shown}
    rows = []
    for code, label in labels.items():
        cells = []
        for side in q.audiences:
            if side.shown:
                count = counts[side.audience].get(code, 0)
                share = share_of(count, side.respondents)
                cells.append((w.n(count), format_percent(share, lang)))
            else:
                cells.append(("", ""))
        rows.append((label, cells))
    footer = [(w.t(RESPONDENTS), [w.n(a.respondents) for a in q.audiences])]
    if q.kind == QuestionKind.SCALE:
        footer.append(
            (
                w.t(AVERAGE),
                [format_average(a.average, lang) if a.shown else "" for a in q.audiences],
            )
        )
    table_width = (w.width - SIDE_GAP) * 0.55
    chart_width = w.width - SIDE_GAP - table_width
    stacked = not labels_fit(list(labels.values()), chart_width)
    table = answer_table(
        [w.audience(a.audience) for a in q.audiences],
        rows,
        footer,
        w.t(ANSWER),
        w.width * 0.8 if stacked else table_width,
        label_share=0.55 if stacked else None,
    )
    series = [
        Series(
            w.audience(a.audience),
            tuple(
                share_of(counts[a.audience].get(code, 0), a.respondents) or 0.0 for code in labels
            ),
            COLOURS[a.audience],
        )
        for a in shown
    ]

    def chart(width: float) -> Flowable:
        return bar_chart(
            list(labels.values()), series, width, lambda v: format_percent(v, lang), top=1.0
        )

    if stacked:
        return [table, Spacer(1, 6), chart(w.width)]
    side_by_side = Table(
        [[table, chart(chart_width)]], colWidths=[table_width + SIDE_GAP, chart_width]
    )
    side_by_side.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), SIDE_GAP),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [side_by_side]


def _comments(
    w: Words, lead: list[Flowable], q: QuestionSummary
) -> tuple[list[Flowable], list[Flowable]]:
    """Each audience's comments under a title that keeps its first two comments with it."""
    s = styles()
    groups: list[list[Flowable]] = []
    for side in q.audiences:
        if not side.shown:
            continue
        if not side.comments:
            groups.append(
                [Paragraph(esc(w.t(NO_COMMENT, audience=w.audience(side.audience))), s.small)]
            )
            continue
        title = ngettext_in(
            w.language, "{audience} – {n} comment", "{audience} – {n} comments", len(side.comments)
        ).format(audience=w.audience(side.audience), n=w.n(len(side.comments)))
        groups.append(
            [
                Paragraph(esc(title), s.label),
                *(Paragraph(esc(text), s.item, bulletText="•") for text in side.comments),
            ]
        )
    if not groups:
        return lead, []
    first, *others = groups
    rest: list[Flowable] = [*first[3:]]
    for group in others:
        rest += [KeepTogether(group[:3]), *group[3:]]
    return [*lead, *first[:3]], [*rest, Spacer(1, 2)]
