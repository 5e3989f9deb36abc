"""Which question of a questionnaire each column of a form service's export answers, and
how its cells read.

Form services use the question's text as the column header, sometimes numbered, cut short
or without the scale's legend; the committee may also have reworded a question since the
form was made. Headers are compared with both languages' texts once case, accents and
punctuation are set aside: exact first, then one inside the other, then close enough for
``difflib``. The person who answered is found by e-mail, like registrations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache

from mentorat_desktop.i18n import N_, _, current_language
from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind
from mentorat_desktop.services.importing import cells
from mentorat_desktop.services.importing.cells import CellError
from mentorat_desktop.services.importing.columns import (
    BY_KEY,
    match_wordings,
    normalise_header,
)
from mentorat_desktop.services.importing.contract import ColumnMapping
from mentorat_desktop.services.importing.mapping_memory import (
    remember_mapping,
    remembered_mapping,
)
from mentorat_desktop.services.importing.vocabulary import fold, labels_in_both
from mentorat_desktop.services.questionnaires.answers import AnswerValue
from mentorat_desktop.services.questionnaires.shapes import QuestionInfo, QuestionnaireInfo

EMAIL, PARTNER, SUBMITTED = "email", "partner_email", "submitted_on"
QUESTION_PREFIX = "question:"
EMAIL_LABEL = N_("E-mail of the person who answered")
PARTNER_LABEL = N_("Partner's e-mail")
SUBMITTED_LABEL = N_("Date submitted")
LABEL_LIMIT = 55
SIMILAR = 0.8  # difflib ratio from which a header is taken to be a question reworded
_SHORTEST_INSIDE = 20  # a header inside a question (or the reverse) needs this many letters
_INSIDE_SHARE = 0.4  # ... and this share of the longer text

# fmt: off
_PARTNER_WORDINGS = (
    "courriel de votre mentor", "courriel de votre mentore", "courriel de votre mentoree",
    "courriel de votre partenaire", "courriel du mentor", "courriel du mentore",
    "courriel du partenaire", "adresse courriel de votre mentor",
    "adresse courriel de votre mentore", "adresse courriel du partenaire",
    "partner email", "partner s email", "partner e mail", "partner s e mail",
    "mentor email", "mentor s email", "mentee email", "mentee s email",
    "your mentor s email", "your mentee s email", "email of your mentor",
    "email of your mentee", "email of your partner",
)
_EMAIL_EXTRA = ("adresse de messagerie", "courriel du repondant", "respondent email",
                "respondent s email", "your email", "votre adresse e mail")
# fmt: on


def question_key(code: str) -> str:
    return QUESTION_PREFIX + code


def question_code(key: str) -> str | None:
    """The question code a mapping key names, or None for e-mail, partner and date."""
    return key[len(QUESTION_PREFIX) :] if key.startswith(QUESTION_PREFIX) else None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"


def answer_targets(info: QuestionnaireInfo) -> list[tuple[str, str]]:
    """(key, translated label) of what a column can give, for the mapping screen."""
    targets = [(EMAIL, _(EMAIL_LABEL))]
    if info.kind == QuestionnaireKind.EVALUATION:
        targets.append((PARTNER, _(PARTNER_LABEL)))
    targets.append((SUBMITTED, _(SUBMITTED_LABEL)))
    language = current_language()
    for question in info.questions:
        text = _("Question {n}: {text}").format(
            n=question.position, text=question.text_in(language)
        )
        targets.append((question_key(question.code), _short(text)))
    return targets


@cache
def _fixed_wordings(evaluation: bool) -> dict[str, tuple[str, ...]]:
    """Folded wordings of the e-mail, partner and date columns, the app's labels included."""
    table = {
        EMAIL: {*BY_KEY["email"].synonyms, *_EMAIL_EXTRA},
        SUBMITTED: set(BY_KEY["registered_on"].synonyms),
    }
    labels = {EMAIL: EMAIL_LABEL, SUBMITTED: SUBMITTED_LABEL}
    if evaluation:
        table[PARTNER] = set(_PARTNER_WORDINGS)
        labels[PARTNER] = PARTNER_LABEL
    return {
        key: tuple(sorted(({fold(w) for w in words} | set(labels_in_both(labels[key]))) - {""}))
        for key, words in table.items()
    }


def _texts(question: QuestionInfo) -> set[str]:
    """The folded ways a header may ask ``question``: each language's text, with and
    without a closing "(1 = ..., 5 = ...)" legend, and the question's code."""
    texts = {fold(question.code)}
    for text in (question.text_fr, question.text_en):
        texts.add(fold(text))
        texts.add(fold(re.sub(r"\s*\([^()]*\)\s*$", "", text)))
    return texts - {""}


def _score(header: str, texts: set[str]) -> float:
    """How surely ``header`` asks a question with these texts: 3 exact, 1-2 one inside
    the other (more when they are closer in length), ``SIMILAR``-1 reworded, 0 not."""
    if not header:
        return 0.0
    if header in texts:
        return 3.0
    best = 0.0
    for text in texts:
        shorter, longer = sorted((header, text), key=len)
        inside = f" {shorter} " in f" {longer} "
        if inside and len(shorter) >= max(_SHORTEST_INSIDE, _INSIDE_SHARE * len(longer)):
            best = max(best, 1.0 + len(shorter) / len(longer))
        matcher = SequenceMatcher(None, header, text, autojunk=False)
        if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR:
            ratio = matcher.ratio()
            if ratio >= SIMILAR:
                best = max(best, ratio)
    return best


