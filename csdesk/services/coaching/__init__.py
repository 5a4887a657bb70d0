"""Coaching sessions (辅导面谈): the evidence, the talk, the agreed actions."""
