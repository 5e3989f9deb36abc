"""The Activities page: planning, invitations, attendance and cancelling, with its own undo."""
