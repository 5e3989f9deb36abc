"""board of the Qt interface."""
