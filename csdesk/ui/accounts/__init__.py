"""Signing in to a shop with accounts."""
