"""One module per ``mentorat`` command: its options, and what it prints."""
