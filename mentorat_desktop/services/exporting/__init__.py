"""Participants, pairs and sessions of a program year, out to Excel and CSV.

The committee's other tool is a spreadsheet, and Quebec's privacy law asks that a person's
data be handed over in a structured, commonly used format. Building the table (``tables``:
typed values, headers in the user's language) is kept apart from writing it (``writers``:
one format each, atomic), so the GUI and the ``mentorat export`` command share both, and a
new format is one more writer, not another walk through the database.
"""
