"""Checking and tidying the questions the editor hands back, before anything is stored.

Pure functions: the shipped defaults go through the same checks as the committee's edits.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _
from mentorat_desktop.services.questionnaires.shapes import (
    CHOICE_KINDS,
    ChoiceOption,
    QuestionDraft,
)
from mentorat_desktop.services.text import plain
from mentorat_desktop.services.validation import too_long_message

QUESTION_TEXT_LIMIT = 1000
CHOICE_LABEL_LIMIT = 300
CODE_LIMIT = 60
_SLUG_LIMIT = 40


def question_field(index: int) -> str:
    """The error field of the draft at ``index`` (0-based, the editor's row)."""
    return f"question:{index}"


def make_code(text: str, taken: Collection[str] = ()) -> str:
    """A short stable code made from ``text`` ("Overall satisfaction" -> "overall_satisfaction"),
    numbered when ``taken`` already holds it; pass every code the questionnaire ever used."""
    slug = re.sub(r"[^a-z0-9]+", "_", plain(text)).strip("_")
    if len(slug) > _SLUG_LIMIT:
        cut = slug[:_SLUG_LIMIT]
        slug = cut.rsplit("_", 1)[0] if "_" in cut else cut
    slug = slug or "question"
    code, number = slug, 2
    while code in taken:
        code = f"{slug}_{number}"
        number += 1
    return code


def _filled(options: Sequence[ChoiceOption]) -> list[ChoiceOption]:
    """Options with a label in either language; empty rows left by the editor are dropped."""
    return [o for o in options if o.fr.strip() or o.en.strip()]


def _question_errors(index: int, draft: QuestionDraft) -> list[FieldError]:
    field, n = question_field(index), index + 1
    errors: list[FieldError] = []
    if not draft.text_fr.strip():
        errors.append(FieldError(field, _("Question {n} needs a French text.").format(n=n)))
    if not draft.text_en.strip():
        errors.append(FieldError(field, _("Question {n} needs an English text.").format(n=n)))
    if max(len(draft.text_fr.strip()), len(draft.text_en.strip())) > QUESTION_TEXT_LIMIT:
        label = _("Question {n}").format(n=n)
        errors.append(FieldError(field, too_long_message(label, QUESTION_TEXT_LIMIT)))
    if len(draft.code.strip()) > CODE_LIMIT:
        errors.append(
            FieldError(
                field,
                _("Question {n}: the code is too long (at most {limit} characters).").format(
                    n=n, limit=CODE_LIMIT
                ),
            )
        )
    if draft.kind not in CHOICE_KINDS:
        return errors
    options = _filled(draft.options)
    if len(options) < 2:
        errors.append(FieldError(field, _("Question {n} needs at least two choices.").format(n=n)))
    if any(not o.fr.strip() or not o.en.strip() for o in options):
        errors.append(
            FieldError(
                field,
                _("Question {n}: every choice needs a French and an English label.").format(n=n),
            )
        )
    if any(max(len(o.fr.strip()), len(o.en.strip())) > CHOICE_LABEL_LIMIT for o in options):
        label = _("A choice of question {n}").format(n=n)
        errors.append(FieldError(field, too_long_message(label, CHOICE_LABEL_LIMIT)))
    seen: set[str] = set()
    for option in options:
        code = option.code.strip()
        if code and code in seen:
            errors.append(
                FieldError(
                    field,
                    _("Question {n}: two choices use the code {code}.").format(n=n, code=code),
                )
            )
        seen.add(code)
    return errors


def validate_drafts(drafts: Sequence[QuestionDraft]) -> list[FieldError]:
    """What is wrong with a list of questions; fields are "questions" or "question:<row>"."""
    if not drafts:
        return [FieldError("questions", _("A questionnaire needs at least one question."))]
    errors: list[FieldError] = []
    seen: set[str] = set()
    for index, draft in enumerate(drafts):
        errors += _question_errors(index, draft)
        code = draft.code.strip()
        if code and code in seen:
            errors.append(
                FieldError(
                    question_field(index),
                    _("Two questions use the code {code}.").format(code=code),
                )
            )
        seen.add(code)
    return errors


def _tidy_options(options: Sequence[ChoiceOption]) -> tuple[ChoiceOption, ...]:
    filled = [ChoiceOption(o.code.strip(), o.fr.strip(), o.en.strip()) for o in _filled(options)]
    taken = {o.code for o in filled if o.code}
    result = []
    for option in filled:
        if not option.code:
            option = replace(option, code=make_code(option.en or option.fr, taken))
            taken.add(option.code)
        result.append(option)
    return tuple(result)


def tidy_drafts(
    drafts: Sequence[QuestionDraft], taken: Collection[str] = ()
) -> tuple[QuestionDraft, ...]:
    """Valid drafts as they will be stored: trimmed, new questions and choices given codes
    (never one in ``taken``), options kept only on choice questions."""
    used = set(taken) | {d.code.strip() for d in drafts if d.code.strip()}
    result = []
    for draft in drafts:
        code = draft.code.strip()
        if not code:
            code = make_code(draft.text_en or draft.text_fr, used)
            used.add(code)
        result.append(
            QuestionDraft(
                code=code,
                kind=draft.kind,
                text_fr=draft.text_fr.strip(),
                text_en=draft.text_en.strip(),
                options=_tidy_options(draft.options) if draft.kind in CHOICE_KINDS else (),
                required=bool(draft.required),
            )
        )
    return tuple(result)
