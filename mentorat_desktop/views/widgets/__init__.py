"""widgets of the Qt interface."""
