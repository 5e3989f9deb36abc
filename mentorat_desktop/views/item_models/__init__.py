"""item models of the Qt interface."""
