"""Each evaluation question, for mentors and for mentees apart: respondents, distribution,
average or share of yes, and the comments of free-text questions.

A question is followed by its stable code, so answers to several versions of a
questionnaire in one year add up; its wording, options and place come from the newest
version answered that year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mentorat_desktop.i18n import N_, translate_in
from mentorat_desktop.models.enums import QuestionKind, Role
from mentorat_desktop.services.evaluation_summary.answers import (
    NumberCounts,
    PeopleCounts,
    QuestionRow,
)
from mentorat_desktop.services.evaluation_summary.privacy import MIN_RESPONDENTS, NameScrubber
from mentorat_desktop.services.evaluation_summary.shapes import (
    AudienceAnswers,
    QuestionSummary,
    ValueCount,
    share,
)
from mentorat_desktop.services.text import plain

YES = N_("Yes")
NO = N_("No")
SCALE_VALUES = (1, 2, 3, 4, 5)
AUDIENCES = (Role.MENTOR, Role.MENTEE)


@dataclass(frozen=True)
class AskedQuestion:
    """A question as the newest version answered shows it, in the report's language."""

    code: str
    kind: QuestionKind
    text: str
    options: tuple[tuple[str, str], ...]  # (code, label), newest version's order first


def merged_order(first: Sequence[str], second: Iterable[str]) -> list[str]:
    """``first``, with the codes only ``second`` has slotted in after their predecessor."""
    result = list(first)
    place = -1
    for code in second:
        if code in result:
            place = result.index(code)
        else:
            place += 1
            result.insert(place, code)
    return result


def asked_questions(rows: Iterable[QuestionRow], language: str) -> dict[Role, list[AskedQuestion]]:
    """Per audience, every code answered, in the order of the newest version then older ones."""
    versions: dict[Role, dict[int, list[QuestionRow]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        versions[row.audience][row.version_number].append(row)
    asked: dict[Role, list[AskedQuestion]] = {}
    for audience, numbered in versions.items():
        order: list[str] = []
        newest: dict[str, QuestionRow] = {}
        options: dict[str, dict[str, str]] = defaultdict(dict)
        for number in sorted(numbered, reverse=True):
            questions = sorted(numbered[number], key=lambda q: (q.position, q.code))
            order = merged_order(order, [q.code for q in questions])
            for q in questions:
                newest.setdefault(q.code, q)
                for code, fr, en in q.options:
                    options[q.code].setdefault(code, en if language == "en" else fr)
        asked[audience] = [
            AskedQuestion(
                code,
                newest[code].kind,
                newest[code].text_in(language),
                tuple(options[code].items()),
            )
            for code in order
        ]
    return asked


def _distribution(
    question: AskedQuestion, counts: Counter[str], language: str
) -> tuple[ValueCount, ...]:
    if question.kind == QuestionKind.SCALE:
        return tuple(ValueCount(str(v), str(v), counts[str(v)]) for v in SCALE_VALUES)
    if question.kind == QuestionKind.YES_NO:
        return (
            ValueCount("yes", translate_in(language, YES), counts["yes"]),
            ValueCount("no", translate_in(language, NO), counts["no"]),
        )
    known = dict(question.options)
    # Options no version of the year lists any more are still counted, under their code.
    extra = sorted(code for code in counts if code not in known)
    return tuple(ValueCount(code, known.get(code, code), counts[code]) for code in [*known, *extra])


def _number_code(kind: QuestionKind, number: float) -> str:
    if kind == QuestionKind.YES_NO:
        return "yes" if number >= 0.5 else "no"
    return str(round(number))


def audience_answers(
    audience: Role,
    question: AskedQuestion,
    counts: Counter[str],
    respondents: int,
    total: float,
    comments: Sequence[str],
    language: str,
    people: int | None = None,
) -> AudienceAnswers:
    """The figures of one audience, or its respondent count alone below the threshold.

    The threshold counts ``people`` (different persons who answered), not answers.
    """
    if (respondents if people is None else people) < MIN_RESPONDENTS:
        return AudienceAnswers(audience, question.kind, question.text, respondents, people=people)
    kind = question.kind
    return AudienceAnswers(
        audience=audience,
        kind=kind,
        text=question.text,
        respondents=respondents,
        distribution=() if kind == QuestionKind.TEXT else _distribution(question, counts, language),
        average=share(total, respondents) if kind == QuestionKind.SCALE else None,
        share_yes=share(counts["yes"], respondents) if kind == QuestionKind.YES_NO else None,
        comments=tuple(sorted(comments, key=lambda text: (plain(text), text))),
        people=people,
    )


def question_summaries(
    cohort_id: int,
    asked: dict[Role, list[AskedQuestion]],
    numbers: NumberCounts,
    choices: Iterable[tuple[Role, str, QuestionKind, list[str]]],
    texts: Iterable[tuple[Role, str, str]],
    scrubber: NameScrubber,
    language: str,
    people: PeopleCounts | None = None,
) -> tuple[QuestionSummary, ...]:
    """Every question answered in the year, mentors' order first, mentees' slotted in."""
    counts: dict[tuple[Role, str], Counter[str]] = defaultdict(Counter)
    respondents: Counter[tuple[Role, str]] = Counter()
    totals: defaultdict[tuple[Role, str], float] = defaultdict(float)
    kinds = {(a, q.code): q.kind for a, questions in asked.items() for q in questions}
    for (year, audience, code, kind, number), n in numbers.items():
        if year != cohort_id or kinds.get((audience, code)) != kind:
            continue
        counts[audience, code][_number_code(kind, number)] += n
        respondents[audience, code] += n
        totals[audience, code] += number * n
    for audience, code, kind, chosen in choices:
        if chosen and kinds.get((audience, code)) == kind:
            counts[audience, code].update(dict.fromkeys(chosen, 1))
            respondents[audience, code] += 1
    comments: dict[tuple[Role, str], list[str]] = defaultdict(list)
    for audience, code, text in texts:
        cleaned = scrubber.scrub(text.strip())
        if cleaned and kinds.get((audience, code)) == QuestionKind.TEXT:
            comments[audience, code].append(cleaned)
            respondents[audience, code] += 1

    by_audience = {a: {q.code: q for q in asked.get(a, [])} for a in AUDIENCES}
    order = merged_order(
        [q.code for q in asked.get(Role.MENTOR, [])], [q.code for q in asked.get(Role.MENTEE, [])]
    )
    summaries = []
    for code in order:
        sides: dict[Role, AudienceAnswers | None] = {}
        for audience in AUDIENCES:
            question = by_audience[audience].get(code)
            sides[audience] = (
                None
                if question is None
                else audience_answers(
                    audience,
                    question,
                    counts[audience, code],
                    respondents[audience, code],
                    totals[audience, code],
                    comments[audience, code],
                    language,
                    None if people is None else people.get((cohort_id, audience, code), 0),
                )
            )
        first = by_audience[Role.MENTOR].get(code) or by_audience[Role.MENTEE][code]
        summaries.append(
            QuestionSummary(code, first.kind, first.text, sides[Role.MENTOR], sides[Role.MENTEE])
        )
    return tuple(summaries)
