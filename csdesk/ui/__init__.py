"""Qt widgets: the main window, one page per area, dialogs and table models.

The ui calls services and never builds SQL or opens the engine itself.
"""
