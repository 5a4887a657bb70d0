"""Pure rules of the CS team, with no I/O, no Session and no Qt."""
