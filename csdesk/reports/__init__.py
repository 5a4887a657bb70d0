"""PDF builders (reportlab) and chart builders (matplotlib Figure, never pyplot).

Builders take plain data and a path; services gather the data. Qt-free.
"""
