"""Use cases of the program, shared by the GUI and the command line. No Qt here."""
