"""The rota: shifts, the week plan, rules, the month view, coverage, staffing, files and PDFs."""
