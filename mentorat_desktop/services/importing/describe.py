"""Sentences about a preview that the wizard and the command line both show."""

from __future__ import annotations

from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.services.importing import cells
from mentorat_desktop.services.importing.columns import BY_KEY, FIELDS
from mentorat_desktop.services.importing.contract import DateColumn, ImportPreview


def date_line(column: DateColumn) -> str:
    """How one column's dates were read, with one of its own values as the example:
    never a silent guess on an ambiguous column."""
    assert column.example is not None
    try:
        example = format_date(cells.to_date(column.example, column.month_first), "long")
    except cells.CellError:
        example = column.example
    if column.month_first:
        sentence = _("Dates in “{column}” read as month/day: {value} = {date}")
    else:
        sentence = _("Dates in “{column}” read as day/month: {value} = {date}")
    why = {
        "value": _("(a date of the column can only be read that way)"),
        "clock": _("(the times use a 12-hour clock, as month-first forms do)"),
        "default": _("(Quebec usage; nothing in the column says otherwise)"),
        "user": _("(as you chose)"),
    }[column.decided_by]
    return f"{sentence.format(column=column.header, value=column.example, date=example)} {why}."


def incomplete_line(preview: ImportPreview) -> str:
    return ngettext(
        "{n} entry the form service marks Incomplete was left out: it is not a registration.",
        "{n} entries the form service marks Incomplete were left out: they are not "
        "registrations.",
        preview.incomplete,
    ).format(n=preview.incomplete)


def unplaced_lines(preview: ImportPreview) -> list[str]:
    """Each wording left to place, once, with the number of rows using it."""
    if not preview.unplaced:
        return []
    lines = [
        _(
            "Answers to place: these wordings fit none of the app's choices. The rows are "
            "imported with the answer kept as written and flagged “to review”."
        )
    ]
    for answer in preview.unplaced:
        rows = ngettext("{n} row", "{n} rows", answer.rows).format(n=answer.rows)
        lines.append(
            "  "
            + _("{field}: “{wording}” ({rows})").format(
                field=BY_KEY[answer.key].label, wording=answer.wording, rows=rows
            )
        )
    lines.append(
        _(
            "Place them in the import wizard, or in the “values” section of a mapping file "
            "(see the README)."
        )
    )
    return lines


def review_text(answers: tuple[tuple[str, str], ...]) -> str:
    """The answers an import kept as written, for the committee to settle."""
    if not answers:
        return ""
    labels = {f.key: f.label for f in FIELDS}
    lines = [
        _("Answers kept as written at import, to review:")
    ] + [
        "• " + _("{field}: “{text}”").format(field=labels.get(key, key), text=text)
        for key, text in answers
    ]
    lines.append(_("Choose the right answers below; saving marks them reviewed."))
    return "\n".join(lines)
