"""Where Mentorat keeps its files, and where its shipped data lives.

The catalogs and resources sit at the top of the source tree (``i18n/``, ``resources/``)
and are copied into the package by the wheel build; both layouts are looked up here so the
same code runs from a checkout and from a plain ``pip install``.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "Mentorat"
APP_AUTHOR = "CCLS-Quebec"
DATABASE_FILENAME = "mentorat.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def i18n_dir() -> Path:
    """Folder holding ``<lang>/LC_MESSAGES/mentorat.po``."""
    return _shipped("i18n")


def resources_dir() -> Path:
    """Folder holding fonts, icons and texts shipped with the app."""
    return _shipped("resources")


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "migrations"


def data_dir() -> Path:
    """The user's data folder; ``MENTORAT_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("MENTORAT_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    override = os.environ.get("MENTORAT_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


# The demonstration is written in a throwaway folder of its own, named with this prefix.
DEMO_FOLDER_PREFIX = "mentorat-demo-"


def is_demo_file(path: Path) -> bool:
    """A demonstration copy: it and its backups stay in its throwaway folder."""
    return Path(path).parent.name.startswith(DEMO_FOLDER_PREFIX)
