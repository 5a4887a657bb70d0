"""Accounts, roles and sign-in: who may see and change what."""
