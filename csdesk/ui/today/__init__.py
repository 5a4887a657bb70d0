"""The Today page: the morning view of every area, and finding anything by name."""
