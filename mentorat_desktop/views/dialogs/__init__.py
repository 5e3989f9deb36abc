"""dialogs of the Qt interface."""
