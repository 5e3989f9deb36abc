"""Mentorat: the Quebec chapter's mentoring program, on the committee's own laptop."""

__version__ = "0.1.0"
