"""Check that the README's system package list covers every library Qt's xcb plugin links.

A clean Debian/Ubuntu machine gets only what the README's ``apt-get install`` line names (and
what those packages depend on). This script runs ``ldd`` on the xcb platform plugin PySide6
ships, finds the package owning each system library with ``dpkg -S``, and fails when one of
them is neither in the README's list nor pulled in by it. Both language sections of the README
must name the same packages. Used by ``.ci/run`` (``--list`` prints the README's packages);
exits 0 when covered, 1 otherwise.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)", re.MULTILINE)


def readme_package_lists(text: str) -> list[list[str]]:
    """The packages of each ``apt-get install`` command in the README (continuations joined)."""
    joined = text.replace("\\\n", " ")
    lists = []
    for line in joined.splitlines():
        if "apt-get install" in line:
            words = line.split("apt-get install", 1)[1].split()
            lists.append([word for word in words if not word.startswith("-")])
    return lists


def linked_system_libraries(plugin: Path) -> dict[str, str]:
    """Library name → resolved path for every library ``ldd`` finds outside PySide6."""
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    bundled = str(plugin.parents[2])
    libraries = {}
    for name, path in _LDD_LINE.findall(output.stdout):
        if path == "not":
            libraries[name] = ""
        elif not path.startswith(bundled):
            libraries[name] = path
    return libraries


def owning_package(path: str) -> str | None:
    """The Debian package that installed ``path`` (following symlinks), without the arch."""
    for candidate in (path, str(Path(path).resolve())):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def dependency_closure(packages: list[str]) -> set[str]:
    """The packages and everything they depend on (what ``apt-get install`` brings)."""
    result = subprocess.run(
        [
            "apt-cache",
            "depends",
            "--recurse",
            "--no-recommends",
            "--no-suggests",
            "--no-conflicts",
            "--no-breaks",
            "--no-replaces",
            "--no-enhances",
            *packages,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    names = {line.strip() for line in result.stdout.splitlines() if not line.startswith(" ")}
    return {name.removesuffix(":amd64") for name in names} | set(packages)


def _base(name: str) -> str:
    return name.removesuffix("t64")


def uncovered(linked: dict[str, str | None], closure: set[str]) -> list[str]:
    """Descriptions of the linked libraries whose package the README would not install."""
    covered = {_base(name) for name in closure}
    problems = []
    for library, package in sorted(linked.items()):
        if package is None:
            problems.append(f"{library}: not found on this machine or not from a package")
        elif _base(package) not in covered:
            problems.append(f"{library}: package {package} is missing from the README's list")
    return problems


def main(argv: list[str]) -> int:
    if argv == ["--list"]:
        lists = readme_package_lists((ROOT / "README.md").read_text(encoding="utf-8"))
        print(" ".join(lists[0] if lists else []))
        return 0
    from mentorat_desktop.qt_platform_check import xcb_plugin_path

    plugin = xcb_plugin_path()
    if plugin is None:
        print("check_system_packages: PySide6's xcb plugin not found", file=sys.stderr)
        return 1
    lists = readme_package_lists((ROOT / "README.md").read_text(encoding="utf-8"))
    if not lists:
        print("check_system_packages: no apt-get install line in the README", file=sys.stderr)
        return 1
    if any(sorted(other) != sorted(lists[0]) for other in lists[1:]):
        print("check_system_packages: the README's package lists differ", file=sys.stderr)
        return 1
    libraries = linked_system_libraries(plugin)
    linked = {name: (owning_package(path) if path else None) for name, path in libraries.items()}
    problems = uncovered(linked, dependency_closure(lists[0]))
    for problem in problems:
        print("check_system_packages:", problem, file=sys.stderr)
    if not problems:
        print(f"README's packages cover the {len(linked)} libraries Qt's xcb plugin links")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
