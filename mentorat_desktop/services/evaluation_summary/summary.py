"""``summarise``: the whole year-end evaluation summary of one program year, in one read.

One unit of work, a fixed number of queries whatever the number of pairs, responses or
earlier years: each part counts every year it needs at once, grouped by program year.
"""

from __future__ import annotations

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import LANGUAGES, N_, _, translate_in
from mentorat_desktop.models import Cohort, Participation, Person
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.activities.year_figures import training_figures
from mentorat_desktop.services.evaluation_summary import answers
from mentorat_desktop.services.evaluation_summary.activity import activity_by_year
from mentorat_desktop.services.evaluation_summary.comparison import (
    compared_questions,
    headline,
    scale_averages,
)
from mentorat_desktop.services.evaluation_summary.pairs import (
    first_contact_figures,
    pair_figures,
    pair_rows,
)
from mentorat_desktop.services.evaluation_summary.participation import participation_by_year
from mentorat_desktop.services.evaluation_summary.privacy import NameScrubber
from mentorat_desktop.services.evaluation_summary.questions import (
    asked_questions,
    question_summaries,
)
from mentorat_desktop.services.evaluation_summary.shapes import (
    Comparison,
    EvaluationReturns,
    YearSummary,
)

NAME_REMOVED = N_("[name removed]")


def summarise(db: Database, cohort_id: int, language: str) -> YearSummary:
    """The summary of ``cohort_id`` with every label in ``language`` ("fr" or "en")."""
    language = language if language in LANGUAGES else "fr"
    with db.unit_of_work() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(_("This program year no longer exists."))
        years = list(
            session.scalars(
                select(Cohort)
                .where(Cohort.start_date < cohort.start_date)
                .order_by(Cohort.start_date, Cohort.id)
            )
        )
        years.append(cohort)
        ids = [year.id for year in years]

        participation = participation_by_year(session, ids, language)
        pairs = pair_rows(session, ids)
        activity = activity_by_year(session, ids)
        returns = answers.returns_by_year(session, ids)
        numbers = answers.number_counts(session, ids)
        people_answering = answers.people_counts(session, ids)
        questions_by_year = answers.answered_questions(session, ids)
        people = session.execute(
            select(Person.first_name, Person.last_name)
            .join(Participation, Participation.person_id == Person.id)
            .where(Participation.cohort_id == cohort_id, Person.anonymised_at.is_(None))
        ).all()
        choices = answers.chosen_options(session, cohort_id)
        texts = answers.written_answers(session, cohort_id)

        asked = {year: asked_questions(questions_by_year[year], language) for year in ids}
        averages = scale_averages(numbers, people_answering)
        pair_figs = {year: pair_figures(pairs[year], language) for year in ids}
        contact_figs = {
            year.id: first_contact_figures(pairs[year.id], year.first_contact_hours)
            for year in years
        }
        headlines = tuple(
            headline(
                year,
                participation[year.id],
                pair_figs[year.id],
                contact_figs[year.id],
                activity[year.id],
                returns[year.id],
                averages.get(year.id, ()),
            )
            for year in years
        )
        scrubber = NameScrubber(
            people,
            translate_in(language, NAME_REMOVED),
            # Answers anonymised in another language carry that language's mark.
            aliases=[translate_in(other, NAME_REMOVED) for other in LANGUAGES],
        )
        this_year = returns[cohort_id]
        ended = sum(1 for row in pairs[cohort_id] if row.status == PairingStatus.ENDED)
        return YearSummary(
            cohort_id=cohort.id,
            name=cohort.name,
            start_date=cohort.start_date,
            end_date=cohort.end_date,
            language=language,
            prepared_on=db.clock.today(),
            participation=participation[cohort_id],
            pairs=pair_figs[cohort_id],
            first_contact=contact_figs[cohort_id],
            activity=activity[cohort_id],
            evaluations=EvaluationReturns(
                mentors=this_year.mentors,
                mentees=this_year.mentees,
                expected=2 * ended,
                from_ended_pairs=this_year.from_ended_pairs,
            ),
            questions=question_summaries(
                cohort_id,
                asked[cohort_id],
                numbers,
                choices,
                texts,
                scrubber,
                language,
                people_answering,
            ),
            comparison=Comparison(
                years=headlines,
                scale_questions=compared_questions([asked[year] for year in ids]),
            ),
            training=training_figures(session, cohort_id),
        )
