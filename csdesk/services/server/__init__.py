"""Several seats, one shop: csdesk on a shared PostgreSQL server (issue 24)."""
