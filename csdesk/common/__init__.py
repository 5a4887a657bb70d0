"""The bottom layer every other layer uses.

Words and labels, colours, folders, preferences, safe file writes and progress. No Qt,
no SQL, and nothing of csdesk above it (an import-linter contract).
"""
