"""The staff directory: agents, their accounts, headcount and turnover, files and the staff list."""
