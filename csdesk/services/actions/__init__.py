"""Improvement actions: kept, followed up, checked for their effect (issue 21)."""
