"""The data files the code reads at run time are found beside the package that was imported.

Run against a checkout, this checks the source layout; run against an installed wheel (as
``.ci/run`` does), it checks that the build copied catalogs, resources and migration
scripts into the package, since Alembic and the catalog loader read them from disk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import mentorat_desktop
from mentorat_desktop import db as database
from mentorat_desktop import paths
from mentorat_desktop.i18n import DOMAIN, LANGUAGES

PACKAGE_DIR = Path(mentorat_desktop.__file__).resolve().parent
# A source checkout has the project file beside the package; an installed wheel does not.
INSTALLED = not (PACKAGE_DIR.parent / "pyproject.toml").is_file()


@pytest.mark.parametrize(
    ("folder", "name"), [(paths.i18n_dir, "i18n"), (paths.resources_dir, "resources")]
)
def test_shipped_folders_resolve_next_to_the_imported_package(folder, name: str) -> None:
    found = folder()
    assert found.is_dir(), found
    if INSTALLED:
        assert found == PACKAGE_DIR / name
    else:
        assert found in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_of_each_language_ships(language: str) -> None:
    catalog = paths.i18n_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    assert catalog.is_file(), catalog


def test_migration_scripts_are_inside_the_package() -> None:
    scripts = paths.migrations_dir()
    assert scripts == PACKAGE_DIR / "migrations"
    assert (scripts / "env.py").is_file()
    assert (scripts / "script.py.mako").is_file()
    assert (scripts / "versions" / "0001_initial_schema.py").is_file()


def test_every_version_file_is_a_revision_alembic_knows() -> None:
    files = {
        path.stem.split("_", 1)[0]
        for path in (paths.migrations_dir() / "versions").glob("*.py")
        if path.name != "__init__.py"
    }
    revisions = {rev.revision for rev in database.script_directory().walk_revisions()}
    assert files == revisions
    assert database.head_revision() in revisions
