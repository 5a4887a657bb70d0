"""The rota page: the week grid, the month, coverage, the forecast and settings."""
