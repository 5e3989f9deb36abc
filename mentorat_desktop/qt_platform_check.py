"""Before Qt starts: can its X11 (xcb) platform plugin load? If not, say what to install.

Without this, a missing system library makes Qt print "no Qt platform plugin could be
initialized" and abort, which tells a volunteer nothing. Loading the plugin with ctypes costs a
few milliseconds (Qt loads the same libraries a moment later anyway); only when it fails do we
run ``ldd`` to name every missing library, each with the Debian/Ubuntu package that provides it.
No Qt import here: this runs before QApplication exists.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from mentorat_desktop.i18n import _

# Shared object name → Debian/Ubuntu package (Ubuntu 24.04 may add a "t64" suffix).
PACKAGE_OF_LIBRARY = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

_MISSING_IN_LDD = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_MISSING_IN_DLERROR = re.compile(r"(lib[\w.+-]+\.so[\d.]*): cannot open shared object file")


@dataclass(frozen=True)
class MissingLibrary:
    """A library Qt's platform plugin needs and the system lacks."""

    library: str
    package: str | None


def xcb_plugin_path() -> Path | None:
    """Where PySide6 (or the installed bundle) keeps Qt's xcb plugin, if it is there."""
    try:
        import PySide6  # the package only; its Qt modules stay unloaded
    except ImportError:
        return None
    for root in (
        Path(PySide6.__file__).parent / "Qt" / "plugins",
        Path(PySide6.__file__).parent / "plugins",
    ):
        plugin = root / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_from_ldd(ldd_output: str) -> list[MissingLibrary]:
    """The libraries ``ldd`` reports as "not found", each with its package."""
    names = dict.fromkeys(_MISSING_IN_LDD.findall(ldd_output))
    return [MissingLibrary(name, PACKAGE_OF_LIBRARY.get(name)) for name in names]


def _wants_xcb() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    # Qt falls back to xcb when no Wayland session is announced.
    return not os.environ.get("WAYLAND_DISPLAY")


def find_missing_libraries(plugin: Path | None = None) -> list[MissingLibrary]:
    """Libraries the xcb plugin cannot find; empty when it loads (or is not used here)."""
    if plugin is None:
        if not _wants_xcb():
            return []
        plugin = xcb_plugin_path()
        if plugin is None:
            return []
    try:
        import ctypes  # only where the X11 plugin is checked

        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        return []
    except OSError as error:
        first = _MISSING_IN_DLERROR.search(str(error))
    import subprocess  # only when the plugin failed to load: naming what is missing

    try:
        output = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
        missing = missing_from_ldd(output)
    except (OSError, subprocess.SubprocessError):
        missing = []
    if not missing and first:
        missing = [MissingLibrary(first.group(1), PACKAGE_OF_LIBRARY.get(first.group(1)))]
    return missing


def explain(missing: list[MissingLibrary]) -> str:
    """The message a person reads instead of Qt's raw abort, in the app's language."""
    lines = [
        _("Mentorat cannot open its window: the system lacks libraries its display needs."),
        "",
    ]
    for item in missing:
        if item.package:
            lines.append(
                _("  - {library} (package {package})").format(
                    library=item.library, package=item.package
                )
            )
        else:
            lines.append(_("  - {library}").format(library=item.library))
    packages = sorted({item.package for item in missing if item.package})
    if packages:
        lines += [
            "",
            _("On Debian or Ubuntu, install them with:"),
            "  sudo apt-get install " + " ".join(packages),
        ]
    lines += ["", _("The README lists every system package the app needs.")]
    return "\n".join(lines)


def check_or_explain() -> bool:
    """True when Qt can start; otherwise print the explanation and return False."""
    missing = find_missing_libraries()
    if not missing:
        return True
    print(explain(missing), file=sys.stderr)
    return False
