"""The complaints page, the case file and the complaint settings."""
