"""``summarise``: the whole year-end evaluation summary of one program year, in one read.

One unit of work, a fixed number of queries whatever the number of pairs, responses or
earlier years: each part counts every year it needs at once, grouped by program year.

Counting the earlier years' answers is most of the work at ten years of data, and their
table sits at the bottom of the screen: the screen asks for this year first
(``earlier_years=False``) and for ``compare_years`` just after, both read from the file
when asked, or a year at a time (``compared_years``, ``year_column``, ``comparison_of``: the
same comparison, in short reads the screen spreads over turns of its event loop); the PDF,
the workbook and the command line read everything at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import LANGUAGES, N_, _, translate_in
from mentorat_desktop.models import Cohort
from mentorat_desktop.models.enums import PairingStatus, Role
from mentorat_desktop.services.activities.year_figures import training_figures
from mentorat_desktop.services.evaluation_summary import answers
from mentorat_desktop.services.evaluation_summary.activity import activity_by_year
from mentorat_desktop.services.evaluation_summary.comparison import (
    compared_questions,
    headline,
    scale_averages,
)
from mentorat_desktop.services.evaluation_summary.pairs import (
    PairRow,
    first_contact_figures,
    pair_figures,
    pair_rows,
)
from mentorat_desktop.services.evaluation_summary.participation import participation_by_year
from mentorat_desktop.services.evaluation_summary.privacy import NameScrubber
from mentorat_desktop.services.evaluation_summary.questions import (
    AskedQuestion,
    asked_questions,
    question_summaries,
)
from mentorat_desktop.services.evaluation_summary.shapes import (
    ActivityFigures,
    Comparison,
    EvaluationReturns,
    FirstContactFigures,
    PairFigures,
    ParticipationFigures,
    YearHeadline,
    YearSummary,
)
from mentorat_desktop.services.evaluation_summary.tables import (
    PARTICIPATION,
    PARTICIPATIONS,
    PERSON,
    in_years,
    of_years,
)

NAME_REMOVED = N_("[name removed]")
# The names of the year's participants not erased, for the comments.
_NAMES = (
    select(PERSON.first_name, PERSON.last_name)
    .join(PARTICIPATIONS, PARTICIPATION.person_id == PERSON.id)
    .where(in_years(PARTICIPATION.cohort_id), PERSON.anonymised_at.is_(None))
)


@dataclass(frozen=True)
class _YearsRead:
    """The figures of some program years (oldest first), each kind read for all at once."""

    years: list[Cohort]
    participation: dict[int, ParticipationFigures]
    pairs: dict[int, list[PairRow]]
    pair_figures: dict[int, PairFigures]
    first_contact: dict[int, FirstContactFigures]
    activity: dict[int, ActivityFigures]
    returns: dict[int, answers.ReturnCounts]
    numbers: answers.NumberCounts
    people_answering: answers.PeopleCounts
    asked: dict[int, dict[Role, list[AskedQuestion]]]

    def comparison(self) -> Comparison:
        """The headline figures of every year read, side by side."""
        averages = scale_averages(self.numbers, self.people_answering)
        return Comparison(
            years=tuple(
                headline(
                    year,
                    self.participation[year.id],
                    self.pair_figures[year.id],
                    self.first_contact[year.id],
                    self.activity[year.id],
                    self.returns[year.id],
                    averages.get(year.id, ()),
                )
                for year in self.years
            ),
            scale_questions=compared_questions([self.asked[year.id] for year in self.years]),
        )


def _read_years(session: Session, years: Sequence[Cohort], language: str) -> _YearsRead:
    ids = [year.id for year in years]
    pairs = pair_rows(session, ids)
    questions_by_year = answers.answered_questions(session, ids)
    return _YearsRead(
        years=list(years),
        participation=participation_by_year(session, ids, language),
        pairs=pairs,
        pair_figures={year: pair_figures(pairs[year], language) for year in ids},
        first_contact={
            year.id: first_contact_figures(pairs[year.id], year.first_contact_hours)
            for year in years
        },
        activity=activity_by_year(session, ids),
        returns=answers.returns_by_year(session, ids),
        numbers=answers.number_counts(session, ids),
        people_answering=answers.people_counts(session, ids),
        asked={year: asked_questions(questions_by_year[year], language) for year in ids},
    )


def _years_up_to(session: Session, cohort_id: int, *, earlier: bool) -> list[Cohort]:
    """The program year ``cohort_id``, after the years that started before it if ``earlier``."""
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(_("This program year no longer exists."))
    if not earlier:
        return [cohort]
    years = list(
        session.scalars(
            select(Cohort)
            .where(Cohort.start_date < cohort.start_date)
            .order_by(Cohort.start_date, Cohort.id)
        )
    )
    return [*years, cohort]


def compare_years(db: Database, cohort_id: int, language: str) -> Comparison:
    """The comparison of ``cohort_id`` with the years before it, as ``summarise`` gives it."""
    language = language if language in LANGUAGES else "fr"
    with db.unit_of_work() as session:
        years = _years_up_to(session, cohort_id, earlier=True)
        return _read_years(session, years, language).comparison()


# The comparison a year at a time, for a screen that reads it between other work -----------


@dataclass(frozen=True)
class YearColumn:
    """One program year's column of the comparison, read on its own."""

    headline: YearHeadline
    asked: dict[Role, list[AskedQuestion]]  # the year's questions, for the table's rows


