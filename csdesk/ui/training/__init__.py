"""The training page and its tabs: matrix, sessions, courses, certificates, hours."""
