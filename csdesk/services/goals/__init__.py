"""The team's goals: set for a year, checked month by month against the team's figures."""
