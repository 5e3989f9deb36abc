"""The Evaluations page's parts: answers on file, the questionnaires and their editor, and
the wizard that enters one person's answers (phases 1 and 10)."""
