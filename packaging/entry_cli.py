"""Frozen entry point of the console executable ``mentorat``: the same command line as pip's."""

import sys

from mentorat_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
