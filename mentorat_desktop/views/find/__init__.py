"""Finding things: the quick-open search, the shortcuts list and the user guide."""
