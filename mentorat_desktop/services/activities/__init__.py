"""Training activities of a program year: planning, invitations, attendance and requests."""