def _match_questions(
    headers: Sequence[str], info: QuestionnaireInfo, chosen: dict[int, str], exact: bool
) -> None:
    """Give free columns to questions, the surest pairs first; each is used once."""
    normalised = [normalise_header(h) for h in headers]
    candidates = []
    for column, header in enumerate(normalised):
        if column in chosen:
            continue
        for question in info.questions:
            score = _score(header, _texts(question))
            if score >= 3.0 or (score > 0 and not exact):
                candidates.append((-score, column, question.position, question_key(question.code)))
    for _surety, column, _position, key in sorted(candidates):
        if column not in chosen and key not in chosen.values():
            chosen[column] = key


def guess_answer_mapping(headers: Sequence[str], info: QuestionnaireInfo) -> ColumnMapping:
    """Columns -> e-mail, partner, date and questions; a column feeds one target at most."""
    wordings = _fixed_wordings(info.kind == QuestionnaireKind.EVALUATION)
    chosen: dict[int, str] = {}
    normalised = [normalise_header(h) for h in headers]
    for column, header in enumerate(normalised):  # exact wordings: the leftmost column wins
        for key, words in wordings.items():
            if header in words and column not in chosen and key not in chosen.values():
                chosen[column] = key
    _match_questions(headers, info, chosen, exact=True)
    free = [h if i not in chosen else "" for i, h in enumerate(headers)]
    remaining = {k: w for k, w in wordings.items() if k not in chosen.values()}
    chosen.update(match_wordings(free, remaining))
    _match_questions(headers, info, chosen, exact=False)
    return ColumnMapping(columns=dict(sorted(chosen.items())))


def target_keys(info: QuestionnaireInfo) -> set[str]:
    return {key for key, _label in answer_targets(info)}


def _scope(info: QuestionnaireInfo) -> str:
    """Answers' mappings are kept apart from registrations', per questionnaire."""
    return f"answers:{info.kind.value}:{info.audience.value}"


def remembered_answer_mapping(
    headers: Sequence[str], info: QuestionnaireInfo
) -> ColumnMapping | None:
    """The mapping last chosen for these headers and this questionnaire, unless it names a
    question the current version no longer asks."""
    return remembered_mapping(headers, _scope(info), target_keys(info))


def remember_answer_mapping(
    headers: Sequence[str], info: QuestionnaireInfo, mapping: ColumnMapping
) -> None:
    remember_mapping(headers, mapping, _scope(info))


def unmapped_required(info: QuestionnaireInfo, mapping: ColumnMapping) -> list[QuestionInfo]:
    """Required questions no column answers: every row would then be refused."""
    mapped = set(mapping.columns.values())
    return [q for q in info.questions if q.required and question_key(q.code) not in mapped]


# --- cells ----------------------------------------------------------------------------

_LEADING_DIGIT = re.compile(r"([1-5])(?![\d]|[.,]\d)")


def _shown(value: object) -> str:
    text = " ".join(cells.to_text(value).split())
    return text if len(text) <= 60 else text[:57] + "…"


def to_scale(value: object) -> float:
    """1 to 5, as a number or a text starting with the digit ("4 - Satisfait")."""
    try:
        number = cells.to_int(value)
    except CellError:
        match = _LEADING_DIGIT.match(cells.to_text(value))
        number = int(match[1]) if match else 0
    if number not in range(1, 6):
        raise CellError(_("“{value}” is not a value from 1 to 5.").format(value=_shown(value)))
    return float(number)


def _option_code(question: QuestionInfo, text: str) -> str | None:
    folded = fold(text)
    for option in question.options:
        if folded and folded in {fold(option.code), fold(option.fr), fold(option.en)}:
            return option.code
    return None


def _not_offered(question: QuestionInfo, text: str) -> CellError:
    language = current_language()
    offered = " / ".join(o.label_in(language) for o in question.options)
    return CellError(
        _("“{value}” is not one of the answers offered: {options}.").format(
            value=_shown(text), options=offered
        )
    )


def to_choices(question: QuestionInfo, value: object) -> tuple[str, ...]:
    """Option codes from labels in either language or codes, split on ; , or line breaks;
    an option whose label holds a comma is still recognised whole."""
    whole = _option_code(question, cells.to_text(value))
    if whole is not None:
        return (whole,)
    pieces = cells.split_choices(value)
    codes: list[str] = []
    start = 0
    while start < len(pieces):
        for end in range(len(pieces), start, -1):  # the longest run of pieces that is a label
            code = _option_code(question, ", ".join(pieces[start:end]))
            if code is not None:
                break
        else:
            raise _not_offered(question, pieces[start])
        if code not in codes:
            codes.append(code)
        start = end
    return tuple(codes)


def read_answer(question: QuestionInfo, value: object) -> AnswerValue:
    """One cell as the answer to ``question``; a blank cell is no answer."""
    if cells.is_blank(value):
        return AnswerValue()
    kind = question.kind
    if kind == QuestionKind.SCALE:
        return AnswerValue(number=to_scale(value))
    if kind == QuestionKind.YES_NO:
        return AnswerValue(number=1.0 if cells.to_bool(value) else 0.0)
    if kind == QuestionKind.SINGLE_CHOICE:
        code = _option_code(question, cells.to_text(value))
        if code is None:
            raise _not_offered(question, cells.to_text(value))
        return AnswerValue(choices=(code,))
    if kind == QuestionKind.MULTIPLE_CHOICE:
        return AnswerValue(choices=to_choices(question, value))
    return AnswerValue(text=cells.to_text(value).strip())
