"""Qt widgets: the shell, and one sub-package per area.

The shell is the app, main window, context, notices and tasks; each area has its page,
dialogs and table models; ``common`` holds the widgets they share. The ui calls services
and never builds SQL or opens the engine itself.
"""
