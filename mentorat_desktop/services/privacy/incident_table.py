"""The incident register as a table, for the page, the command line and Excel or CSV."""

from __future__ import annotations

from mentorat_desktop.i18n import _
from mentorat_desktop.services.exporting.tables import ColumnKind, ExportColumn, ExportTable
from mentorat_desktop.services.privacy.incidents import IncidentRow


def incident_columns() -> tuple[ExportColumn, ...]:
    text, day, number = ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.INTEGER
    return (
        ExportColumn(_("No."), number),
        ExportColumn(_("Occurred on"), day),
        ExportColumn(_("Date estimated"), ColumnKind.BOOLEAN),
        ExportColumn(_("Learned of on"), day),
        ExportColumn(_("Circumstances"), text),
        ExportColumn(_("Information concerned"), text),
        ExportColumn(_("People concerned"), number),
        ExportColumn(_("Number estimated"), ColumnKind.BOOLEAN),
        ExportColumn(_("Risk of serious injury"), ColumnKind.BOOLEAN),
        ExportColumn(_("Reasons of the assessment"), text),
        ExportColumn(_("Commission notified on"), day),
        ExportColumn(_("People notified on"), day),
        ExportColumn(_("Measures taken"), text),
        ExportColumn(_("Corrections"), text),
    )


def correction_lines(row: IncidentRow) -> str:
    return "\n".join(
        _("{at}, {actor}: {field} was « {before} »").format(
            at=c.at[:16], actor=c.actor, field=c.field, before=c.before
        )
        for c in row.corrections
    )


def incident_table(rows: list[IncidentRow]) -> ExportTable:
    return ExportTable(
        _("Confidentiality incidents"),
        incident_columns(),
        tuple(
            (
                r.id,
                r.form.occurred_on,
                r.form.occurred_estimated,
                r.form.discovered_on,
                r.form.description,
                r.form.information_involved,
                r.form.persons_affected,
                r.form.persons_estimated,
                r.form.risk_of_serious_injury,
                r.form.risk_reasons,
                r.form.commission_notified_on,
                r.form.persons_notified_on,
                r.form.measures_taken,
                correction_lines(r),
            )
            for r in rows
        ),
    )
