"""What every command needs: opening the file it names."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentorat_desktop.db import Database, open_database
from mentorat_desktop.paths import default_database_path


def database_path(args: argparse.Namespace) -> Path:
    return args.db if getattr(args, "db", None) else default_database_path()


def open_from_args(args: argparse.Namespace) -> Database:
    return open_database(database_path(args))
