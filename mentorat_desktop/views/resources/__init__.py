"""Widgets and helpers of the Resources page (phase 3)."""
