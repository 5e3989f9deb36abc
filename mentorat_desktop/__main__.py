"""``python -m mentorat_desktop`` opens the GUI."""

import sys

from mentorat_desktop.app import main

sys.exit(main())
