"""Use cases, one module per area. Functions take a ``Database`` and return plain data.

No Qt here: the window and the command line call the same functions.
"""
