"""The appraisals page, its dialogs and the rules editor."""
