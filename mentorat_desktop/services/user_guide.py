"""The user guide shown by Help ▸ User guide: the program year phase by phase, and where in
the application each phase is done.

It ships as ``resources/guide/<language>/guide.md`` in the resources library's Markdown
subset, so the same parser checks it and the same reader shows it.
"""

from __future__ import annotations

from pathlib import Path

from mentorat_desktop.i18n import LANGUAGES
from mentorat_desktop.paths import resources_dir
from mentorat_desktop.services.resources.library import ResourceDocument, parse_document


def guide_path(language: str, folder: Path | None = None) -> Path:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return (folder or resources_dir() / "guide") / language / "guide.md"


def load_guide(language: str, folder: Path | None = None) -> ResourceDocument:
    path = guide_path(language, folder)
    return parse_document("guide", language, path.read_text(encoding="utf-8-sig"), str(path))
