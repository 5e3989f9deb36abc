"""The year-end evaluation summary of a program year (phase 10), for the chapter.

``summarise`` reads everything in one unit of work and returns frozen values (``shapes``);
the PDF (``documents.evaluation_summary``), the workbook
(``services.exporting.evaluation_workbook``), the GUI and ``mentorat report`` all show
those same values. Privacy rules live in ``privacy``; number formats in ``formatting``.
"""

from mentorat_desktop.services.evaluation_summary.formatting import (
    NOT_AVAILABLE,
    format_amount,
    format_average,
    format_percent,
)
from mentorat_desktop.services.evaluation_summary.privacy import MIN_RESPONDENTS
from mentorat_desktop.services.evaluation_summary.rows import (
    ComparisonRow,
    FigureKind,
    FigureRow,
    activity_rows,
    comparison_rows,
    evaluation_rows,
    first_contact_rows,
    format_figure,
    notes,
    pair_rows,
    training_rows,
)
from mentorat_desktop.services.evaluation_summary.shapes import (
    ActivityFigures,
    AudienceAnswers,
    ComparedQuestion,
    Comparison,
    Count,
    EvaluationReturns,
    FirstContactFigures,
    PairFigures,
    ParticipationFigures,
    QuestionSummary,
    RoleParticipation,
    ScaleAverage,
    ValueCount,
    YearHeadline,
    YearSummary,
)
from mentorat_desktop.services.evaluation_summary.summary import (
    YearColumn,
    compare_years,
    compared_years,
    comparison_of,
    summarise,
    year_column,
)

__all__ = [
    "MIN_RESPONDENTS",
    "NOT_AVAILABLE",
    "ActivityFigures",
    "AudienceAnswers",
    "ComparedQuestion",
    "Comparison",
    "ComparisonRow",
    "Count",
    "EvaluationReturns",
    "FigureKind",
    "FigureRow",
    "FirstContactFigures",
    "PairFigures",
    "ParticipationFigures",
    "QuestionSummary",
    "RoleParticipation",
    "ScaleAverage",
    "ValueCount",
    "YearColumn",
    "YearHeadline",
    "YearSummary",
    "activity_rows",
    "compare_years",
    "compared_years",
    "comparison_of",
    "comparison_rows",
    "evaluation_rows",
    "first_contact_rows",
    "format_amount",
    "format_average",
    "format_figure",
    "format_percent",
    "notes",
    "pair_rows",
    "summarise",
    "training_rows",
    "year_column",
]
