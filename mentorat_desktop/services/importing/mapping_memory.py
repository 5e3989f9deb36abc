"""Remembering the column mapping chosen for a file layout, and mapping files for the CLI.

The form service exports the same columns every time, so the mapping the committee
corrected once is offered again for the next export with the same headers. Mappings are
kept in ``import_mappings.json`` in the user's configuration folder, keyed by a hash of
the headers in order; a damaged or unwritable file never stops an import.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from mentorat_desktop import paths
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.importing import placing
from mentorat_desktop.services.importing.columns import BY_KEY, normalise_header, twins_of
from mentorat_desktop.services.importing.contract import ColumnMapping, ImportFileError

MEMORY_FILENAME = "import_mappings.json"
_log = logging.getLogger(__name__)


def layout_key(headers: Sequence[str], scope: str = "") -> str:
    """The same headers in the same order, however they are capitalised or accented.

    ``scope`` keeps apart mappings of other imports (answers to a questionnaire) that
    could meet the same headers; registrations have none."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    digest = hashlib.sha256(joined.encode("utf-8")).hexdigest()
    return f"{scope}:{digest}" if scope else digest


def _memory_path() -> Path:
    return paths.config_dir() / MEMORY_FILENAME


def _read_memory() -> dict[str, Any]:
    try:
        data = json.loads(_memory_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    mappings = data.get("mappings") if isinstance(data, dict) else None
    return mappings if isinstance(mappings, dict) else {}


def remembered_mapping(
    headers: Sequence[str], scope: str = "", keys: Collection[str] | None = None
) -> ColumnMapping | None:
    """The mapping last chosen for these headers, or None; stale entries (a key not in
    ``keys``, the registration fields by default) are ignored."""
    known = BY_KEY if keys is None else keys
    entry = _read_memory().get(layout_key(headers, scope))
    if not isinstance(entry, dict):
        return None
    try:
        columns = {int(index): str(key) for index, key in entry.get("columns", {}).items()}
        role = Role(entry["role"]) if entry.get("role") else None
        values = _values(entry.get("values") or {}, keys=known)
        month_first = {int(i): bool(v) for i, v in (entry.get("month_first") or {}).items()}
    except (AttributeError, TypeError, ValueError, ImportFileError):
        return None
    if any(key not in known or not 0 <= i < len(headers) for i, key in columns.items()):
        return None
    return ColumnMapping(
        columns=dict(sorted(columns.items())),
        role=role,
        values=values,
        month_first=month_first,
        twins=twins_of(headers, columns),
    )


def remember_mapping(headers: Sequence[str], mapping: ColumnMapping, scope: str = "") -> None:
    """Keep ``mapping`` for the next file with these headers (written atomically)."""
    memory = _read_memory()
    memory[layout_key(headers, scope)] = {
        "headers": list(headers),
        "columns": {str(i): key for i, key in sorted(mapping.columns.items())},
        "role": mapping.role.value if mapping.role else None,
        "values": mapping.values,
        "month_first": {str(i): v for i, v in sorted(mapping.month_first.items())},
    }
    path = _memory_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".import_mappings-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"version": 1, "mappings": memory}, out, ensure_ascii=False, indent=1)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:  # a convenience only: the import itself must go on
        _log.warning("could not remember the import mapping in %s: %s", path, error)


def mapping_to_json(headers: Sequence[str], mapping: ColumnMapping) -> dict[str, Any]:
    """The mapping in the ``--mapping`` file format, every header listed."""
    return {
        "columns": {header: mapping.columns.get(i) for i, header in enumerate(headers)},
        "role": mapping.role.value if mapping.role else None,
        "values": mapping.values,
    }


def load_mapping_file(path: Path, headers: Sequence[str]) -> ColumnMapping:
    """Read a ``--mapping`` file: ``{"columns": {header: field | null}, "role": ...}``.

    Headers are matched ignoring case and accents; headers the file does not name are
    ignored. Anything unexpected is refused with a message naming it.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ImportFileError(
            _("The mapping file {name} cannot be read: {reason}").format(
                name=Path(path).name, reason=error
            )
        ) from error
    columns = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(columns, dict):
        raise ImportFileError(
            _('The mapping file {name} must hold a "columns" object.').format(name=Path(path).name)
        )
    index_of = {normalise_header(h): i for i, h in reversed(list(enumerate(headers)))}
    chosen: dict[int, str] = {}
    for header, key in columns.items():
        index = index_of.get(normalise_header(header))
        if index is None:
            raise ImportFileError(
                _("The mapping names a column the file does not have: “{header}”.").format(
                    header=header
                )
            )
        if key is None:
            continue
        if not isinstance(key, str) or key not in BY_KEY:
            raise ImportFileError(
                _("The mapping names an unknown field: “{key}”. Known fields: {keys}.").format(
                    key=key, keys=", ".join(BY_KEY)
                )
            )
        if key in chosen.values():
            raise ImportFileError(
                _("The mapping gives the field “{key}” to more than one column.").format(key=key)
            )
        chosen[index] = key
    values = _values(data.get("values") or {}, name=Path(path).name)
    return ColumnMapping(
        columns=dict(sorted(chosen.items())),
        role=_role(data.get("role")),
        values=values,
        twins=twins_of(headers, chosen),
    )


def _values(
    data: object, name: str = "", keys: Collection[str] | None = None
) -> dict[str, dict[str, str | None]]:
    """The ``values`` section: ``{field: {wording as written: category code or null}}``,
    wordings compared as the importer reads them (case and accents set aside)."""
    if not isinstance(data, dict):
        raise ImportFileError(
            _('The mapping file {name} must hold a "values" object.').format(name=name)
        )
    values: dict[str, dict[str, str | None]] = {}
    for key, placements in data.items():
        field = BY_KEY.get(key) if keys is None or key in keys else None
        if field is None or not placing.is_placeable(field.kind) or not isinstance(
            placements, dict
        ):
            raise ImportFileError(
                _(
                    "The mapping's “values” names a field whose answers cannot be placed: "
                    "“{key}”."
                ).format(key=key)
            )
        wrong = placing.check_placements(field.kind, placements)
        if wrong:
            choices = ", ".join(sorted(placing.category_codes(field.kind)))
            raise ImportFileError(
                _("“{code}” is not a category of {field}. Categories: {choices}.").format(
                    code=wrong[0], field=field.label, choices=choices
                )
            )
        values[key] = {placing.wording_key(str(w)): c for w, c in placements.items()}
    return values


def _role(value: object) -> Role | None:
    if value is None:
        return None
    if isinstance(value, str) and value in {r.value for r in Role}:
        return Role(value)
    raise ImportFileError(
        _('The mapping\'s "role" must be "mentor", "mentee" or null, not “{value}”.').format(
            value=value
        )
    )
