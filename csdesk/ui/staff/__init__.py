"""The staff page, the agent form and file, headcount and turnover."""
