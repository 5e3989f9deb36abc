"""The trail's last known end, kept outside the file, so that a cut trail shows.

Chained hashes catch an edited, inserted or removed entry, but not the last entries
removed together: the chain that remains is whole. So each verification notes, in the
user's configuration folder, how many entries the file had and the hash of the last one;
the next verification warns if the trail no longer reaches that entry.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _
from mentorat_desktop.models import AuditEntry
from mentorat_desktop.paths import config_dir
from mentorat_desktop.services.privacy.chain import ChainReport, verify_chain

FILENAME = "audit-anchors.json"


def _anchors_path() -> Path:
    return config_dir() / FILENAME


def _load() -> dict[str, dict[str, object]]:
    try:
        raw = json.loads(_anchors_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _save(anchors: dict[str, dict[str, object]]) -> None:
    target = _anchors_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(anchors, indent=2), encoding="utf-8")
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except OSError:
        pass  # Without a configuration folder the check is only weaker, never wrong.


@dataclass(frozen=True)
class TrailCheck:
    report: ChainReport
    cut: bool

    @property
    def intact(self) -> bool:
        return self.report.intact and not self.cut

    def warning(self) -> str:
        """The problem in words, or "" when the trail holds."""
        if self.report.first_break is not None:
            return self.report.first_break.describe()
        if self.cut:
            return _(
                "The audit trail was cut: entries recorded earlier on this computer are "
                "missing from the end of the file."
            )
        return ""


def check_trail(db: Database, *, remember: bool = True) -> TrailCheck:
    """Verify the chain and that it still reaches the end seen last time; note the new end."""
    report = verify_chain(db)
    key = str(db.path)
    anchors = _load()
    known = anchors.get(key)
    cut = False
    if report.intact and isinstance(known, dict) and known.get("head"):
        with db.unit_of_work() as session:
            reached = session.scalar(
                select(AuditEntry.id).where(AuditEntry.chain_hash == known["head"])
            )
        cut = reached is None
    if remember and report.intact and not cut:
        anchors[key] = {"entries": report.entries, "head": report.head}
        _save(anchors)
    return TrailCheck(report, cut)
