"""The Actions page and its forms."""
