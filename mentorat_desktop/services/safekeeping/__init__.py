"""Keeping the committee's file safe: backups, restore, health checks, one writer."""
