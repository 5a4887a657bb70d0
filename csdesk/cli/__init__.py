"""The command line: the parser, the commands grouped by area, and the entry point.

``csdesk.cli.main.main`` runs it; each command is a small function in its area's module.
"""
