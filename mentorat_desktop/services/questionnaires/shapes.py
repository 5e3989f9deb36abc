"""Plain, frozen data about questionnaires, handed to views, the import and reports.

Texts come in both languages because a document or an import may need the language that is
not the interface's; ``*_in(language)`` picks one, falling back to the other when empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind, Role

CHOICE_KINDS = frozenset({QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE})


def _in(language: str, fr: str, en: str) -> str:
    if language == "en":
        return en or fr
    return fr or en


@dataclass(frozen=True)
class ChoiceOption:
    """One answer offered by a choice question; ``code`` is what answers store."""

    code: str
    fr: str
    en: str

    def label_in(self, language: str) -> str:
        return _in(language, self.fr, self.en)

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "fr": self.fr, "en": self.en}


@dataclass(frozen=True)
class QuestionDraft:
    """A question as the editor hands it back, in display order.

    A new question may leave ``code`` (and its options' codes) empty: saving gives it one.
    """

    code: str
    kind: QuestionKind
    text_fr: str
    text_en: str
    options: tuple[ChoiceOption, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class QuestionInfo:
    question_id: int
    code: str
    position: int  # 1 for the first question, as people count
    kind: QuestionKind
    text_fr: str
    text_en: str
    options: tuple[ChoiceOption, ...]
    required: bool

    def text_in(self, language: str) -> str:
        return _in(language, self.text_fr, self.text_en)

    def option(self, code: str) -> ChoiceOption | None:
        return next((o for o in self.options if o.code == code), None)

    def draft(self) -> QuestionDraft:
        return QuestionDraft(
            code=self.code,
            kind=self.kind,
            text_fr=self.text_fr,
            text_en=self.text_en,
            options=self.options,
            required=self.required,
        )


@dataclass(frozen=True)
class QuestionnaireInfo:
    """One questionnaire as one of its versions asks it (the current one, unless asked)."""

    questionnaire_id: int
    kind: QuestionnaireKind
    audience: Role
    title_fr: str
    title_en: str
    version_id: int
    version_number: int
    questions: tuple[QuestionInfo, ...]
    answered: int  # responses to this version
    total_answered: int  # responses to every version

    def title_in(self, language: str) -> str:
        return _in(language, self.title_fr, self.title_en)

    def question(self, code: str) -> QuestionInfo | None:
        return next((q for q in self.questions if q.code == code), None)

    def drafts(self) -> tuple[QuestionDraft, ...]:
        return tuple(q.draft() for q in self.questions)


@dataclass(frozen=True)
class VersionInfo:
    version_id: int
    number: int
    created_at: datetime
    note: str
    questions: int
    responses: int
