"""The demo shop's generators, one module per area (loaded only when a demo is built)."""
