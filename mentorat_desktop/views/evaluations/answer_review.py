"""The last page of the answer wizard as text: every question with what will be recorded, so
the committee can compare it with the form they copied before saving."""

from __future__ import annotations

from html import escape

from mentorat_desktop.i18n import _, translate_in
from mentorat_desktop.models.enums import QuestionKind
from mentorat_desktop.services.questionnaires.answers import AnswerValue
from mentorat_desktop.services.questionnaires.shapes import QuestionInfo, QuestionnaireInfo
from mentorat_desktop.views.evaluations.answer_inputs import NO, NO_ANSWER, YES


def _html(text: str) -> str:
    """Text inside a rich-text label; quotes stay as typed."""
    return escape(text, quote=False)


def answer_text(question: QuestionInfo, value: AnswerValue, language: str) -> str | None:
    """The answer as the participant would read it; None when left blank."""
    if value.is_blank:
        return None
    if question.kind == QuestionKind.SCALE and value.number is not None:
        return f"{int(value.number)} / 5"
    if question.kind == QuestionKind.YES_NO:
        return translate_in(language, YES if value.number == 1.0 else NO)
    if question.kind == QuestionKind.TEXT:
        return value.text.strip() or None
    labels = [o.label_in(language) for o in question.options if o.code in value.choices]
    return "; ".join(labels) or None


def review_html(
    facts: list[tuple[str, str]],
    info: QuestionnaireInfo,
    values: dict[str, AnswerValue],
    language: str,
) -> str:
    """``facts`` are (label, value) lines shown above the answers (who, which pair, when)."""
    lines = [f"<b>{_html(name)}</b> {_html(value)}" for name, value in facts]
    given = sum(not values.get(q.code, AnswerValue()).is_blank for q in info.questions)
    lines.append(
        escape(
            _("{given} of {total} questions answered.").format(
                given=given, total=len(info.questions)
            )
        )
    )
    items = []
    for question in info.questions:
        text = answer_text(question, values.get(question.code, AnswerValue()), language)
        shown = (
            _html(text).replace("\n", "<br>")
            if text
            else f"<i style='color:#6b6b6b'>{_html(translate_in(language, NO_ANSWER))}</i>"
        )
        items.append(
            f"<li style='margin-bottom:6px'><b>{_html(question.text_in(language))}</b>"
            f"<br>{shown}</li>"
        )
    return "<p>" + "<br>".join(lines) + "</p><ol>" + "".join(items) + "</ol>"
