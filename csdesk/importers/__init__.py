"""Readers for the CSV and XLSX files that shops really have, with line-numbered checks.

Importers read and validate; they never write. The services apply a validated import
in one transaction.
"""
