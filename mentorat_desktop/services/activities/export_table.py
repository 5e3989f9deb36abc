"""The year's activities as a spreadsheet sheet: one row per activity with its counts."""

from __future__ import annotations

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.services.activities.planning import list_activities
from mentorat_desktop.services.exporting.tables import (
    ColumnKind,
    ExportColumn,
    ExportTable,
    _cohort,
)
from mentorat_desktop.services.labels import label


def activity_columns() -> tuple[ExportColumn, ...]:
    t, i = ColumnKind.TEXT, ColumnKind.INTEGER
    spec = (
        (_("Title"), t),
        (_("Kind"), t),
        (_("Date"), ColumnKind.DATE),
        (_("Start"), t),
        (_("Duration (minutes)"), i),
        (_("Place"), t),
        (_("Video link"), t),
        (_("Language"), t),
        (_("Audience"), t),
        (_("Proposed by"), t),
        (_("Status"), t),
        (_("Invited"), i),
        (_("Present"), i),
        (_("Absent"), i),
        (_("Excused"), i),
        (_("Requests answered"), t),
        (_("Description"), t),
    )
    return tuple(ExportColumn(header, kind) for header, kind in spec)


def activities_table(db: Database, cohort_id: int) -> ExportTable:
    """Every activity of the year in date order, cancelled ones included."""
    with db.unit_of_work() as session:
        cohort = _cohort(session, cohort_id)
        title = f"{_('Activities')} {cohort.name}"
    rows = sorted(list_activities(db, cohort_id), key=lambda r: r.starts)
    return ExportTable(
        title,
        activity_columns(),
        tuple(
            (
                r.title,
                label(r.kind),
                r.held_on,
                r.starts_at.strftime("%H:%M"),
                r.duration_minutes,
                r.place,
                r.video_link,
                label(r.language),
                label(r.audience),
                label(r.proposed_by),
                label(r.status),
                r.invited,
                r.present,
                r.absent,
                r.excused,
                "; ".join(req.topic for req in r.requests),
                r.description,
            )
            for r in rows
        ),
    )
