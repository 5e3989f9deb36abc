"""The user's preferences, shared by the GUI and the command line, in one small JSON file.

Kept outside the database on purpose: the language must be known before a file is opened
(to word the message if it cannot be), and one laptop may hold several program files.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from mentorat_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES
from mentorat_desktop.paths import config_dir

FILENAME = "preferences.json"
# The codes of models.enums.PageSize, repeated so preferences load without the models.
PAGE_SIZES = ("letter", "a4")


@dataclass
class Preferences:
    language: str = DEFAULT_LANGUAGE
    # The committee member's name, written in the audit trail beside each change.
    committee_member: str = ""
    # Qt's saveGeometry(), base64-encoded, so the window reopens where it was left.
    window_geometry: str = ""
    window_state: str = ""
    last_cohort: str = ""
    # Paper for printed documents ("letter" or "a4"): Letter in Canada, A4 for some printers.
    page_size: str = "letter"
    # Privacy: years a program year's personal information is kept after it ends, the
    # committee's privacy officer, and the purposes of collection stated to registrants.
    retention_years: int = 2
    privacy_officer: str = ""
    purposes: str = ""
    # How participants reach the committee, printed where the program's documents give it;
    # empty means the chapter's address.
    committee_contact: str = ""
    # Where backups go (each file in a folder of its own there); empty: a backups folder
    # beside the file. A drive of its own, or a synchronised folder, survives the laptop.
    backup_folder: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    def contact(self) -> str:
        from mentorat_desktop.services.resources.library import CHAPTER_CONTACT

        return self.committee_contact.strip() or CHAPTER_CONTACT

    @classmethod
    def path(cls) -> Path:
        return config_dir() / FILENAME

    @classmethod
    def load(cls) -> Preferences:
        """Read the preferences; a missing or damaged file gives the defaults."""
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        prefs = cls(**{k: v for k, v in raw.items() if k in known})
        if prefs.language not in LANGUAGES:
            prefs.language = DEFAULT_LANGUAGE
        if prefs.page_size not in PAGE_SIZES:
            prefs.page_size = PAGE_SIZES[0]
        return prefs

    def save(self) -> None:
        """Write atomically so a crash never leaves half a file."""
        target = self.path()
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(temporary, target)
