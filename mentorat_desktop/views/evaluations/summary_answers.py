"""The summary's "Evaluation answers" section: what came back, then one card per question."""

from __future__ import annotations

from mentorat_desktop.i18n import _
from mentorat_desktop.services.evaluation_summary import YearSummary
from mentorat_desktop.services.evaluation_summary import rows as figures
from mentorat_desktop.views.evaluations.summary_question_card import QuestionCard
from mentorat_desktop.views.evaluations.summary_sections import Section, figure_list


def answers_section(summary: YearSummary) -> Section:
    section = Section(_("Evaluation answers"))
    if not summary.evaluations.received:
        # Said plainly rather than as a row of zeros: early in the year this is expected.
        section.add_note(_("No evaluation received yet for {year}.").format(year=summary.name))
        return section
    section.add(figure_list(figures.evaluation_rows(summary), summary.language))
    for question in summary.questions:
        section.add(QuestionCard(question, summary.language))
    return section
