"""Use cases: one sub-package per area, and a small shared part.

The shared part is the database, errors, the importing and exporting skeletons, backup,
shop settings and defaults. Functions take a ``Database`` and return plain data. No Qt
here: the window and the command line call the same functions. This file stays empty of
imports: an area is imported by name, never through a facade.
"""
