"""Complaints: case files, clocks, steps, verdicts, the list, the monthly review, files and PDFs."""
