"""Frozen entry point of the windowed executable ``mentorat-desktop``: the same app as pip's."""

import sys

from mentorat_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
