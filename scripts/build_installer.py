"""Build Mentorat's bundle for this platform, package it, and smoke-test it.

    python scripts/build_installer.py            # build + package
    python scripts/build_installer.py --smoke    # build + package + smoke test
    python scripts/build_installer.py --smoke-only   # smoke-test an existing dist/Mentorat

Needs PyInstaller (``pip install ".[build]"``). What it makes, in ``dist/``:

- every platform: ``Mentorat/`` (PyInstaller's folder: ``mentorat-desktop`` the app and
  ``mentorat`` the command line, side by side);
- Linux: ``Mentorat-<version>-linux-<arch>.tar.gz`` with the folder, the ``.desktop`` entry,
  the AppStream metainfo, the icon and ``install.sh`` (per-user install and uninstall);
- Windows: ``Mentorat-<version>-windows.exe`` from ``packaging/windows/mentorat.nsi`` (needs
  NSIS's ``makensis`` on the PATH);
- macOS: ``Mentorat.app`` and ``Mentorat-<version>-macos.dmg`` (``hdiutil``).

The smoke test runs the bundle as a user would: the console executable writes the demo, lists
the program years, writes the year-end report and an engagement form, and answers ``--help``
for every command; the windowed executable opens the demo offscreen and quits; no traceback
may appear in its output or log. It prints the bundle's size and each step's result and exits
non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "Mentorat"
PACKAGING = ROOT / "packaging"
APP_ID = "org.cchl_ccls.quebec.Mentorat"
EXE = ".exe" if sys.platform == "win32" else ""


def version() -> str:
    text = (ROOT / "mentorat_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("no __version__ in mentorat_desktop/__init__.py")
    return found.group(1)


def check_metadata(current: str) -> None:
    """The version is written in three places besides the package; they must agree."""
    places = {
        PACKAGING / "windows" / "version_info.txt": f"StringStruct('ProductVersion', '{current}')",
        PACKAGING / "linux" / f"{APP_ID}.metainfo.xml": f'<release version="{current}"',
        ROOT / "pyproject.toml": f'version = "{current}"',
    }
    stale = [str(path.relative_to(ROOT)) for path, needle in places.items()
             if needle not in path.read_text(encoding="utf-8")]
    if stale:
        raise SystemExit(f"version {current} missing from: {', '.join(stale)}")


def build() -> float:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build"),
         str(ROOT / "build_installer.spec")],
        cwd=ROOT, check=True,
    )
    return time.monotonic() - started


def package_linux(current: str) -> Path:
    arch = platform.machine().lower()
    target = DIST / f"Mentorat-{current}-linux-{arch}.tar.gz"
    top = f"Mentorat-{current}"

    def owner_neutral(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz") as archive:
        archive.add(BUNDLE, arcname=f"{top}/Mentorat", filter=owner_neutral)
        linux = PACKAGING / "linux"
        for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "install.sh"):
            archive.add(linux / name, arcname=f"{top}/{name}", filter=owner_neutral)
        archive.add(ROOT / "resources" / "icons" / "mentorat.svg", arcname=f"{top}/{APP_ID}.svg",
                    filter=owner_neutral)
    return target


def package_windows(current: str) -> Path:
    target = DIST / f"Mentorat-{current}-windows.exe"
    makensis = shutil.which("makensis")
    if not makensis:
        raise SystemExit("makensis (NSIS) is needed to make the Windows installer")
    subprocess.run([makensis, f"/DVERSION={current}", f"/DSOURCE={BUNDLE}",
                    f"/DOUTFILE={target}", str(PACKAGING / "windows" / "mentorat.nsi")],
                   check=True)
    return target


def package_macos(current: str) -> Path:
    target = DIST / f"Mentorat-{current}-macos.dmg"
    with tempfile.TemporaryDirectory() as staging:
        shutil.copytree(DIST / "Mentorat.app", Path(staging) / "Mentorat.app", symlinks=True)
        os.symlink("/Applications", Path(staging) / "Applications")
        target.unlink(missing_ok=True)
        subprocess.run(["hdiutil", "create", "-volname", "Mentorat", "-srcfolder", staging,
                        "-ov", "-format", "UDZO", str(target)], check=True)
    return target


def package(current: str) -> Path:
    if sys.platform == "win32":
        return package_windows(current)
    if sys.platform == "darwin":
        return package_macos(current)
    return package_linux(current)


def folder_size(path: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries under two names)."""
    return sum(item.lstat().st_size for item in path.rglob("*")
               if item.is_file() and not item.is_symlink())


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version the bundle asks for: the oldest glibc it runs on."""
    newest = (2, 0)
    for item in bundle.rglob("*"):
        if item.is_symlink() or not item.is_file():
            continue
        with item.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
            data = handle.read()
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", data):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


class Smoke:
    """Runs the bundle's executables in a throwaway data folder; stops at the first failure."""

    COMMANDS = ("cohorts", "demo", "due", "export", "forms", "import", "match", "report")

    def __init__(self, bundle: Path) -> None:
        self.bundle = bundle
        self.scratch = Path(tempfile.mkdtemp(prefix="mentorat-smoke-"))
        self.env = {**os.environ, "MENTORAT_DATA_DIR": str(self.scratch / "data"),
                    "MENTORAT_CONFIG_DIR": str(self.scratch / "config"),
                    "QT_QPA_PLATFORM": "offscreen"}

    def run(self, what: str, executable: str, *args: str) -> str:
        started = time.monotonic()
        done = subprocess.run([str(self.bundle / f"{executable}{EXE}"), *args], env=self.env,
                              capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)
        output = done.stdout + done.stderr
        ok = done.returncode == 0 and "Traceback" not in output
        print(f"  {'ok  ' if ok else 'FAIL'} {what} ({time.monotonic() - started:.1f} s)")
        if not ok:
            print(output[-3000:])
            raise SystemExit(f"smoke test failed: {what} (exit {done.returncode})")
        return done.stdout

    def all(self) -> None:
        db = str(self.scratch / "demo.sqlite3")
        print(f"Smoke test of {self.bundle}")
        self.run("mentorat --version", "mentorat", "--version")
        for command in self.commands():
            self.run(f"mentorat {command} --help", "mentorat", command, "--help")
        self.run("mentorat demo", "mentorat", "demo", "--db", db)
        listed = self.run("mentorat cohorts --json", "mentorat", "cohorts", "--json", "--db", db)
        if listed.strip() in ("", "[]"):
            raise SystemExit("smoke test failed: the demo lists no program year")
        for out in ("summary.pdf", "summary.xlsx"):
            self.run(f"mentorat report --out {out}", "mentorat", "report", "--db", db,
                     "--out", str(self.scratch / out))
            self.nonempty(self.scratch / out)
        written = self.run("mentorat forms --kind engagement --merge", "mentorat", "forms",
                           "--kind", "engagement", "--merge", "--db", db,
                           "--out", str(self.scratch / "forms"))
        self.nonempty(Path(written.strip().splitlines()[-1]))
        self.run("mentorat export participants", "mentorat", "export", "participants",
                 "--db", db, "--out", str(self.scratch / "participants.xlsx"))
        sample = ROOT / "resources" / "samples" / "inscriptions-exemple.csv"
        self.run("mentorat import (sample, dry run)", "mentorat", "import", str(sample),
                 "--dry-run", "--consent-given", "--db", db)
        self.run("mentorat match --json", "mentorat", "match", "--json", "--db", db)
        self.run("mentorat due --json", "mentorat", "due", "--json", "--db", db)
        self.run("mentorat-desktop --demo (offscreen, quits when shown)", "mentorat-desktop",
                 "--demo", "--quit-when-shown")
        self.run("mentorat-desktop on the demo file in English", "mentorat-desktop",
                 "--db", db, "--lang", "en", "--quit-when-shown")
        for log in (self.scratch / "data").rglob("*.log"):
            if "Traceback" in log.read_text(encoding="utf-8", errors="replace"):
                raise SystemExit(f"smoke test failed: a traceback in {log}")
        shutil.rmtree(self.scratch, ignore_errors=True)

    def commands(self) -> list[str]:
        """Every command the bundle's ``mentorat --help`` lists (so new ones are covered)."""
        listing = self.run("mentorat --help", "mentorat", "--lang", "en", "--help")
        names = re.findall(r"^    ([a-z][a-z-]*)(?:\s|$)", listing, flags=re.MULTILINE)
        missing = [name for name in self.COMMANDS if name not in names]
        if missing:
            raise SystemExit(f"smoke test failed: --help does not list {', '.join(missing)}")
        return names

    @staticmethod
    def nonempty(path: Path) -> None:
        if not path.is_file() or path.stat().st_size == 0:
            raise SystemExit(f"smoke test failed: {path} was not written")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle after building")
    parser.add_argument("--smoke-only", action="store_true", help="smoke-test dist/Mentorat only")
    args = parser.parse_args(argv)
    current = version()
    check_metadata(current)
    if not args.smoke_only:
        seconds = build()
        archive = package(current)
        print(f"Built in {seconds:.0f} s: {BUNDLE} ({folder_size(BUNDLE) / 2**20:.0f} MiB), "
              f"packaged as {archive.name} ({archive.stat().st_size / 2**20:.0f} MiB)")
        if sys.platform.startswith("linux"):
            print(f"Oldest glibc it runs on: {glibc_needed(BUNDLE)}")
    if args.smoke or args.smoke_only:
        mac = DIST / "Mentorat.app" / "Contents" / "MacOS"
        Smoke(mac if sys.platform == "darwin" else BUNDLE).all()
        print("Smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
