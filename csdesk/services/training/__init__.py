"""Training: courses, sessions, certificates, where the team stands, files and PDFs."""
