"""wizards of the Qt interface."""
