"""A shop on a shared PostgreSQL server: joining it, its password, opening it."""
