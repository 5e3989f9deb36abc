"""The committee's edits to a questionnaire, versioned so that answers keep their meaning.

While nobody has answered the current version it is corrected in place. Once someone has,
an edit makes a new version and earlier responses stay on the questions they answered. A
question's code follows it across versions so reports can compare years; that only works if
the kind of answer stays the same, so a code never changes kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, ValidationFailed
from mentorat_desktop.i18n import _, current_language
from mentorat_desktop.models import Question, Questionnaire, QuestionnaireVersion
from mentorat_desktop.models.enums import QuestionKind
from mentorat_desktop.services import audit
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.questionnaires.defaults import new_question
from mentorat_desktop.services.questionnaires.drafts import (
    make_code,
    question_field,
    tidy_drafts,
    validate_drafts,
)
from mentorat_desktop.services.questionnaires.reading import (
    codes_ever_used,
    current_version,
    draft_of,
    info_of,
    load_questionnaire,
    response_count,
)
from mentorat_desktop.services.questionnaires.shapes import QuestionDraft, QuestionnaireInfo
from mentorat_desktop.services.validation import required_message, too_long_message

__all__ = ["make_code", "save_questions", "used_codes", "validate_drafts"]

TITLE_LIMIT = 200
NOTE_LIMIT = 1000


def used_codes(db: Database, questionnaire_id: int) -> frozenset[str]:
    """Every question code this questionnaire ever used, for ``make_code(text, taken)``."""
    with db.unit_of_work() as session:
        return frozenset(codes_ever_used(load_questionnaire(session, questionnaire_id)))


def _title_errors(titles: tuple[str, str] | None) -> list[FieldError]:
    if titles is None:
        return []
    errors = []
    for field, name, value in (
        ("title_fr", _("French title"), titles[0]),
        ("title_en", _("English title"), titles[1]),
    ):
        if not value.strip():
            errors.append(FieldError(field, required_message(name)))
        elif len(value.strip()) > TITLE_LIMIT:
            errors.append(FieldError(field, too_long_message(name, TITLE_LIMIT)))
    return errors


def _kind_errors(drafts: Sequence[QuestionDraft], used: dict[str, set[str]]) -> list[FieldError]:
    errors = []
    for index, draft in enumerate(drafts):
        kinds = used.get(draft.code.strip(), set())
        others = sorted(k for k in kinds if k != draft.kind)
        if others:
            message = _(
                "Question {n} now expects another kind of answer ({new}) than before ({old}); "
                "its earlier answers could not be compared with new ones. Add it as a new "
                "question and remove the old one."
            ).format(n=index + 1, new=label(draft.kind), old=label(QuestionKind(others[0])))
            errors.append(FieldError(question_field(index), message))
    return errors


def _replace_in_place(version: QuestionnaireVersion, drafts: tuple[QuestionDraft, ...]) -> None:
    """Nobody answered this version: its questions become the drafts, ids kept by code."""
    by_code = {q.code: q for q in version.questions}
    kept: list[Question] = []
    for position, draft in enumerate(drafts, start=1):
        question = by_code.get(draft.code)
        if question is None:
            kept.append(new_question(draft, position))
            continue
        question.position = position
        question.kind = draft.kind
        question.text_fr, question.text_en = draft.text_fr, draft.text_en
        question.options = [o.as_json() for o in draft.options]
        question.required = draft.required
        kept.append(question)
    version.questions = kept


def _changes(old: tuple[QuestionDraft, ...], new: tuple[QuestionDraft, ...]) -> dict[str, Any]:
    """Which codes were added, removed or reworded: what the audit trail keeps of an edit."""
    before = {d.code: d for d in old}
    after = {d.code: d for d in new}
    common = [d.code for d in new if d.code in before]
    return {
        "added": [c for c in after if c not in before],
        "removed": [c for c in before if c not in after],
        "changed": [c for c in common if before[c] != after[c]],
        "reordered": common != [d.code for d in old if d.code in after],
    }


def save_questions(
    db: Database,
    questionnaire_id: int,
    drafts: Sequence[QuestionDraft],
    titles: tuple[str, str] | None = None,
    note: str = "",
    actor: str = "",
) -> QuestionnaireInfo:
    """Store the edited questions (and titles, French then English) in one transaction.

    Nothing is written when nothing changed. Leaving a question out retires it; the drafts'
    order is the new order. Raises ``ValidationFailed`` (fields "questions", "question:<row>",
    "title_fr", "title_en", "note").
    """
    with db.unit_of_work() as session:
        questionnaire = load_questionnaire(session, questionnaire_id)
        used = codes_ever_used(questionnaire)
        errors = validate_drafts(drafts) + _title_errors(titles) + _kind_errors(drafts, used)
        if len(note.strip()) > NOTE_LIMIT:
            errors.append(FieldError("note", too_long_message(_("Note"), NOTE_LIMIT)))
        if errors:
            raise ValidationFailed(errors)
        version = current_version(questionnaire)
        new = tidy_drafts(drafts, taken=used)
        old = tuple(draft_of(q) for q in sorted(version.questions, key=lambda q: q.position))
        new_titles = (titles[0].strip(), titles[1].strip()) if titles else None
        titles_changed = new_titles is not None and new_titles != (
            questionnaire.title_fr,
            questionnaire.title_en,
        )
        questions_changed = new != old
        if not titles_changed and not questions_changed:
            return info_of(session, version)
        if new_titles is not None:
            questionnaire.title_fr, questionnaire.title_en = new_titles
        made_version = False
        if questions_changed:
            if response_count(session, [version.id]) == 0:
                _replace_in_place(version, new)
                if note.strip():
                    version.note = note.strip()
            else:
                version = _new_version(session, db, questionnaire, version.number + 1, new, note)
                made_version = True
        session.flush()
        _audit(session, db, actor, questionnaire, version, made_version, titles_changed, old, new)
        return info_of(session, version)


def _new_version(
    session: Session,
    db: Database,
    questionnaire: Questionnaire,
    number: int,
    drafts: tuple[QuestionDraft, ...],
    note: str,
) -> QuestionnaireVersion:
    version = QuestionnaireVersion(number=number, created_at=db.clock.now(), note=note.strip())
    version.questions = [new_question(d, i) for i, d in enumerate(drafts, start=1)]
    questionnaire.versions.append(version)
    session.add(version)
    return version


def _title(questionnaire: Questionnaire) -> str:
    if current_language() == "en":
        return questionnaire.title_en
    return questionnaire.title_fr


def _audit(
    session: Session,
    db: Database,
    actor: str,
    questionnaire: Questionnaire,
    version: QuestionnaireVersion,
    made_version: bool,
    titles_changed: bool,
    old: tuple[QuestionDraft, ...],
    new: tuple[QuestionDraft, ...],
) -> None:
    audit.record(
        session,
        db.clock,
        actor=actor,
        action="questionnaire_edit",
        entity="questionnaire",
        entity_id=questionnaire.id,
        cohort_id=None,
        summary=_("{title}, version {number}").format(
            title=_title(questionnaire), number=version.number
        ),
        details={
            "kind": questionnaire.kind.value,
            "audience": questionnaire.audience.value,
            "version": version.number,
            "new_version": made_version,
            "titles_changed": titles_changed,
            **_changes(old, new),
        },
    )
