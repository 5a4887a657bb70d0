"""The Goals page: the team's yearly goals, month by month."""
