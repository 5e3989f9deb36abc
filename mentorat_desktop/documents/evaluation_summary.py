"""The year-end evaluation summary as a PDF, for the chapter (phase 10).

It is laid out from a ``YearSummary`` alone: the figures are computed (and the privacy
rules applied) once, by the service, and this module only shows them, in the summary's
language whatever the interface's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mentorat_desktop.documents.blocks import esc, title_block
from mentorat_desktop.documents.dates import period
from mentorat_desktop.documents.languages import DocLanguage, for_person
from mentorat_desktop.documents.render import DocumentPart, write_pdf
from mentorat_desktop.documents.styles import MARGIN_X, page_dimensions, styles, table_style
from mentorat_desktop.documents.summary_charts import (
    MENTEE_COLOUR,
    MENTOR_COLOUR,
    Series,
    bar_chart,
)
from mentorat_desktop.documents.summary_questions import question_blocks
from mentorat_desktop.documents.summary_tables import figures_table, tiles
from mentorat_desktop.documents.summary_wording import Words
from mentorat_desktop.i18n import N_, format_date
from mentorat_desktop.models.enums import PageSize, Role
from mentorat_desktop.services.evaluation_summary import Count, YearSummary, format_percent
from mentorat_desktop.services.evaluation_summary import rows as figures
from mentorat_desktop.services.evaluation_summary.rows import FigureRow, format_figure
from mentorat_desktop.services.exporting.writers import _atomic

TITLE = N_("Year-end evaluation summary")
SUBJECT = N_("Participation, pairs, mentoring sessions and evaluation answers of a program year")
PROGRAM_YEAR = N_("Program year {year}")
PREPARED = N_("Prepared on {date} by the mentoring committee")
AT_A_GLANCE = N_("The year at a glance")
PARTICIPATION = N_("Participation")
REGISTERED = N_("Registrations")
WITHDRAWN = N_("Withdrawals")
BY_REGION = N_("Registered participants by region")
BY_STAGE = N_("Registered participants by career stage")
NOBODY = N_("Nobody is registered in this program year yet.")
PAIRS = N_("Pairs")
REASON = N_("Reason for the early end")
FIRST_CONTACT = N_("First contact")
SESSIONS = N_("Mentoring sessions")
TRAINING = N_("Training activities")
EVALUATIONS = N_("Evaluations")
COMPARISON = N_("Comparison with earlier years")
NO_EARLIER = N_("No earlier program year is recorded in this file.")
ABOUT = N_("About these figures")
YEARS_PER_TABLE = 4  # this year and up to three earlier ones side by side


def summary_part(summary: YearSummary, page_size: PageSize = PageSize.LETTER) -> DocumentPart:
    """The whole summary as one document, in ``summary.language``, laid out for
    ``page_size`` (its tables and charts span the text's width)."""
    language: DocLanguage = for_person(summary.language)
    w = Words(language, page_dimensions(page_size)[0] - 2 * MARGIN_X)
    story: list[Flowable] = title_block(
        language,
        TITLE,
        [
            esc(w.t(PROGRAM_YEAR, year=summary.name)),
            esc(period(language, summary.start_date, summary.end_date)),
            esc(w.t(PREPARED, date=format_date(summary.prepared_on, "long", language=language))),
        ],
    )
    story += _at_a_glance(w, summary)
    story += _participation(w, summary)
    story += _pairs(w, summary)
    story += _section(w, FIRST_CONTACT, figures.first_contact_rows(summary))
    story += _section(w, SESSIONS, figures.activity_rows(summary))
    if summary.training is not None:
        story += _section(w, TRAINING, figures.training_rows(summary))
    story += _section(w, EVALUATIONS, figures.evaluation_rows(summary))
    story += question_blocks(w, summary)
    story += _comparison(w, summary)
    story.append(
        KeepTogether(
            [
                _heading(w, ABOUT),
                *(Paragraph(esc(note), styles().note) for note in figures.notes(summary)),
            ]
        )
    )
    return DocumentPart(
        language=language,
        year=summary.name,
        title=w.t(TITLE),
        subject=w.t(SUBJECT),
        story=tuple(story),
    )


def write_summary_pdf(
    summary: YearSummary, path: Path, page_size: PageSize = PageSize.LETTER
) -> Path:
    """Write the PDF beside ``path`` and rename it over it: never half a file."""
    part = summary_part(summary, page_size)
    return _atomic(path, lambda temporary: write_pdf(temporary, [part], page_size))


def _heading(w: Words, message: str) -> Paragraph:
    return Paragraph(esc(w.t(message)), styles().heading)


def _table(w: Words, rows: Sequence[FigureRow]) -> Table:
    return figures_table(
        [(r.label, format_figure(r.value, r.kind, w.language)) for r in rows], w.width
    )


def _section(w: Words, title: str, rows: Sequence[FigureRow]) -> list[Flowable]:
    return [KeepTogether([_heading(w, title), _table(w, rows)])]


def _at_a_glance(w: Words, summary: YearSummary) -> list[Flowable]:
    p = summary.participation
    return [
        _heading(w, AT_A_GLANCE),
        tiles(
            [
                (w.audience(Role.MENTOR), w.n(p.mentors.registered)),
                (w.audience(Role.MENTEE), w.n(p.mentees.registered)),
                (w.t(figures.FORMED), w.n(summary.pairs.formed)),
                (w.t(figures.COMPLETED), w.n(summary.pairs.completed)),
                (w.t(figures.SESSIONS_LOGGED), w.n(summary.activity.sessions)),
                (w.t(figures.RATE), format_percent(summary.evaluations.rate, w.language)),
            ],
            w.width,
        ),
    ]


def _counts_chart(w: Words, mentors: tuple[Count, ...], mentees: tuple[Count, ...]) -> Flowable:
    """Mentors and mentees side by side for each category either has, in the given order."""
    labels: dict[str, str] = {}
    for c in (*mentors, *mentees):
        labels.setdefault(c.code, c.label)
    codes = sorted(labels) if all(code.isdigit() for code in labels) else list(labels)
    mine = {c.code: c.count for c in mentors}
    theirs = {c.code: c.count for c in mentees}
    return bar_chart(
        [labels[code] for code in codes],
        [
            Series(w.audience(Role.MENTOR), tuple(mine.get(c, 0) for c in codes), MENTOR_COLOUR),
            Series(w.audience(Role.MENTEE), tuple(theirs.get(c, 0) for c in codes), MENTEE_COLOUR),
        ],
        w.width,
        w.n,
    )


def _participation(w: Words, summary: YearSummary) -> list[Flowable]:
    p = summary.participation
    story: list[Flowable] = [
        _heading(w, PARTICIPATION),
        figures_table(
            [
                (w.audience(role), w.n(p.of(role).registered), w.n(p.of(role).withdrawn))
                for role in (Role.MENTOR, Role.MENTEE)
            ],
            w.width,
            header=("", w.t(REGISTERED), w.t(WITHDRAWN)),
        ),
    ]
    if not (p.mentors.registered or p.mentees.registered):
        return [*story, Spacer(1, 6), w.say(NOBODY)]
    for title, mentors, mentees in (
        (BY_REGION, p.mentors.by_region, p.mentees.by_region),
        (BY_STAGE, p.mentors.by_career_stage, p.mentees.by_career_stage),
    ):
        story.append(
            KeepTogether(
                [Paragraph(esc(w.t(title)), w.subheading), _counts_chart(w, mentors, mentees)]
            )
        )
    return story


def _pairs(w: Words, summary: YearSummary) -> list[Flowable]:
    story: list[Flowable] = [_heading(w, PAIRS), _table(w, figures.pair_rows(summary))]
    reasons = summary.pairs.early_reasons
    if reasons:
        story += [
            Spacer(1, 8),
            figures_table(
                [(c.label, w.n(c.count)) for c in reasons],
                w.width,
                header=(w.t(REASON), w.t(PAIRS)),
            ),
        ]
    return story


def _comparison(w: Words, summary: YearSummary) -> list[Flowable]:
    years = summary.comparison.years
    heading = _heading(w, COMPARISON)
    if len(years) == 1:
        return [KeepTogether([heading, w.say(NO_EARLIER)])]
    # This year is in every table; many earlier years are spread over several tables.
    earlier, per_table = list(years[:-1]), YEARS_PER_TABLE - 1
    story: list[Flowable] = []
    for start in range(0, len(earlier), per_table):
        shown = [*earlier[start : start + per_table], years[-1]]
        rows = figures.comparison_rows(summary, shown)
        table = figures_table(
            [(r.label, *(format_figure(v, r.kind, w.language) for v in r.values)) for r in rows],
            w.width,
            header=("", *(y.name for y in shown)),
            label_share=0.46,
        )
        table.setStyle(table_style([("BACKGROUND", (-1, 1), (-1, -1), "#F7F9FB")]))
        story += [heading, table] if not start else [Spacer(1, 8), table]
    return story
