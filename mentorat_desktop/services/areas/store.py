"""Reading and saving a program year's area vocabulary; a new year starts from the shipped list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, object_session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import AreaOfExpertise, Participation
from mentorat_desktop.services import audit
from mentorat_desktop.services.areas.vocabulary import (
    CODE,
    Area,
    AreaVocabulary,
    default_vocabulary,
)
from mentorat_desktop.services.text import words

# Built once, the year as a parameter: a board drop reads the list in its own transaction,
# and building the statement each time cost more than running it. Plain columns: the rows
# as the file holds them, as entities gave them (no caller edits a row and reads unflushed).
_LIST = (
    select(
        AreaOfExpertise.code,
        AreaOfExpertise.label_fr,
        AreaOfExpertise.label_en,
        AreaOfExpertise.other_wordings,
    )
    .where(AreaOfExpertise.cohort_id == bindparam("cohort_id"))
    .order_by(AreaOfExpertise.position, AreaOfExpertise.id)
)


def read_vocabulary(session: Session, cohort_id: int) -> AreaVocabulary:
    with session.no_autoflush:  # read while a registration is being built
        rows = session.execute(_LIST, {"cohort_id": cohort_id}).all()
    return _same_list(tuple(Area(code, fr, en, tuple(also or ())) for code, fr, en, also in rows))


# Lists read before, by their whole content: the same list read again is the same object, so
# what was worked out from it (its wordings' keys, the board's placements) is not redone at
# every read. A list edited since has another content, hence a new object.
_LISTS_READ: dict[tuple[Area, ...], AreaVocabulary] = {}
_LISTS_KEPT = 16


def _same_list(areas: tuple[Area, ...]) -> AreaVocabulary:
    found = _LISTS_READ.get(areas)
    if found is None:
        while len(_LISTS_READ) >= _LISTS_KEPT:
            _LISTS_READ.pop(next(iter(_LISTS_READ)))
        found = _LISTS_READ[areas] = AreaVocabulary(areas)
    return found


def load_vocabulary(db: Database, cohort_id: int) -> AreaVocabulary:
    with db.unit_of_work() as session:
        return read_vocabulary(session, cohort_id)


def seed_vocabulary(session: Session, cohort_id: int) -> None:
    """A new program year gets the usual areas, which the committee then edits."""
    for position, area in enumerate(default_vocabulary().areas):
        session.add(_row(cohort_id, area, position))


def _row(cohort_id: int, area: Area, position: int) -> AreaOfExpertise:
    return AreaOfExpertise(
        cohort_id=cohort_id,
        code=area.code,
        label_fr=area.label_fr.strip(),
        label_en=area.label_en.strip(),
        other_wordings=[w.strip() for w in area.also if w.strip()],
        position=position,
    )


def new_code(label_en: str, label_fr: str, taken: set[str]) -> str:
    """A stable code for a new area, from its English label (or French, if need be)."""
    base = "_".join(words(label_en or label_fr).split())[:36] or "area"
    if not base[0].isalpha():
        base = "area_" + base
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def validate(areas: Sequence[Area]) -> None:
    errors: list[FieldError] = []
    seen: dict[str, str] = {}
    for row, area in enumerate(areas, start=1):
        if not area.label_fr.strip() or not area.label_en.strip():
            errors.append(
                FieldError(
                    f"row{row}",
                    _("Row {row}: an area needs both a French and an English label.").format(
                        row=row
                    ),
                )
            )
        if not CODE.match(area.code):
            errors.append(
                FieldError(f"row{row}", _("Row {row}: the code is not valid.").format(row=row))
            )
        for label in (area.label_fr, area.label_en):
            folded = words(label)
            if folded and seen.get(folded, area.code) != area.code:
                errors.append(
                    FieldError(
                        f"row{row}",
                        _("Row {row}: “{label}” already names another area.").format(
                            row=row, label=label
                        ),
                    )
                )
            seen.setdefault(folded, area.code)
    if errors:
        raise ValidationFailed(errors)


def used_codes(session: Session, cohort_id: int) -> set[str]:
    used: set[str] = set()
    for expertise, development in session.execute(
        select(Participation.expertise_areas, Participation.development_areas).where(
            Participation.cohort_id == cohort_id
        )
    ):
        used.update(expertise or ())
        used.update(development or ())
    return used


def save_vocabulary(
    db: Database, cohort_id: int, areas: Sequence[Area], actor: str = ""
) -> AreaVocabulary:
    """Replace the year's list in one unit of work. An area still chosen in a registration
    may not be removed; registrations whose text now matches an area get its code."""
    validate(areas)
    with db.unit_of_work() as session:
        kept = {a.code for a in areas}
        removed = {a.code for a in read_vocabulary(session, cohort_id).areas} - kept
        still_used = sorted(removed & used_codes(session, cohort_id))
        if still_used:
            old = read_vocabulary(session, cohort_id)
            names = ", ".join(old.label(c, "fr") for c in still_used)
            raise ValidationFailed(
                [
                    FieldError(
                        "areas",
                        _("These areas are still chosen in registrations: {areas}.").format(
                            areas=names
                        ),
                    )
                ]
            )
        for row in session.scalars(
            select(AreaOfExpertise).where(AreaOfExpertise.cohort_id == cohort_id)
        ):
            session.delete(row)
        session.flush()
        for position, area in enumerate(areas):
            session.add(_row(cohort_id, area, position))
        session.flush()
        vocabulary = read_vocabulary(session, cohort_id)
        place_registrations(session, cohort_id, vocabulary)
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="areas.save",
            entity="cohort",
            entity_id=cohort_id,
            cohort_id=cohort_id,
            summary=str(len(areas)),
        )
        return vocabulary


def place_registrations(session: Session, cohort_id: int, vocabulary: AreaVocabulary) -> int:
    """Text areas of the year's registrations that the list now knows become codes."""
    changed = 0
    for p in session.scalars(select(Participation).where(Participation.cohort_id == cohort_id)):
        for column in ("expertise_areas", "development_areas"):
            values = list(getattr(p, column) or ())
            placed = vocabulary.place_all(values, p.preferred_language)
            if placed != values:
                setattr(p, column, placed)
                changed += 1
    return changed


def vocabulary_in(session: Session, cohort_id: int) -> AreaVocabulary:
    """The year's list, read once per unit of work (a bulk import places every row with it)."""
    cache: dict[int, AreaVocabulary] = session.info.setdefault("area_vocabulary", {})
    if cohort_id not in cache:
        cache[cohort_id] = read_vocabulary(session, cohort_id)
    return cache[cohort_id]


def labels_of(
    p: Participation, values: Iterable[str] | None, language: str | None = None
) -> tuple[str, ...]:
    """A registration's stored areas as people read them: codes become labels in
    ``language`` (by default the person's), other wordings stay as written."""
    values = tuple(values or ())
    session = object_session(p)
    if session is None or not values:
        return values
    return vocabulary_in(session, p.cohort_id).labels(values, language or p.preferred_language)
