"""The import window: map the columns, preview every line, saved maps, unknown accounts."""
