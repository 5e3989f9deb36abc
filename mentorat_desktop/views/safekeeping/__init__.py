"""The app's face of safekeeping: backup and restore, other writers noticed."""
