"""The pair's goals and objectives (phase 7), written on the goals worksheet and followed in
the sessions (phase 8). Saved as a whole list so that one edit is one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Goal, Pairing
from mentorat_desktop.models.enums import GoalStatus
from mentorat_desktop.services.leads import CAPABILITIES
from mentorat_desktop.services.validation import required_message, too_long_message

TITLE_LIMIT = 300
TEXT_LIMIT = 4000
_CODES = {c.code for c in CAPABILITIES}


@dataclass
class GoalForm:
    # None for a goal not saved yet.
    goal_id: int | None = None
    title: str = ""
    description: str = ""
    leads_capabilities: tuple[str, ...] = ()
    actions: str = ""
    success_indicator: str = ""
    target_on: date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED


@dataclass(frozen=True)
class GoalRow:
    goal_id: int
    position: int
    title: str
    description: str
    leads_capabilities: tuple[str, ...]
    actions: str
    success_indicator: str
    target_on: date | None
    status: GoalStatus
    updated_at: datetime


@dataclass
class GoalChanges:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, list[Any]]] = field(default_factory=dict)

    def as_details(self) -> dict[str, Any]:
        return {"added": self.added, "removed": self.removed, "changed": self.changed}

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def row_of(goal: Goal) -> GoalRow:
    return GoalRow(
        goal.id,
        goal.position,
        goal.title,
        goal.description,
        tuple(goal.leads_capabilities or ()),
        goal.actions,
        goal.success_indicator,
        goal.target_on,
        goal.status,
        goal.updated_at,
    )


# Built once (the pairs an expanding bound parameter): a year's list reads it at every show.
_BY_PAIRING = (
    select(
        Goal.pairing_id,
        Goal.id,
        Goal.position,
        Goal.title,
        Goal.description,
        Goal.leads_capabilities,
        Goal.actions,
        Goal.success_indicator,
        Goal.target_on,
        Goal.status,
        Goal.updated_at,
    )
    .where(Goal.pairing_id.in_(bindparam("pairing_ids", expanding=True)))
    .order_by(Goal.position)
)


def rows_by_pairing(session: Session, pairing_ids: list[int]) -> dict[int, tuple[GoalRow, ...]]:
    """The goals of many pairs, as ``row_of`` gives them and in the pair's order, read as
    plain rows (a year's list of pairs need not load each goal as an object)."""
    found: dict[int, list[GoalRow]] = {pairing_id: [] for pairing_id in pairing_ids}
    if not pairing_ids:
        return {}
    rows = session.execute(_BY_PAIRING, {"pairing_ids": pairing_ids})
    for pairing_id, goal_id, position, title, description, leads, *rest in rows:
        found[pairing_id].append(
            GoalRow(goal_id, position, title, description, tuple(leads or ()), *rest)
        )
    return {pairing_id: tuple(goals) for pairing_id, goals in found.items()}


def form_of(row: GoalRow) -> GoalForm:
    return GoalForm(
        row.goal_id,
        row.title,
        row.description,
        row.leads_capabilities,
        row.actions,
        row.success_indicator,
        row.target_on,
        row.status,
    )


def validate_goals(goals: list[GoalForm], not_before: date | None) -> list[FieldError]:
    """Messages name the goal by its number, as the wizard lists them."""
    errors: list[FieldError] = []
    if not goals:
        errors.append(FieldError("goals", _("Set at least one goal.")))
    for number, goal in enumerate(goals, start=1):

        def add(message: str, number: int = number) -> None:
            errors.append(
                FieldError("goals", _("Goal {n}: {problem}").format(n=number, problem=message))
            )

        if not goal.title.strip():
            add(required_message(_("Goal")))
        elif len(goal.title.strip()) > TITLE_LIMIT:
            add(too_long_message(_("Goal"), TITLE_LIMIT))
        for label, text in (
            (_("Description"), goal.description),
            (_("Actions"), goal.actions),
            (_("Success indicator"), goal.success_indicator),
        ):
            if len(text.strip()) > TEXT_LIMIT:
                add(too_long_message(label, TEXT_LIMIT))
        if set(goal.leads_capabilities) - _CODES:
            add(_("Unknown LEADS capability."))
        if goal.target_on is not None and not_before is not None and goal.target_on < not_before:
            add(_("The target date cannot come before the first formal meeting."))
    return errors


def _values(goal: GoalForm) -> dict[str, Any]:
    return {
        "title": goal.title.strip(),
        "description": goal.description.strip(),
        "leads_capabilities": [c for c in sorted(set(goal.leads_capabilities))],
        "actions": goal.actions.strip(),
        "success_indicator": goal.success_indicator.strip(),
        "target_on": goal.target_on,
        "status": goal.status,
    }


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return getattr(value, "value", value)


def apply_goals(pairing: Pairing, goals: list[GoalForm], now: datetime) -> GoalChanges:
    """Make the pair's goals exactly ``goals``, in that order; returns what changed."""
    existing = {g.id: g for g in pairing.goals}
    kept_ids = {g.goal_id for g in goals if g.goal_id is not None}
    result = GoalChanges()
    for goal in list(pairing.goals):
        if goal.id not in kept_ids:
            result.removed.append(goal.title)
            pairing.goals.remove(goal)
    for position, form in enumerate(goals):
        values = _values(form)
        target = existing.get(form.goal_id) if form.goal_id is not None else None
        if target is None:
            pairing.goals.append(Goal(position=position, created_at=now, updated_at=now, **values))
            result.added.append(values["title"])
            continue
        diff = {
            k: [_plain(getattr(target, k)), _plain(v)]
            for k, v in values.items()
            if getattr(target, k) != v
        }
        if diff:
            result.changed[values["title"]] = diff
            for k, v in values.items():
                setattr(target, k, v)
            target.updated_at = now
        target.position = position
    pairing.goals.sort(key=lambda g: g.position)
    return result


def apply_statuses(
    pairing: Pairing, statuses: dict[int, GoalStatus], now: datetime
) -> dict[str, list[str]]:
    """Goal status updates from a session; returns title -> [before, after]."""
    changed: dict[str, list[str]] = {}
    for goal in pairing.goals:
        status = statuses.get(goal.id)
        if status is not None and status != goal.status:
            changed[goal.title] = [goal.status.value, status.value]
            goal.status = status
            goal.updated_at = now
    return changed