def compared_years(db: Database, cohort_id: int) -> list[int]:
    """``cohort_id`` and the program years that started before it, oldest first."""
    with db.unit_of_work() as session:
        return [year.id for year in _years_up_to(session, cohort_id, earlier=True)]


def year_column(db: Database, cohort_id: int, language: str) -> YearColumn:
    """The figures of ``cohort_id`` that the comparison shows, in one unit of work."""
    language = language if language in LANGUAGES else "fr"
    with db.unit_of_work() as session:
        read = _read_years(session, _years_up_to(session, cohort_id, earlier=False), language)
        return YearColumn(read.comparison().this_year, read.asked[cohort_id])


def comparison_of(columns: Sequence[YearColumn]) -> Comparison:
    """The comparison of the years of ``columns`` (oldest first, as ``compared_years`` lists
    them): what ``compare_years`` gives for the last of them."""
    return Comparison(
        years=tuple(column.headline for column in columns),
        scale_questions=compared_questions([column.asked for column in columns]),
    )


def summarise(
    db: Database, cohort_id: int, language: str, *, earlier_years: bool = True
) -> YearSummary:
    """The summary of ``cohort_id`` with every label in ``language`` ("fr" or "en").

    ``earlier_years=False`` leaves the earlier years out of the comparison (it then holds
    this year alone, and ``earlier_years_read`` is False): ``compare_years`` gives the rest.
    """
    language = language if language in LANGUAGES else "fr"
    with db.unit_of_work() as session:
        years = _years_up_to(session, cohort_id, earlier=earlier_years)
        cohort = years[-1]
        read = _read_years(session, years, language)
        people = session.execute(_NAMES, of_years([cohort_id])).all()
        choices, texts = answers.chosen_and_written(session, cohort_id)
        scrubber = NameScrubber(
            people,
            translate_in(language, NAME_REMOVED),
            # Answers anonymised in another language carry that language's mark.
            aliases=[translate_in(other, NAME_REMOVED) for other in LANGUAGES],
        )
        this_year = read.returns[cohort_id]
        ended = sum(1 for row in read.pairs[cohort_id] if row.status == PairingStatus.ENDED)
        return YearSummary(
            cohort_id=cohort.id,
            name=cohort.name,
            start_date=cohort.start_date,
            end_date=cohort.end_date,
            language=language,
            prepared_on=db.clock.today(),
            participation=read.participation[cohort_id],
            pairs=read.pair_figures[cohort_id],
            first_contact=read.first_contact[cohort_id],
            activity=read.activity[cohort_id],
            evaluations=EvaluationReturns(
                mentors=this_year.mentors,
                mentees=this_year.mentees,
                expected=2 * ended,
                from_ended_pairs=this_year.from_ended_pairs,
            ),
            questions=question_summaries(
                cohort_id,
                read.asked[cohort_id],
                read.numbers,
                choices,
                texts,
                scrubber,
                language,
                read.people_answering,
            ),
            comparison=read.comparison(),
            training=training_figures(session, cohort_id),
            earlier_years_read=earlier_years,
        )
