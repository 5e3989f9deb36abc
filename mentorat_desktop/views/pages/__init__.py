"""pages of the Qt interface."""
