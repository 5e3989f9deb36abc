"""Areas of expertise: one bilingual vocabulary per program year, and text compared across
French and English."""
