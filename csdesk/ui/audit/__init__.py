"""The audit trail in the window: the Audit page and a record's History."""
