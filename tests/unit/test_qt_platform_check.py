"""Qt's platform plugin: a missing system library is named in words, with its package."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentorat_desktop import i18n
from mentorat_desktop.qt_platform_check import (
    explain,
    missing_from_ldd,
    xcb_plugin_path,
)

ROOT = Path(__file__).resolve().parents[2]
LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def _checker():
    spec = importlib.util.spec_from_file_location(
        "check_system_packages", ROOT / "scripts" / "check_system_packages.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_libraries_are_named_with_their_package():
    missing = missing_from_ldd(LDD_OUTPUT)
    assert [(m.library, m.package) for m in missing] == [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ]


def test_the_message_is_in_french_and_gives_the_install_command():
    i18n.set_language("fr")
    try:
        text = explain(missing_from_ldd(LDD_OUTPUT))
    finally:
        i18n.set_language("en")
    assert "Mentorat ne peut pas ouvrir sa fenêtre" in text
    assert "libxcb-icccm.so.4 (paquet libxcb-icccm4)" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    assert "platform plugin" not in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_a_plugin_that_cannot_load_is_reported(tmp_path):
    plugin = xcb_plugin_path()
    if plugin is None:
        pytest.skip("PySide6 ships no xcb plugin here")
    # Copied away from Qt's own libraries, the plugin cannot find libQt6XcbQpa. A fresh
    # interpreter, since this one may already hold Qt's libraries in memory.
    stray = tmp_path / "libqxcb.so"
    shutil.copy(plugin, stray)
    script = (
        "import sys; from pathlib import Path;"
        "from mentorat_desktop.qt_platform_check import find_missing_libraries as f;"
        "print([m.library for m in f(Path(sys.argv[1]))])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for path, expect_missing in ((plugin, False), (stray, True)):
        out = subprocess.run(
            [sys.executable, "-c", script, str(path)], capture_output=True, text=True, env=env
        ).stdout
        assert ("libQt6XcbQpa.so.6" in out) is expect_missing, out


def test_the_readme_lists_the_same_packages_in_both_languages():
    lists = _checker().readme_package_lists((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(lists) == 2 and sorted(lists[0]) == sorted(lists[1])
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "python3-venv"} <= set(lists[0])


def test_a_package_outside_the_list_is_reported():
    checker = _checker()
    linked = {"libxcb-icccm.so.4": "libxcb-icccm4", "libc.so.6": "libc6", "libfoo.so.1": None}
    problems = checker.uncovered(linked, {"libc6t64", "libxcb1"})
    assert problems == [
        "libfoo.so.1: not found on this machine or not from a package",
        "libxcb-icccm.so.4: package libxcb-icccm4 is missing from the README's list",
    ]


def test_the_system_packages_come_before_the_install_command_in_the_readme():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for heading in ("### Démarrage rapide", "### Quick start"):
        section = text[text.index(heading) :]
        assert section.index("apt-get install") < section.index("pip install .")
