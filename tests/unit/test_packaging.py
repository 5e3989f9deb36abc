"""The installer recipes agree with the package: version, names, and what they promise users."""

from __future__ import annotations

import configparser
import importlib.util
import re
from pathlib import Path

import pytest

import mentorat_desktop
from mentorat_desktop import cli

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.cchl_ccls.quebec.Mentorat"

if not (ROOT / "build_installer.spec").exists():  # running from an installed wheel
    pytest.skip("the installer recipes live in the source tree", allow_module_level=True)


def build_script():
    spec = importlib.util.spec_from_file_location("build_installer",
                                                  ROOT / "scripts" / "build_installer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_recipe_carries_the_package_version():
    script = build_script()
    assert script.version() == mentorat_desktop.__version__
    script.check_metadata(mentorat_desktop.__version__)  # raises SystemExit when one is stale


def test_bundle_executables_are_named_like_pips_entry_points():
    """``mentorat`` and ``mentorat-desktop`` as from pip; names that differ beyond case."""
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'executable(cli, "mentorat", console=True)' in spec
    assert 'executable(gui, "mentorat-desktop", console=False)' in spec
    assert 'mentorat = "mentorat_desktop.cli:main"' in pyproject
    assert 'mentorat-desktop = "mentorat_desktop.app:main"' in pyproject


def test_smoke_test_covers_every_command_of_the_command_line():
    parser = cli.build_parser()
    registered = {
        name
        for action in parser._subparsers._group_actions  # the one sub-parsers action
        for name in action.choices
    }
    assert set(build_script().Smoke.COMMANDS) <= registered


def test_desktop_entry_launches_the_windowed_app_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "mentorat-desktop"
    assert desktop["Icon"] == APP_ID
    assert desktop["Terminal"] == "false"
    assert "Comment[fr]" in desktop


def test_windows_uninstaller_leaves_the_data_folder():
    script = (PACKAGING / "windows" / "mentorat.nsi").read_text(encoding="utf-8")
    uninstall = script.split('Section "Uninstall"', 1)[1].split("SectionEnd", 1)[0]
    removed = re.findall(r'RMDir(?: /r)? "([^"]+)"', uninstall)
    assert removed, "the uninstaller removes the program folder"
    assert all(path.startswith(("$INSTDIR", "$SMPROGRAMS")) for path in removed)
    assert "RequestExecutionLevel user" in script


def test_icons_exist_for_every_platform():
    icons = ROOT / "resources" / "icons"
    assert (icons / "mentorat.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "mentorat.icns").read_bytes()[:4] == b"icns"
    assert (icons / "mentorat.svg").exists()
