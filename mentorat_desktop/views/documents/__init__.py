"""Where the committee gets its printed documents: saved as PDF, printed, or a whole year at
once; the documents themselves are laid out in :mod:`mentorat_desktop.documents`."""
