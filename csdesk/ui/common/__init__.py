"""Widgets, formats, table models and printing shared by the pages."""
