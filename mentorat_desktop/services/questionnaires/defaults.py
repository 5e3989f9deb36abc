"""The questionnaires shipped with Mentorat, installed as version 1 in every new file.

The seeds announce evaluation forms without giving them, so the program ships its own in
``resources/questionnaires/*.json``; the committee then edits them like any other. A shipped
file that does not parse is a packaging mistake, not a user's: it raises ``ValueError``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.models import Question, Questionnaire, QuestionnaireVersion
from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind, Role
from mentorat_desktop.paths import resources_dir
from mentorat_desktop.services import audit
from mentorat_desktop.services.questionnaires.drafts import tidy_drafts, validate_drafts
from mentorat_desktop.services.questionnaires.shapes import (
    CHOICE_KINDS,
    ChoiceOption,
    QuestionDraft,
)


@dataclass(frozen=True)
class DefaultQuestionnaire:
    kind: QuestionnaireKind
    audience: Role
    title_fr: str
    title_en: str
    questions: tuple[QuestionDraft, ...]
    source: str  # the file it came from, for error messages


def defaults_folder() -> Path:
    return resources_dir() / "questionnaires"


class _Broken(Exception):
    pass


def _text(data: Any, key: str) -> str:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise _Broken(f"{key!r} must be a non-empty string")
    return value


def _pair(data: Any, key: str) -> tuple[str, str]:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, dict):
        raise _Broken(f"{key!r} must be an object with 'fr' and 'en'")
    return _text(value, "fr"), _text(value, "en")


def _enum(enum_class: type[Any], value: Any, what: str) -> Any:
    try:
        return enum_class(value)
    except ValueError:
        raise _Broken(f"unknown {what} {value!r}") from None


def _question(data: Any, number: int) -> QuestionDraft:
    try:
        kind = _enum(QuestionKind, data.get("kind"), "question kind")
        required = data.get("required", False)
        if not isinstance(required, bool):
            raise _Broken("'required' must be true or false")
        text_fr, text_en = _pair(data, "text")
        raw_options = data.get("options", [])
        if not isinstance(raw_options, list):
            raise _Broken("'options' must be a list")
        options = tuple(
            ChoiceOption(_text(o, "code"), _text(o, "fr"), _text(o, "en")) for o in raw_options
        )
        if options and kind not in CHOICE_KINDS:
            raise _Broken("only choice questions have options")
        return QuestionDraft(_text(data, "code"), kind, text_fr, text_en, options, required)
    except (_Broken, AttributeError) as error:
        raise _Broken(f"question {number}: {error}") from None


def parse_default(path: Path) -> DefaultQuestionnaire:
    """One shipped file, checked as strictly as the committee's own edits."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise _Broken("the file must hold one JSON object")
        kind = _enum(QuestionnaireKind, data.get("kind"), "questionnaire kind")
        audience = _enum(Role, data.get("audience"), "audience")
        title_fr, title_en = _pair(data, "title")
        raw = data.get("questions")
        if not isinstance(raw, list):
            raise _Broken("'questions' must be a list")
        drafts = tuple(_question(q, i) for i, q in enumerate(raw, start=1))
        problems = validate_drafts(drafts)
        if problems:
            raise _Broken("; ".join(p.message for p in problems))
    except (OSError, json.JSONDecodeError, _Broken) as error:
        raise ValueError(f"shipped questionnaire {path.name} is broken: {error}") from error
    return DefaultQuestionnaire(
        kind, audience, title_fr.strip(), title_en.strip(), tidy_drafts(drafts), path.name
    )


def load_defaults(folder: Path | None = None) -> list[DefaultQuestionnaire]:
    """Every ``*.json`` questionnaire of ``folder`` (the shipped one by default)."""
    folder = folder or defaults_folder()
    paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not paths:
        raise ValueError(f"no shipped questionnaire found in {folder}")
    result: list[DefaultQuestionnaire] = []
    seen: dict[tuple[QuestionnaireKind, Role], str] = {}
    for path in paths:
        default = parse_default(path)
        key = (default.kind, default.audience)
        if key in seen:
            raise ValueError(f"{path.name} and {seen[key]} are both the {key[0]} {key[1]} one")
        seen[key] = path.name
        result.append(default)
    return result


def new_question(draft: QuestionDraft, position: int) -> Question:
    return Question(
        code=draft.code,
        position=position,
        kind=draft.kind,
        text_fr=draft.text_fr,
        text_en=draft.text_en,
        options=[o.as_json() for o in draft.options],
        required=draft.required,
    )


def install_defaults(session: Session, clock: Clock, folder: Path | None = None) -> int:
    """Create every shipped questionnaire the file lacks, as version 1; returns how many.

    Questionnaires already there, edited or not, are left alone, so this is safe to call
    whenever the questionnaires are read. The shipped files are read only when one is missing.
    """
    existing = {
        (kind, audience)
        for kind, audience in session.execute(select(Questionnaire.kind, Questionnaire.audience))
    }
    if len(existing) == len(QuestionnaireKind) * len(Role):
        return 0
    created: list[str] = []
    for default in load_defaults(folder):
        if (default.kind, default.audience) in existing:
            continue
        version = QuestionnaireVersion(number=1, created_at=clock.now(), note="")
        version.questions = [new_question(d, i) for i, d in enumerate(default.questions, 1)]
        session.add(
            Questionnaire(
                kind=default.kind,
                audience=default.audience,
                title_fr=default.title_fr,
                title_en=default.title_en,
                versions=[version],
            )
        )
        created.append(f"{default.kind.value}:{default.audience.value}")
    if created:
        session.flush()
        audit.record(
            session,
            clock,
            actor="",
            action="questionnaires_installed",
            entity="questionnaire",
            entity_id=None,
            cohort_id=None,
            summary=", ".join(created),
            details={"installed": created},
        )
    return len(created)
